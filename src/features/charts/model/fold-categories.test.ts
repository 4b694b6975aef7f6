import { describe, expect, it } from 'vitest';
import { foldCategories } from './fold-categories';
import { OTHERS_ID } from './top-n';

const chart = (n: number) => ({
  categories: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, label: `C${i}` })),
  series: [
    { key: 'a', values: Array.from({ length: n }, (_, i) => i), derived: Array.from({ length: n }, () => false) },
    { key: 'b', values: Array.from({ length: n }, () => 1), derived: Array.from({ length: n }, () => false) },
  ],
  endLabels: Array.from({ length: n }, (_, i) => `L${i}`),
});
const others = (count: number) => `其他 ${count} 项`;

describe('foldCategories', () => {
  it('leaves a chart within the limit as it is', () => {
    const input = chart(5);
    const out = foldCategories(input, 5, others, String);
    expect(out.categories).toBe(input.categories);
    expect(out.sourceIndex).toEqual([0, 1, 2, 3, 4]);
    expect(out.folded).toBe(0);
  });

  it('draws the largest categories first and folds the rest into one derived bar of sums', () => {
    const out = foldCategories(chart(10), 4, others, String);
    expect(out.categories.map((c) => c.id)).toEqual(['c9', 'c8', 'c7', OTHERS_ID]);
    expect(out.categories.at(-1)?.label).toBe('其他 7 项');
    expect(out.sourceIndex).toEqual([9, 8, 7, -1]);
    expect(out.folded).toBe(7);
    // 0+1+…+6 = 21 in series a; 7 × 1 in series b.
    expect(out.series[0]?.values).toEqual([9, 8, 7, 21]);
    expect(out.series[1]?.values).toEqual([1, 1, 1, 7]);
    expect(out.series[0]?.derived).toEqual([false, false, false, true]);
    expect(out.endLabels).toEqual(['L9', 'L8', 'L7', '28']);
  });

  it('keeps the number of drawn bars bounded however large the input', () => {
    const out = foldCategories(chart(100_000), 30, others, String);
    expect(out.categories).toHaveLength(30);
    expect(out.series[0]?.values).toHaveLength(30);
    const total = (values: readonly (number | undefined)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);
    expect(total(out.series[1]!.values)).toBe(100_000);
  });
});
