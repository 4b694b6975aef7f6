import { formatCompact } from '@/lib/format';
import type {
  BarChartModel,
  Category,
  ExtraModel,
  LegendEntry,
  Marks,
  ModelValue,
  SeriesModel,
  SwatchFill,
} from './frame-model';
import { valueAxis } from './value-axis';
import { computedValue, type ModelLocale } from './values';

export interface BarChartInput {
  layout: 'stacked' | 'grouped';
  categories: readonly Category[];
  series: readonly SeriesModel[];
  extras?: readonly ExtraModel[];
  /** Stacked bars' totals, when the frame has computed them already (else they are summed here). */
  totals?: readonly (ModelValue | null)[];
}

/**
 * A bar chart's model: for stacked bars of several series each category's total (a sum, marked
 * as such), and the value axis from zero to the longest bar.
 */
export function barChart(input: BarChartInput, locale: ModelLocale): BarChartModel {
  const { layout, categories, series } = input;
  const stackedTotals = layout === 'stacked' && series.length > 1;
  const totals = !stackedTotals
    ? undefined
    : (input.totals ??
      categories.map((_, i) => {
        const parts = series.map((s) => s.values[i]).filter((v): v is ModelValue => !!v);
        return parts.length === 0
          ? null
          : computedValue(
              parts.reduce((sum, v) => sum + v.value, 0),
              'sum',
              locale,
              { inputs: parts },
            );
      }));
  const longest = stackedTotals
    ? Math.max(0, ...(totals ?? []).map((v) => v?.value ?? 0))
    : Math.max(0, ...series.flatMap((s) => s.values.map((v) => v?.value ?? 0)));
  const { domain, ticks } = valueAxis(longest);
  return {
    kind: 'bar',
    layout,
    categories,
    series,
    ...(totals ? { totals } : {}),
    extras: input.extras ?? [],
    domain,
    ticks,
    tickLabels: ticks.map((v) => formatCompact(v, locale.language)),
  };
}

/**
 * How a bar looks, from its marks: a plan is hatched and a forecast dotted, so neither passes for
 * work done; a value the document only implies is drawn in outline. A computed total is a plain bar.
 */
export function barFill(marks: Marks): SwatchFill {
  if (marks.status === 'plan') return 'hatch';
  if (marks.status === 'forecast') return 'dots';
  if (marks.derivation === 'inferred') return 'outline';
  return 'solid';
}

/**
 * The legend a bar chart needs: a swatch per series when there are several, and one for each way
 * a bar can look that the chart really uses (planned, forecast, implied), so a legend never shows
 * a style no bar has, and no bar has a style the legend does not explain.
 */
export function barLegend(chart: BarChartModel, locale: ModelLocale): LegendEntry[] {
  const { t } = locale;
  const drawn = chart.series.flatMap((s) => s.values.filter((v): v is ModelValue => !!v && v.value > 0));
  const fills = new Set(drawn.map((v) => barFill(v.marks)));
  const single = chart.series.length === 1 ? chart.series[0] : undefined;
  const entries: LegendEntry[] = [];
  if (!single)
    entries.push(
      ...chart.series.map((s): LegendEntry => ({ key: s.key, label: s.label, color: s.color, fill: 'solid' })),
    );
  // One series: its title says what the bars are; the legend only tells apart how they look.
  else if (fills.has('solid') && fills.size > 1)
    entries.push({ key: 'actual', label: t('legend.actual'), color: single.color, fill: 'solid' });
  const color = single?.color ?? 'neutral';
  if (fills.has('hatch')) entries.push({ key: 'plan', label: t('legend.plan'), color, fill: 'hatch' });
  if (fills.has('dots')) entries.push({ key: 'forecast', label: t('legend.forecast'), color, fill: 'dots' });
  if (fills.has('outline')) entries.push({ key: 'inferred', label: t('legend.inferred'), color, fill: 'outline' });
  return entries;
}

/**
 * The text at the end of a bar: its category's total when stacked, else the bar's own value, or
 * what its absence is called ("no code of its own"), so a missing bar is never just a gap.
 */
export function endLabel(chart: BarChartModel, seriesIndex: number, categoryIndex: number): string {
  if (chart.totals) return seriesIndex === chart.series.length - 1 ? (chart.totals[categoryIndex]?.text ?? '') : '';
  const series = chart.series[seriesIndex];
  const value = series?.values[categoryIndex];
  return value ? value.text : (series?.missing ?? '');
}
