import { dehydrate, hydrate, QueryClient, queryOptions } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { asFetchedNow, readDehydratedState, serializePrerenderPayload } from './prerender-state';
import { queryConfig } from './query-client';

const divisions = queryOptions({ queryKey: ['datasets', 'divisions'], queryFn: () => ({ id: 'divisions' }) });

describe('the prerendered query cache', () => {
  it('round-trips through the page, and counts as fetched when the page loads, not when it was built', () => {
    const builtAt = Date.UTC(2026, 0, 1);
    const server = new QueryClient(queryConfig);
    server.setQueryData(divisions.queryKey, { id: 'divisions' }, { updatedAt: builtAt });
    document.body.innerHTML = serializePrerenderPayload({ path: '/zh/', state: dehydrate(server) });
    const payload = readDehydratedState(document);
    expect(payload?.path).toBe('/zh/');

    const loadedAt = builtAt + 30 * 24 * 3600_000; // a month after the build
    const stale = new QueryClient(queryConfig);
    hydrate(stale, payload!.state);
    const fresh = new QueryClient(queryConfig);
    hydrate(fresh, asFetchedNow(payload!.state, loadedAt));
    const staleAt = (client: QueryClient) =>
      client
        .getQueryCache()
        .find({ queryKey: ['datasets', 'divisions'] })!
        .isStaleByTime(queryConfig.defaultOptions.queries.staleTime);
    const realNow = Date.now;
    Date.now = () => loadedAt;
    try {
      expect(staleAt(stale)).toBe(true);
      expect(staleAt(fresh)).toBe(false);
      expect(fresh.getQueryData(divisions.queryKey)).toEqual({ id: 'divisions' });
    } finally {
      Date.now = realNow;
    }
  });
});
