import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { datasetKeys } from '@/data/api/get-dataset';
import { releaseFingerprint, releaseIndexQueryOptions } from '@/data/api/get-release-index';
import { onlineStatus } from '@/lib/online-status';

const SW_WAIT_MS = 10_000;

/**
 * With the offline mode, this build's data is precached: a new release reaches the page through
 * the new build's service worker. The big screen is unattended, so it takes the update itself
 * (other pages ask the reader first) and waits until the new worker controls the page.
 */
async function takeNewServiceWorker(): Promise<void> {
  const sw = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  if (!sw?.controller) return;
  const registration = await sw.getRegistration();
  if (!registration) return;
  await registration.update().catch(() => undefined);
  const waiting = registration.waiting ?? registration.installing;
  if (!waiting) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      sw.removeEventListener('controllerchange', done);
      resolve();
    };
    const timer = setTimeout(done, SW_WAIT_MS);
    sw.addEventListener('controllerchange', done);
    const skip = () => waiting.postMessage({ type: 'SKIP_WAITING' });
    if (waiting.state === 'installed') skip();
    else
      waiting.addEventListener('statechange', () => {
        if (waiting.state === 'installed') skip();
      });
  });
}

/** A new release: fetch every dataset again; what shows stays up until the new figures replace it. */
export async function takeNewRelease(queryClient: QueryClient): Promise<void> {
  await takeNewServiceWorker();
  await queryClient.invalidateQueries({ queryKey: datasetKeys.all });
}

export interface ReleaseWatch {
  /** When the data was last known current, while the screen cannot check (offline); else null. */
  frozenSince: number | null;
  /** A check has answered (the release it found is the baseline). */
  checked: boolean;
}

/**
 * Checks the static API's index every `pollSeconds` (and at once when the network comes back) and
 * takes a new release in without a reload: the datasets are fetched again and the panels redraw
 * from the new models. Offline, or after a failed check, the data is frozen since the last good one.
 */
export function useReleaseWatch(pollSeconds: number): ReleaseWatch {
  const queryClient = useQueryClient();
  const online = useSyncExternalStore(onlineStatus.subscribe, onlineStatus.get, onlineStatus.getServer);
  // No check while the browser says it is offline: it could only fail. (While hydrating, `online`
  // is the server's answer, so the browser is asked directly too.)
  const reachable = online && (typeof navigator === 'undefined' || navigator.onLine);
  const query = useQuery({ ...releaseIndexQueryOptions(pollSeconds * 1000), enabled: reachable });
  const [openedAt] = useState(() => Date.now());
  const baseline = useRef<string | null>(null);
  const fingerprint = query.data ? releaseFingerprint(query.data) : null;
  useEffect(() => {
    if (fingerprint === null || baseline.current === fingerprint) return;
    const first = baseline.current === null;
    baseline.current = fingerprint;
    if (!first) void takeNewRelease(queryClient);
  }, [fingerprint, queryClient]);
  const frozen = !online || query.status === 'error';
  return { frozenSince: frozen ? query.dataUpdatedAt || openedAt : null, checked: fingerprint !== null };
}
