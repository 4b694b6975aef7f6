import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions, type DatasetId } from '@/features/datasets/api/get-dataset';
import type { Dataset } from '@/features/datasets/model/dataset-schema';
import type { FrameState } from './chart-frame';

/**
 * A dataset's query, what a frame selects from it, and the state that puts the frame in: loading,
 * error (with retry; only when there is no data to keep showing), empty (the selection is an empty list, or the dataset has no figures), ready.
 */
export function useDatasetFrame<T>(id: DatasetId, select: (dataset: Dataset) => T) {
  const query = useQuery(datasetQueryOptions(id));
  const selected = query.data === undefined ? undefined : select(query.data);
  let state: FrameState;
  if (query.isPending) state = { status: 'loading' };
  // A failed refetch keeps the data already shown (the figures are still true; nothing is lost).
  else if (query.isError && query.data === undefined)
    state = { status: 'error', error: query.error, onRetry: () => void query.refetch() };
  else if (Array.isArray(selected) ? selected.length === 0 : query.data.figures.length === 0)
    state = { status: 'empty' };
  else state = { status: 'ready' };
  return { dataset: query.data, selected, state };
}
