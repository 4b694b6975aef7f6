import { OTHERS_ID, topNWithOthers } from './top-n';

/** The part of a bar chart's input that folding rewrites. */
export interface FoldableChart {
  categories: readonly { id: string; label: string }[];
  series: readonly { values: readonly (number | undefined)[]; derived: readonly boolean[] }[];
  endLabels?: readonly string[];
}

export interface FoldedChart<C extends FoldableChart> {
  categories: C['categories'];
  series: C['series'];
  endLabels: readonly string[] | undefined;
  /** For each drawn bar, the index of the category it shows, or -1 for the "others" bar. */
  sourceIndex: readonly number[];
  /** How many categories the "others" bar stands for (0: nothing folded). */
  folded: number;
}

/**
 * Beyond `maxBars` categories a chart stops being readable (and Recharts slows down: ~10,000 bars
 * take seconds), so the largest `maxBars - 1` categories by total are drawn, largest first, and the
 * rest fold into one "others" bar whose values are the sums per series, marked as derived. At or
 * under `maxBars` the input comes back unchanged, in its own order.
 */
export function foldCategories<C extends FoldableChart>(
  chart: C,
  maxBars: number,
  othersLabel: (count: number) => string,
  formatTotal: (value: number) => string,
): FoldedChart<C> {
  const count = chart.categories.length;
  if (count <= maxBars || maxBars < 2) {
    return {
      categories: chart.categories,
      series: chart.series,
      endLabels: chart.endLabels,
      sourceIndex: chart.categories.map((_, i) => i),
      folded: 0,
    };
  }
  const totals = chart.categories.map((c, i) => ({
    id: String(i),
    label: c.label,
    value: chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0),
  }));
  const ranked = topNWithOthers(totals, maxBars - 1, othersLabel(count - (maxBars - 1)));
  const sourceIndex = ranked.map((r) => (r.id === OTHERS_ID ? -1 : Number(r.id)));
  const keptSet = new Set(sourceIndex.filter((i) => i >= 0));
  const foldedIdx = chart.categories.map((_, i) => i).filter((i) => !keptSet.has(i));
  const others = ranked.at(-1);
  return {
    categories: sourceIndex.map((i) => (i >= 0 ? chart.categories[i]! : { id: OTHERS_ID, label: others?.label ?? '' })),
    series: chart.series.map((s) => ({
      ...s,
      values: sourceIndex.map((i) =>
        i >= 0 ? s.values[i] : foldedIdx.reduce((sum, j) => sum + (s.values[j] ?? 0), 0),
      ),
      derived: sourceIndex.map((i) => (i >= 0 ? (s.derived[i] ?? false) : true)),
    })),
    endLabels: chart.endLabels
      ? sourceIndex.map((i) => (i >= 0 ? (chart.endLabels?.[i] ?? '') : formatTotal(others?.value ?? 0)))
      : undefined,
    sourceIndex,
    folded: foldedIdx.length,
  };
}
