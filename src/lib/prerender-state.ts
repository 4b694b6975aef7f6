import type { DehydratedState } from '@tanstack/react-query';

export const PRERENDER_STATE_ID = 'prerender-state';

/** What the prerenderer embeds beside a page: the path it rendered and the query cache it used. */
export interface PrerenderPayload {
  path: string;
  state: DehydratedState;
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
