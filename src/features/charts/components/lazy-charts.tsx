import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { nextTask } from '@/lib/next-task';
import { foldCategories } from '../model/fold-categories';
import type { StackedBarChart } from './stacked-bar-chart';

/*
 * Recharts is the largest dependency, so chart components load on demand. A prerendered page
 * already holds the chart's SVG: during hydration React keeps that server HTML in place until the
 * chunk arrives, so nothing flashes and the chart code is not part of the initial JavaScript.
 */
const StackedBarChartImpl = lazy(async () => {
  // Evaluating Recharts and the libraries under it is ~25 ms of CPU (~100 ms at 4x), one task if
  // loaded at once. Those libraries have a chunk of their own (vite.config.ts), which d3-array is
  // part of: loading it first makes two shorter tasks, and input can be handled in between.
  await import('d3-array');
  await nextTask();
  const { StackedBarChart } = await import('./stacked-bar-chart');
  return { default: StackedBarChart };
});

/** More bars than a reader can tell apart: the rest fold into one "others" bar. */
export const MAX_BARS = 30;

/** Reserves the chart's space while its code loads (only on client-side renders). */
function ChartPlaceholder({ rows }: { rows: number }) {
  return <div className="chart-placeholder" style={{ aspectRatio: `640 / ${rows * 36 + 36}` }} aria-hidden="true" />;
}

export function LazyStackedBarChart({
  maxBars = MAX_BARS,
  ...props
}: ComponentProps<typeof StackedBarChart> & { maxBars?: number }) {
  const { t } = useTranslation();
  const folded = foldCategories(props, maxBars, (count) => t('chart.others', { count }), props.formatValue);
  const chartProps =
    folded.folded === 0
      ? props
      : {
          ...props,
          categories: folded.categories,
          series: folded.series,
          endLabels: folded.endLabels,
          describeCategory: (i: number) => {
            const source = folded.sourceIndex[i] ?? -1;
            return source >= 0 ? props.describeCategory(source) : (folded.categories[i]?.label ?? '');
          },
          onSelectCategory: props.onSelectCategory
            ? (i: number) => {
                const source = folded.sourceIndex[i] ?? -1;
                if (source >= 0) props.onSelectCategory?.(source);
              }
            : undefined,
        };
  return (
    <Suspense fallback={<ChartPlaceholder rows={chartProps.categories.length} />}>
      <StackedBarChartImpl {...chartProps} />
    </Suspense>
  );
}
