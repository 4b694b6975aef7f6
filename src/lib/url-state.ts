/**
 * The one place that names URL parameters. Parsing is total (garbage falls back to the default,
 * never throws); serialising writes only values that differ from the defaults, so links stay short
 * and a default view has a clean URL.
 */
export const FRAME_VIEWS = ['chart', 'table'] as const;
export type FrameView = (typeof FRAME_VIEWS)[number];

/** Everything the URL can say about a view. */
export interface ViewState {
  view: FrameView;
}

export const DEFAULT_VIEW_STATE: ViewState = { view: 'chart' };

function oneOf<T extends string>(allowed: readonly T[], raw: string | null, fallback: T): T {
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  return {
    view: oneOf(FRAME_VIEWS, params.get('view'), DEFAULT_VIEW_STATE.view),
  };
}

/** Query string (without "?") holding only non-default values, in a stable order. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW_STATE.view) params.set('view', state.view);
  return params.toString();
}
