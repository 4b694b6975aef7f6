import { useEffect, useState, type RefObject } from 'react';

/**
 * The width to draw a chart at. The first render (prerendered HTML and hydration) uses the fixed
 * design width, so server and client agree; after mount the chart follows its container, so text
 * keeps its real size on a phone instead of being scaled down with the SVG.
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>, designWidth: number, min = 280): number {
  const [width, setWidth] = useState(designWidth);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(Math.max(min, Math.min(measured, designWidth)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, designWidth, min]);
  return width;
}
