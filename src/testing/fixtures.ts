/**
 * The canonical fixtures as the tests see them: the same files the build turns into the static
 * API, read through the same `buildStaticApi`. Tests assert against these, never retyped numbers.
 */
import { apiPaths, buildStaticApi, historyApiEntry, type FixtureFiles } from '@/build/static-api';
import type { Dataset, DatasetFixture } from '@/data/model/dataset-schema';
import type { DatasetId } from '@/data/api/get-dataset';
import unitsJson from '@fixtures/units.json';

const datasetModules = import.meta.glob<unknown>('/fixtures/datasets/*.json', { eager: true, import: 'default' });
const archiveModules = import.meta.glob<unknown>('/fixtures/datasets/archive/*.json', {
  eager: true,
  import: 'default',
});
const sourceModules = import.meta.glob<unknown>('/fixtures/sources/*.json', { eager: true, import: 'default' });
const nbsModules = import.meta.glob<unknown>('/fixtures/nbs/*.json', { eager: true, import: 'default' });
// The change-over-time files (863) load one by one, when a test's request asks for one.
const historyModules = import.meta.glob<unknown>('/fixtures/nbs/history/**/*.json', { import: 'default' });
const sourceTexts = import.meta.glob<string>('/fixtures/sources/*.txt', {
  eager: true,
  query: '?raw',
  import: 'default',
});

export const fixtureFiles: FixtureFiles = {
  units: { file: 'fixtures/units.json', json: unitsJson },
  datasets: Object.entries(datasetModules).map(([file, json]) => ({ file: file.slice(1), json })),
  archive: Object.entries(archiveModules).map(([file, json]) => ({ file: file.slice(1), json })),
  sources: Object.entries(sourceModules).map(([file, json]) => ({
    file: file.slice(1),
    json,
    text: sourceTexts[file.replace(/\.json$/, '.txt')] ?? '',
  })),
  nbs: Object.entries(nbsModules).map(([file, json]) => ({ file: file.slice(1), json })),
};

/** The static API, path → JSON, exactly as the build writes it. */
export const staticApi = buildStaticApi(fixtureFiles);

/** A dataset's API payload (fixture plus source metadata). */
export function datasetPayload(id: DatasetId): Dataset {
  const payload = staticApi.get(apiPaths.dataset(id));
  if (!payload) throw new Error(`no fixture for dataset "${id}"`);
  return structuredClone(payload) as Dataset;
}

/** A fixture file's raw JSON, for tests that mutate it. */
export function rawFixture(id: DatasetId): DatasetFixture {
  const entry = fixtureFiles.datasets.find((d) => d.file === `fixtures/datasets/${id}.json`);
  if (!entry) throw new Error(`no fixture file for dataset "${id}"`);
  return structuredClone(entry.json) as DatasetFixture;
}

export function sourceText(id: string): string {
  const text = sourceTexts[`/fixtures/sources/${id}.txt`];
  if (text === undefined) throw new Error(`no source text "${id}"`);
  return text;
}

/** A change-over-time file of the API (`nbs/history/…`), validated as the build validates it. */
export async function historyApiFile(path: string): Promise<unknown> {
  const file = `/fixtures/${path}`;
  const load = historyModules[file];
  if (!load) return undefined;
  return historyApiEntry({ file: file.slice(1), json: await load() })[1];
}
