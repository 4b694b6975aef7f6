import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Calls `fit(viewport, stage)` now and whenever the viewport changes size (a resize observer,
 * and the window's resize for browsers without one): the stages scale their design through it.
 * `fit` is read from the latest render; the observer is set up again only when `key` changes.
 */
export function useViewportFit(
  fit: (viewport: HTMLDivElement, stage: HTMLDivElement) => void,
  key: unknown = null,
): { viewport: RefObject<HTMLDivElement | null>; stage: RefObject<HTMLDivElement | null> } {
  const viewport = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const latest = useRef(fit);
  useLayoutEffect(() => {
    latest.current = fit;
  });
  useLayoutEffect(() => {
    const outer = viewport.current;
    const inner = stage.current;
    if (!outer || !inner) return;
    const run = () => latest.current(outer, inner);
    run();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(run);
    observer?.observe(outer);
    window.addEventListener('resize', run);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', run);
    };
  }, [key]);
  return { viewport, stage };
}
