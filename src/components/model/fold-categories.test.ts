import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n';
import { barChart } from './bar-chart';
import { foldCategories } from './fold-categories';
import type { ModelValue } from './frame-model';
import { OTHERS_ID } from './top-n';
import { computedValue, type ModelLocale } from './values';

const i18n = createI18n('zh');
const locale: ModelLocale = { language: 'zh', t: i18n.t.bind(i18n) };
const v = (value: number): ModelValue => ({
  value,
  decimals: 0,
  text: String(value),
  marks: { kind: 'stated', status: 'actual', qualifier: 'exact' },
  refs: [`d:f${value}`],
});

const chart = (n: number) =>
  barChart(
    {
      layout: 'stacked',
      categories: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, label: `C${i}` })),
      series: [
        { key: 'a', label: 'A', color: 'series-1', missing: '', values: Array.from({ length: n }, (_, i) => v(i)) },
        { key: 'b', label: 'B', color: 'series-2', missing: '', values: Array.from({ length: n }, () => v(1)) },
      ],
    },
    locale,
  );
const others = (count: number) => `其他 ${count} 项`;

describe('foldCategories', () => {
  it('leaves a chart within the limit as it is', () => {
    const input = chart(5);
    const out = foldCategories(input, 5, others, locale);
    expect(out.chart).toBe(input);
    expect(out.sourceIndex).toEqual([0, 1, 2, 3, 4]);
    expect(out.folded).toBe(0);
  });

  it('draws the largest categories first and folds the rest into one bar of computed sums', () => {
    const out = foldCategories(chart(10), 4, others, locale);
    expect(out.chart.categories.map((c) => c.id)).toEqual(['c9', 'c8', 'c7', OTHERS_ID]);
    expect(out.chart.categories.at(-1)?.label).toBe('其他 7 项');
    expect(out.sourceIndex).toEqual([9, 8, 7, -1]);
    expect(out.folded).toBe(7);
    // 0+1+…+6 = 21 in series a; 7 × 1 in series b.
    expect(out.chart.series[0]?.values.map((x) => x?.value)).toEqual([9, 8, 7, 21]);
    expect(out.chart.series[1]?.values.map((x) => x?.value)).toEqual([1, 1, 1, 7]);
    expect(out.chart.series[0]?.values.at(-1)?.marks).toEqual(computedValue(21, 'sum', locale).marks);
    expect(out.chart.totals?.map((x) => x?.text)).toEqual(['10', '9', '8', '28']);
  });

  it('keeps the number of drawn bars bounded however large the input', () => {
    const out = foldCategories(chart(100_000), 30, others, locale);
    expect(out.chart.categories).toHaveLength(30);
    expect(out.chart.series[0]?.values).toHaveLength(30);
    const sum = out.chart.series[1]!.values.reduce((s, x) => s + (x?.value ?? 0), 0);
    expect(sum).toBe(100_000);
  });
});
