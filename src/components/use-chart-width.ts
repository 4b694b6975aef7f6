import { useEffect, useState, type RefObject } from 'react';

/** How a chart is drawn in its box: its width in chart units, and the height of a row of bars. */
export interface ChartFit {
  width: number;
  /** Undefined: the layout's own. */
  rowHeight: number | undefined;
}

/**
 * The width to draw a chart at. The first render (prerendered HTML and hydration) uses the fixed
 * design width, so server and client agree; after mount the chart follows its container, so text
 * keeps its real size on a phone instead of being scaled down with the SVG. A wall display or a
 * slide asks for larger text through CSS on an ancestor: `--chart-scale` draws the chart that much
 * narrower (scaled up to its box, its text grows with it), `--chart-row` draws denser rows (a chart
 * limited by its height then scales up further).
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>, designWidth: number, min = 280): ChartFit {
  const [fit, setFit] = useState<ChartFit>({ width: designWidth, rowHeight: undefined });
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const style = getComputedStyle(element);
    const scale = Number(style.getPropertyValue('--chart-scale')) || 1;
    const rowHeight = Number(style.getPropertyValue('--chart-row')) || undefined;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor((entry?.contentRect.width ?? 0) / scale);
      if (measured <= 0) return;
      const width = Math.max(min, Math.min(measured, designWidth));
      // The same fit keeps its identity: no re-render (see the chart's Drawing, bar-chart.tsx).
      setFit((fit) => (fit.width === width && fit.rowHeight === rowHeight ? fit : { width, rowHeight }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, designWidth, min]);
  return fit;
}
