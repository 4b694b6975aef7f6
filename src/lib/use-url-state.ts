import { useCallback } from 'react';
import { useLocation, useSearch } from 'wouter';
import { parseViewState, serializeViewState, type ViewState } from './url-state';

/** The view state in the URL, and a setter that replaces only what changed. */
export function useViewState(): [ViewState, (patch: Partial<ViewState>) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const state = parseViewState(search);
  const update = useCallback(
    (patch: Partial<ViewState>) => {
      const query = serializeViewState({ ...parseViewState(search), ...patch });
      navigate(query ? `${location}?${query}` : location, { replace: true });
    },
    [search, location, navigate],
  );
  return [state, update];
}
