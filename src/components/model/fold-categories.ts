import type { BarChartModel, ModelValue } from './frame-model';
import { OTHERS_ID, topNWithOthers } from './top-n';
import { computedValue, type ModelLocale } from './values';

/** More bars than a reader can tell apart: the rest fold into one "others" bar. */
export const MAX_BARS = 30;

export interface FoldedChart {
  chart: BarChartModel;
  /** For each drawn bar, the index of the category it shows, or -1 for the "others" bar. */
  sourceIndex: readonly number[];
  /** How many categories the "others" bar stands for (0: nothing folded). */
  folded: number;
}

const total = (chart: BarChartModel, i: number) => chart.series.reduce((sum, s) => sum + (s.values[i]?.value ?? 0), 0);

/**
 * Beyond `maxBars` categories a chart stops being readable (and Recharts slows down: ~10,000 bars
 * take seconds), so the largest `maxBars - 1` categories by total are drawn, largest first, and the
 * rest fold into one "others" bar whose values are the sums per series, marked as computed sums.
 * At or under `maxBars` the chart comes back unchanged. Every drawing of a chart (the page, an
 * image, a slide) folds it the same way; tables and files keep every category.
 */
export function foldCategories(
  chart: BarChartModel,
  maxBars: number,
  othersLabel: (count: number) => string,
  locale: ModelLocale,
): FoldedChart {
  const count = chart.categories.length;
  if (count <= maxBars || maxBars < 2) return { chart, sourceIndex: chart.categories.map((_, i) => i), folded: 0 };
  const ranked = topNWithOthers(
    chart.categories.map((c, i) => ({ id: String(i), label: c.label, value: total(chart, i) })),
    maxBars - 1,
  );
  const sourceIndex = ranked.map((r) => (r.id === OTHERS_ID ? -1 : Number(r.id)));
  const kept = new Set(sourceIndex);
  const foldedIdx = chart.categories.map((_, i) => i).filter((i) => !kept.has(i));
  const sum = (values: readonly (ModelValue | null)[]) => {
    const inputs = foldedIdx.map((i) => values[i]).filter((v): v is ModelValue => !!v);
    return inputs.length === 0
      ? null
      : computedValue(
          inputs.reduce((s, v) => s + v.value, 0),
          'sum',
          locale,
          { inputs },
        );
  };
  const pick = <T>(values: readonly T[], others: T) => sourceIndex.map((i) => (i >= 0 ? (values[i] as T) : others));
  return {
    chart: {
      ...chart,
      categories: pick(chart.categories, { id: OTHERS_ID, label: othersLabel(foldedIdx.length) }),
      series: chart.series.map((s) => ({ ...s, values: pick(s.values, sum(s.values)) })),
      ...(chart.totals ? { totals: pick(chart.totals, sum(chart.totals)) } : {}),
      extras: chart.extras.map((e) => ({ ...e, values: pick(e.values, null) })),
    },
    sourceIndex,
    folded: foldedIdx.length,
  };
}
