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
  parseOrThrow,
  SUPPORTED_SCHEMA_VERSION,
  sourceSchema,
  unitsRegistrySchema,
  type DatasetIndex,
  type UnitsRegistry,
} from '../model/dataset-schema.ts';
import { nbsChinaSchema, nbsCitySchema } from '../model/nbs-schema.ts';

import { apiPaths } from './api-paths.ts';

export { API_VERSION, apiPaths } from './api-paths.ts';

/** Raw fixture contents, keyed by the file they came from (for error messages). */
export interface FixtureFiles {
  units: { file: string; json: unknown };
  datasets: readonly { file: string; json: unknown }[];
  sources: readonly { file: string; json: unknown; text: string }[];
  /** NBS statistical-division counts (fixtures/nbs): `<name>.json`, one city or all of China. */
  nbs?: readonly { file: string; json: unknown }[];
}

/**
 * Validates every fixture and returns the API as a map from path (relative to the API base)
 * to JSON value. Throws on the first unusable file, naming it, the field and the problem.
 */
export function buildStaticApi(files: FixtureFiles): Map<string, unknown> {
  const units: UnitsRegistry = parseOrThrow(unitsRegistrySchema, files.units.json, files.units.file);
  const datasetSchema = createDatasetFixtureSchema(new Set(units.units.map((u) => u.id)));
  const sources = new Map(
    files.sources.map((s) => {
      const meta = parseOrThrow(sourceSchema, s.json, s.file);
      return [meta.id, { meta, text: s.text }] as const;
    }),
  );

  const api = new Map<string, unknown>();
  api.set(apiPaths.units, units);
  const index: DatasetIndex = { schemaVersion: SUPPORTED_SCHEMA_VERSION, datasets: [], sources: [] };
  const seen = new Set<string>();
  for (const { file, json } of files.datasets) {
    const dataset = parseOrThrow(datasetSchema, json, file);
    if (seen.has(dataset.id)) throw new Error(`${file}: duplicate dataset id "${dataset.id}"`);
    seen.add(dataset.id);
    const source = sources.get(dataset.sourceId);
    if (!source) throw new Error(`${file}: sourceId: unknown source "${dataset.sourceId}"`);
    api.set(apiPaths.dataset(dataset.id), { ...dataset, source: source.meta });
    index.datasets.push({
      id: dataset.id,
      title: dataset.title,
      version: dataset.version,
      path: apiPaths.dataset(dataset.id),
      figureCount: dataset.figures.length,
    });
  }
  for (const [id, { meta, text }] of sources) {
    api.set(apiPaths.source(id), { ...meta, text });
    index.sources.push({ id, path: apiPaths.source(id) });
  }
  for (const { file, json } of files.nbs ?? []) {
    const id = file.replace(/^.*\//, '').replace(/\.json$/, '');
    const schema = id.startsWith('china-') ? nbsChinaSchema : nbsCitySchema;
    api.set(apiPaths.nbs(id), parseOrThrow(schema, json, file));
  }
  api.set(apiPaths.index, parseOrThrow(datasetIndexSchema, index, 'index.json'));
  return api;
}
