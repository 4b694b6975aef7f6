import { queryOptions } from '@tanstack/react-query';
import { fetchJson, NetworkError } from '@/lib/api-client';
import type { DatasetIndex } from '../model/dataset-schema';
import { apiPaths } from './api-paths';

/**
 * The static API's index, fetched fresh: a screen left on all day asks it whether a new release
 * was published. The query string makes every check a distinct URL, so neither the HTTP cache nor
 * the service worker's precache (which holds this build's index) answers in the server's place.
 */
export async function getFreshIndex(signal?: AbortSignal, now = Date.now()): Promise<DatasetIndex> {
  const url = `${apiPaths.index}?checked=${now}`;
  // While the browser says it is offline a check could only fail: it fails without a request
  // (the watch also stops asking then; this covers a check already scheduled when it went offline).
  if (typeof navigator !== 'undefined' && !navigator.onLine) throw new NetworkError(url, false, 'offline');
  const [json, { parseOrThrow, datasetIndexSchema }] = await Promise.all([
    fetchJson(url, signal),
    import('../model/dataset-schema'),
  ]);
  return parseOrThrow(datasetIndexSchema, json, 'index.json');
}

/** What identifies a release of the data: every dataset with its version, in a stable order. */
export function releaseFingerprint(index: DatasetIndex): string {
  return index.datasets
    .map((d) => `${d.id}@${d.version}`)
    .sort()
    .join(',');
}

export const releaseKeys = { index: ['release-index'] as const };

/**
 * Checks the index every `pollMs`; a failed check is not retried (the next one is the retry). The
 * page opens with its build's data, so the first check is one interval later (null until then).
 */
export function releaseIndexQueryOptions(pollMs: number) {
  return queryOptions({
    queryKey: releaseKeys.index,
    queryFn: ({ signal }): Promise<DatasetIndex | null> => getFreshIndex(signal),
    initialData: null,
    refetchOnMount: false,
    refetchInterval: pollMs,
    // Always worth asking again (the app's other data never goes stale): on the network's return too.
    staleTime: 0,
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: false,
    retry: false,
    // A check that cannot reach the server fails (and says so) rather than waiting paused.
    networkMode: 'always',
  });
}
