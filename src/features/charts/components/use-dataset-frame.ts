import { useQuery } from '@tanstack/react-query';
import {
  datasetQueryOptions,
  datasetVersionsQueryOptions,
  UnknownVersionError,
  type DatasetId,
} from '@/features/datasets/api/get-dataset';
import type { Dataset } from '@/features/datasets/model/dataset-schema';
import { useViewState } from '@/lib/use-url-state';
import type { FrameState } from './chart-frame';

/** Which release a frame shows, when the URL pins one (`?v=`). */
export interface ReleaseInfo {
  /** The date the URL pins the data to. */
  pinnedTo: string;
  /** The release shown. */
  version: string;
  /** The newest release, when it is newer than the one shown. */
  newer: string | undefined;
}

/**
 * The dataset a frame shows: its latest release, or, when the URL pins a date, the latest release
 * on or before that date. The latest release is always loaded first (it is usually embedded in the
 * page); older releases and the list of releases are fetched only when the pin needs them.
 */
function useDatasetRelease(id: DatasetId) {
  const [{ version: pin }] = useViewState();
  const latest = useQuery(datasetQueryOptions(id));
  const needsOlder = pin !== undefined && latest.data !== undefined && latest.data.version > pin;
  const versions = useQuery({ ...datasetVersionsQueryOptions(id), enabled: needsOlder });
  const chosen =
    needsOlder && versions.data ? versions.data.versions.find((r) => r.version <= pin)?.version : undefined;
  const missing = needsOlder && versions.data !== undefined && chosen === undefined;
  const older = useQuery({ ...datasetQueryOptions(id, chosen ?? pin ?? ''), enabled: chosen !== undefined });

  if (!needsOlder) {
    const release: ReleaseInfo | undefined =
      pin !== undefined && latest.data ? { pinnedTo: pin, version: latest.data.version, newer: undefined } : undefined;
    return { query: latest, data: latest.data, release };
  }
  const step = versions.isError || missing ? versions : older;
  return {
    query: step,
    data: older.data,
    error: missing ? new UnknownVersionError(id, pin) : step.error,
    release: older.data ? { pinnedTo: pin, version: older.data.version, newer: latest.data?.version } : undefined,
  };
}

/**
 * A dataset's query, what a frame selects from it, and the state that puts the frame in: loading,
 * error (with retry; only when there is no data to keep showing), empty (the selection is an empty list, or the dataset has no figures), ready.
 */
export function useDatasetFrame<T>(id: DatasetId, select: (dataset: Dataset) => T) {
  const { query, data, release, ...rest } = useDatasetRelease(id);
  const error = 'error' in rest ? rest.error : query.error;
  const selected = data === undefined ? undefined : select(data);
  let state: FrameState;
  // A failed refetch keeps the data already shown (the figures are still true; nothing is lost).
  if (error && data === undefined) state = { status: 'error', error, onRetry: () => void query.refetch() };
  else if (data === undefined) state = { status: 'loading' };
  else if (Array.isArray(selected) ? selected.length === 0 : data.figures.length === 0) state = { status: 'empty' };
  else state = { status: 'ready' };
  return { dataset: data, selected, state, release };
}
