import type { DehydratedState } from '@tanstack/react-query';

export const PRERENDER_STATE_ID = 'prerender-state';

/**
 * What the prerenderer embeds beside a page: the path it rendered, the query cache it used, and
 * the formatted numbers and dates of its default view (src/lib/format.ts), by formatter and value.
 */
export interface PrerenderPayload {
  path: string;
  state: DehydratedState;
  formats?: Record<string, string>;
}

/** Serialises the payload for a `<script type="application/json">` (not executed, so CSP-safe). */
export function serializePrerenderPayload(payload: PrerenderPayload): string {
  // `<` is escaped so no string in the data can close the script element.
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${PRERENDER_STATE_ID}">${json}</script>`;
}

export function readDehydratedState(doc: Document): PrerenderPayload | null {
  const text = doc.getElementById(PRERENDER_STATE_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as PrerenderPayload;
  } catch {
    return null; // a damaged payload only costs the fast path: the page fetches its data instead
  }
}

/**
 * The page's query cache as of now. The server dehydrated it at build time, so its timestamps
 * are the build's: hours or weeks old, every query would count as stale and refetch (and load
 * the validator) on each page load. But the data in a page is exactly what the same build's API
 * serves, and the page itself was just revalidated, so it is as fresh as a fetch made now.
 */
export function asFetchedNow(state: DehydratedState, now: number): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => ({ ...query, state: { ...query.state, dataUpdatedAt: now } })),
  };
}
