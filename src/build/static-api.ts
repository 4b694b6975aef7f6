/**
 * Builds the static JSON API from the canonical fixtures. One function defines the API, and
 * three places use it: the Vite plugin (dev middleware and the files written at build time),
 * the MSW handlers of the tests, and the prerenderer. Nothing else writes an API file.
 *
 * Imported by vite.config.ts as well as by the app, so relative imports keep their `.ts`.
 */
import {
  createDatasetFixtureSchema,
  datasetIndexSchema,
  datasetVersionsSchema,
  parseOrThrow,
  SUPPORTED_SCHEMA_VERSION,
  sourceSchema,
  unitsRegistrySchema,
  type DatasetFixture,
  type DatasetIndex,
  type Source,
  type UnitsRegistry,
} from '../data/model/dataset-schema.ts';
import { nbsChinaSchema, nbsCitySchema } from '../data/model/nbs-schema.ts';
import { nbsHistorySchemaOf } from '../data/model/nbs-history-schema.ts';

import { apiPaths } from '../data/api/api-paths.ts';
import { inlineSourceMeta, withSourceMeta } from '../data/model/inline-source.ts';

export { API_VERSION, apiPaths } from '../data/api/api-paths.ts';

/** Raw fixture contents, keyed by the file they came from (for error messages). */
export interface FixtureFiles {
  units: { file: string; json: unknown };
  datasets: readonly { file: string; json: unknown }[];
  /** Earlier releases of datasets (fixtures/datasets/archive), kept so pinned links still resolve. */
  archive?: readonly { file: string; json: unknown }[];
  sources: readonly { file: string; json: unknown; text: string }[];
  /** NBS statistical-division counts (fixtures/nbs): `<name>.json`, one city or all of China. */
  nbs?: readonly { file: string; json: unknown }[];
  /** Change over time (fixtures/nbs/history/**): six releases, sharded by city. */
  nbsHistory?: readonly { file: string; json: unknown }[];
}

/** A history file's name under `nbs/history/` (`cities/4109`), from its fixture path. */
export const historyName = (file: string) => file.replace(/^.*fixtures\/nbs\/history\//, '').replace(/\.json$/, '');

/**
 * One change-over-time file as the API serves it: its path and its validated content. The build
 * runs it on every file; the tests' handlers run it on the file a request asks for.
 */
export function historyApiEntry({ file, json }: { file: string; json: unknown }): [string, unknown] {
  const name = historyName(file);
  const schema = nbsHistorySchemaOf(name);
  if (!schema)
    throw new Error(`${file}: not a change-over-time file (meta, index, counts, cities/<code>, changes/<code>)`);
  return [apiPaths.nbsHistory(name), parseOrThrow(schema, json, file)];
}

type SourceEntry = { meta: Source; text: string | undefined };

/**
 * A dataset's source: a document of fixtures/sources (`sourceId`), or the one its file carries
 * (an import), which is then served like the others. Every quote must be in the text word for
 * word; a quote the text lacks fails the build, naming the file and the figure.
 */
function sourceOf(dataset: DatasetFixture, file: string, sources: Map<string, SourceEntry>): SourceEntry {
  let entry: SourceEntry | undefined;
  if (dataset.sourceId !== undefined) {
    entry = sources.get(dataset.sourceId);
    if (!entry) throw new Error(`${file}: sourceId: unknown source "${dataset.sourceId}"`);
  } else {
    const meta = inlineSourceMeta(dataset);
    if (!meta) throw new Error(`${file}: sourceId: the dataset names no source`);
    entry = { meta, text: dataset.source?.text };
    const existing = sources.get(dataset.id);
    if (existing && existing.text !== entry.text)
      throw new Error(`${file}: source: a different source "${dataset.id}" exists`);
    sources.set(dataset.id, entry);
  }
  const { text } = entry;
  dataset.figures.forEach((f, i) => {
    const { quote } = f.provenance;
    if (text !== undefined && quote !== undefined && !text.includes(quote))
      throw new Error(
        `${file}: figures[${i}].provenance.quote: not in source "${entry.meta.id}" word for word: "${quote}"`,
      );
  });
  return entry;
}

/**
 * Validates every fixture and returns the API as a map from path (relative to the API base)
 * to JSON value. Throws on the first unusable file, naming it, the field and the problem.
 */
export function buildStaticApi(files: FixtureFiles): Map<string, unknown> {
  const units: UnitsRegistry = parseOrThrow(unitsRegistrySchema, files.units.json, files.units.file);
  const datasetSchema = createDatasetFixtureSchema(new Set(units.units.map((u) => u.id)));
  const sources = new Map<string, SourceEntry>(
    files.sources.map((s) => {
      const meta = parseOrThrow(sourceSchema, s.json, s.file);
      return [meta.id, { meta, text: s.text }] as const;
    }),
  );

  const api = new Map<string, unknown>();
  api.set(apiPaths.units, units);
  const index: DatasetIndex = { schemaVersion: SUPPORTED_SCHEMA_VERSION, datasets: [], sources: [] };
  const seen = new Set<string>();
  const releases = new Map<string, string[]>();
  for (const { file, json } of files.datasets) {
    const dataset = parseOrThrow(datasetSchema, json, file);
    if (seen.has(dataset.id)) throw new Error(`${file}: duplicate dataset id "${dataset.id}"`);
    seen.add(dataset.id);
    const source = sourceOf(dataset, file, sources);
    const payload = withSourceMeta(dataset, source.meta);
    api.set(apiPaths.dataset(dataset.id), payload);
    api.set(apiPaths.datasetVersion(dataset.id, dataset.version), payload);
    releases.set(dataset.id, [dataset.version]);
    index.datasets.push({
      id: dataset.id,
      title: dataset.title,
      version: dataset.version,
      path: apiPaths.dataset(dataset.id),
      figureCount: dataset.figures.length,
    });
  }
  for (const { file, json } of files.archive ?? []) {
    const dataset = parseOrThrow(datasetSchema, json, file);
    const versions = releases.get(dataset.id);
    if (!versions) throw new Error(`${file}: archived release of unknown dataset "${dataset.id}"`);
    if (versions.includes(dataset.version))
      throw new Error(`${file}: version: dataset "${dataset.id}" already has a release ${dataset.version}`);
    if (dataset.version > (versions[0] ?? ''))
      throw new Error(`${file}: version: archived ${dataset.version} is newer than the current release ${versions[0]}`);
    const source = sourceOf(dataset, file, sources);
    api.set(apiPaths.datasetVersion(dataset.id, dataset.version), withSourceMeta(dataset, source.meta));
    versions.push(dataset.version);
  }
  for (const [id, versions] of releases) {
    const sorted = [...versions].sort().reverse();
    api.set(
      apiPaths.datasetVersions(id),
      parseOrThrow(
        datasetVersionsSchema,
        {
          id,
          latest: sorted[0],
          versions: sorted.map((version) => ({ version, path: apiPaths.datasetVersion(id, version) })),
        },
        `${id}/versions.json`,
      ),
    );
  }
  for (const [id, { meta, text }] of sources) {
    if (text === undefined) continue;
    api.set(apiPaths.source(id), { ...meta, text });
    index.sources.push({ id, path: apiPaths.source(id) });
  }
  for (const { file, json } of files.nbs ?? []) {
    const id = file.replace(/^.*\//, '').replace(/\.json$/, '');
    const schema = id.startsWith('china-') ? nbsChinaSchema : nbsCitySchema;
    api.set(apiPaths.nbs(id), parseOrThrow(schema, json, file));
  }
  for (const entry of files.nbsHistory ?? []) api.set(...historyApiEntry(entry));
  api.set(apiPaths.index, parseOrThrow(datasetIndexSchema, index, 'index.json'));
  return api;
}
