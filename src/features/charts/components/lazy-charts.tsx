import { lazy, Suspense, type ComponentProps } from 'react';
import type { StackedBarChart } from './stacked-bar-chart';

/*
 * Recharts is the largest dependency, so chart components load on demand. A prerendered page
 * already holds the chart's SVG: during hydration React keeps that server HTML in place until the
 * chunk arrives, so nothing flashes and the chart code is not part of the initial JavaScript.
 */
const StackedBarChartImpl = lazy(() => import('./stacked-bar-chart').then((m) => ({ default: m.StackedBarChart })));

/** Reserves the chart's space while its code loads (only on client-side renders). */
function ChartPlaceholder({ rows }: { rows: number }) {
  return <div className="chart-placeholder" style={{ aspectRatio: `640 / ${rows * 36 + 36}` }} aria-hidden="true" />;
}

export function LazyStackedBarChart(props: ComponentProps<typeof StackedBarChart>) {
  return (
    <Suspense fallback={<ChartPlaceholder rows={props.categories.length} />}>
      <StackedBarChartImpl {...props} />
    </Suspense>
  );
}
