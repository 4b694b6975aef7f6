import { useQueries } from '@tanstack/react-query';
import type { Dataset } from '../model/dataset-schema';
import { datasetQueryOptions, type DatasetId } from './get-dataset';

/** Several datasets at once: all of them once loaded, else the first failure (with its retry) or pending. */
export function useDatasets(
  ids: readonly DatasetId[],
):
  | { status: 'ready'; datasets: Dataset[] }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'pending' } {
  const results = useQueries({ queries: ids.map((id) => datasetQueryOptions(id)) });
  const failed = results.find((r) => r.isError);
  if (failed) return { status: 'error', error: failed.error, retry: () => void failed.refetch() };
  const datasets = results.map((r) => r.data).filter((d): d is Dataset => d !== undefined);
  return datasets.length === results.length ? { status: 'ready', datasets } : { status: 'pending' };
}
