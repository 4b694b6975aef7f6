import { useCallback } from 'react';
import { useLocation, useSearch } from 'wouter';
import {
  frameView,
  parseViewState,
  serializeViewState,
  withFrameView,
  type FrameId,
  type FrameView,
  type ViewState,
} from './url-state';

/** The view state in the URL, and a setter that replaces only what changed (no history spam). */
export function useViewState(): [ViewState, (next: ViewState) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const state = parseViewState(search);
  const update = useCallback(
    (next: ViewState) => {
      const query = serializeViewState(next);
      navigate(query ? `${location}?${query}` : location, { replace: true });
    },
    [location, navigate],
  );
  return [state, update];
}

/** One frame's chart/table view, kept in the URL. */
export function useFrameView(frame: FrameId): [FrameView, (view: FrameView) => void] {
  const [state, setState] = useViewState();
  return [frameView(state, frame), (view) => setState(withFrameView(state, frame, view))];
}
