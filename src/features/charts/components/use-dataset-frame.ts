import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions, type DatasetId } from '@/features/datasets/api/get-dataset';
import type { FrameState } from './chart-frame';

/** A dataset's query and the frame state it puts a chart frame in. */
export function useDatasetFrame(id: DatasetId) {
  const query = useQuery(datasetQueryOptions(id));
  let state: FrameState;
  if (query.isPending) state = { status: 'loading' };
  else if (query.isError) state = { status: 'error', error: query.error, onRetry: () => void query.refetch() };
  else if (query.data.figures.length === 0) state = { status: 'empty' };
  else state = { status: 'ready' };
  return { dataset: query.data, state };
}
