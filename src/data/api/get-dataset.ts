import { queryOptions } from '@tanstack/react-query';
import fileIds from 'virtual:dataset-ids';
import { fetchJson, HttpError } from '@/lib/api-client';
import type { Dataset, DatasetVersions } from '../model/dataset-schema';
import { apiPaths } from './api-paths';

/** A dataset's id: its file's name in fixtures/datasets/. */
export type DatasetId = string;

/**
 * The order pages list datasets in: the site's own, page by page (overview, renovation, rule of
 * law and consultation, self-governance and party building). A presentation choice, not a
 * registry: a dataset file not named here still is one, listed after these by id.
 */
const PRESENTATION_ORDER: readonly DatasetId[] = [
  'divisions',
  'renovation',
  'rule-of-law',
  'consultation',
  'self-governance',
  'party-building',
  'moral-volunteer',
];

/** Ranks ids by the presentation order, then by id. */
export function inPresentationOrder(ids: readonly DatasetId[]): DatasetId[] {
  const rank = (id: DatasetId) => {
    const at = PRESENTATION_ORDER.indexOf(id);
    return at < 0 ? PRESENTATION_ORDER.length : at;
  };
  return [...ids].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Every dataset the app knows: one per file in fixtures/datasets/, found by the build. */
export const DATASET_IDS: readonly DatasetId[] = inPresentationOrder(fileIds);

export function isDatasetId(value: string): value is DatasetId {
  return DATASET_IDS.includes(value);
}

/** Query keys, general to specific, so `invalidateQueries({ queryKey: datasetKeys.all })` hits all. */
export const datasetKeys = {
  all: ['datasets'] as const,
  detail: (id: DatasetId) => [...datasetKeys.all, 'detail', id] as const,
  release: (id: DatasetId, version: string) => [...datasetKeys.all, 'detail', id, version] as const,
  versions: (id: DatasetId) => [...datasetKeys.all, 'versions', id] as const,
};

/** Loads the validator only when a dataset is actually fetched (prerendered pages never need it). */
const loadValidator = () =>
  Promise.all([import('../model/dataset-schema'), import('../model/payload-schema')] as const);

/** A pinned release that the API does not have. */
export class UnknownVersionError extends Error {
  override name = 'UnknownVersionError';
  readonly datasetId: DatasetId;
  readonly version: string;
  constructor(datasetId: DatasetId, version: string) {
    super(`dataset "${datasetId}" has no release ${version}`);
    this.datasetId = datasetId;
    this.version = version;
  }
}

/**
 * Fetches one dataset (its latest release, or the pinned `version`) and validates it; a bad
 * payload throws, and so becomes a query error.
 */
export async function getDataset(id: DatasetId, signal?: AbortSignal, version?: string): Promise<Dataset> {
  const path = version === undefined ? apiPaths.dataset(id) : apiPaths.datasetVersion(id, version);
  const [json, [{ parseOrThrow }, { datasetPayloadSchema }]] = await Promise.all([
    fetchJson(path, signal).catch((error: unknown) => {
      if (version !== undefined && error instanceof HttpError && error.status === 404)
        throw new UnknownVersionError(id, version);
      throw error;
    }),
    loadValidator(),
  ]);
  const dataset = parseOrThrow(datasetPayloadSchema, json, `dataset "${id}"`);
  if (version !== undefined && dataset.version !== version)
    throw new Error(`dataset "${id}" release ${version}: the file holds version ${dataset.version}`);
  return dataset;
}

/** The latest release of a dataset, or (with `version`) one pinned release. */
export function datasetQueryOptions(id: DatasetId, version?: string) {
  return queryOptions({
    queryKey: version === undefined ? datasetKeys.detail(id) : datasetKeys.release(id, version),
    queryFn: ({ signal }) => getDataset(id, signal, version),
    // A release never changes once published.
    ...(version === undefined ? {} : { staleTime: Infinity }),
  });
}

/** The releases of a dataset, newest first. */
export function datasetVersionsQueryOptions(id: DatasetId) {
  return queryOptions({
    queryKey: datasetKeys.versions(id),
    queryFn: async ({ signal }): Promise<DatasetVersions> => {
      const [json, [{ parseOrThrow, datasetVersionsSchema }]] = await Promise.all([
        fetchJson(apiPaths.datasetVersions(id), signal),
        loadValidator(),
      ]);
      return parseOrThrow(datasetVersionsSchema, json, `${id}/versions.json`);
    },
  });
}
