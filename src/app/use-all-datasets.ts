import { useQueries } from '@tanstack/react-query';
import { DATASET_IDS, datasetQueryOptions } from '@/features/datasets/api/get-dataset';
import type { Dataset } from '@/features/datasets/model/dataset-schema';

/** Every dataset at once: all of them when loaded, else the first error (with retry) or pending. */
export function useAllDatasets():
  | { status: 'ready'; datasets: Dataset[] }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'pending' } {
  const results = useQueries({ queries: DATASET_IDS.map((id) => datasetQueryOptions(id)) });
  const failed = results.find((r) => r.isError);
  if (failed) return { status: 'error', error: failed.error, retry: () => void failed.refetch() };
  const datasets = results.map((r) => r.data).filter((d): d is Dataset => d !== undefined);
  return datasets.length === results.length ? { status: 'ready', datasets } : { status: 'pending' };
}
