import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/lib/api-client';
import type { Dataset } from '../model/dataset-schema';
import { apiPaths } from './api-paths';

/** Every dataset the app knows, in the order the source document presents them. */
export const DATASET_IDS = [
  'divisions',
  'renovation',
  'rule-of-law',
  'consultation',
  'self-governance',
  'party-building',
  'moral-volunteer',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export function isDatasetId(value: string): value is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(value);
}

/** Query keys, general to specific, so `invalidateQueries({ queryKey: datasetKeys.all })` hits all. */
export const datasetKeys = {
  all: ['datasets'] as const,
  detail: (id: DatasetId) => [...datasetKeys.all, 'detail', id] as const,
};

/** Loads the validator only when a dataset is actually fetched (prerendered pages never need it). */
const loadValidator = () =>
  Promise.all([import('../model/dataset-schema'), import('../model/payload-schema')] as const);

/** Fetches one dataset and validates it; a bad payload throws, and so becomes a query error. */
export async function getDataset(id: DatasetId, signal?: AbortSignal): Promise<Dataset> {
  const [json, [{ parseOrThrow }, { datasetPayloadSchema }]] = await Promise.all([
    fetchJson(apiPaths.dataset(id), signal),
    loadValidator(),
  ]);
  return parseOrThrow(datasetPayloadSchema, json, `dataset "${id}"`);
}

export function datasetQueryOptions(id: DatasetId) {
  return queryOptions({
    queryKey: datasetKeys.detail(id),
    queryFn: ({ signal }) => getDataset(id, signal),
  });
}
