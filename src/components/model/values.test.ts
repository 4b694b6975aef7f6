import { describe, expect, it } from 'vitest';
import { datasetPayload } from '@/testing/fixtures';
import { testLocale } from '@/testing/frame-models';
import { barChart, barLegend } from './bar-chart';
import type { ModelValue } from './frame-model';
import { unitModel } from './units';
import { computedValue, figureMarks, figureValue, marksWords, quantity } from './values';

const zh = testLocale('zh');
const en = testLocale('en');
const value = (v: number, text: string, qualifier: ModelValue['marks']['qualifier'] = 'exact'): ModelValue => ({
  value: v,
  decimals: 2,
  text,
  marks: { kind: 'stated', status: 'actual', qualifier },
  refs: [],
});

describe('quantity', () => {
  it('writes Chinese with the published multiplier, English written out from the base unit', () => {
    expect(quantity(value(226.18, '226.18'), unitModel('10k-square-meter'), zh)).toBe('226.18万平方米');
    expect(quantity(value(112.64, '112.64'), unitModel('10k-square-meter'), en)).toBe('1.13 million m²');
    expect(quantity(value(3.16, '3.16'), unitModel('100m-yuan'), zh)).toBe('3.16亿元');
    expect(quantity(value(3.16, '3.16'), unitModel('100m-yuan'), en)).toBe('316 million yuan');
  });

  it('writes counts with their noun, plain counts bare in English, and percentages alike', () => {
    expect(quantity(value(10499, '10,499'), unitModel('case'), zh)).toBe('10,499起');
    expect(quantity(value(10499, '10,499'), unitModel('case'), en)).toBe('10,499 cases');
    expect(quantity(value(3159, '3,159'), unitModel('item'), en)).toBe('3,159');
    expect(quantity(value(96.2, '96.2'), unitModel('percent'), en)).toBe('96.2%');
  });

  it('keeps a qualifier on the number, the written-out English one too', () => {
    expect(quantity(value(200, '200余', 'more-than'), unitModel('person'), zh)).toBe('200余人');
    expect(quantity(value(3.16, '3.16+', 'more-than'), unitModel('100m-yuan'), en)).toBe('316 million+ yuan');
  });
});

describe('figureMarks and figureValue', () => {
  const divisions = datasetPayload('divisions');
  const moral = datasetPayload('moral-volunteer');
  const figure = (d: typeof divisions, id: string) => d.figures.find((f) => f.id === id)!;

  it('calls a zero read off a total "inferred", never a plain "derived"', () => {
    expect(figureMarks(figure(divisions, 'communities.taiqian'))).toEqual({
      kind: 'derived',
      derivation: 'inferred',
      status: 'actual',
      qualifier: 'exact',
    });
    expect(marksWords(figureMarks(figure(divisions, 'communities.taiqian')), zh.t)).toEqual(['推断']);
  });

  it('writes "200余" / "200+" and "约1,200" / "about 1,200" on the number', () => {
    expect(figureValue(moral.id, figure(moral, 'role-models'), zh).text).toBe('200余');
    expect(figureValue(moral.id, figure(moral, 'role-models'), en).text).toBe('200+');
    expect(figureValue(moral.id, figure(moral, 'volunteer-activities'), en).text).toBe('about 1,200');
  });
});

describe('computedValue', () => {
  it('is a plan when a part is planned, and a lower bound when a part is', () => {
    const planned = { ...value(93, '93'), marks: { ...value(93, '93').marks, status: 'plan' as const } };
    const sum = computedValue(186, 'sum', zh, { inputs: [value(93, '93'), planned] });
    expect(sum.marks).toEqual({ kind: 'derived', derivation: 'sum', status: 'plan', qualifier: 'exact' });
    const whole = (v: ModelValue): ModelValue => ({ ...v, decimals: 0 });
    const bound = computedValue(250, 'sum', en, {
      inputs: [whole(value(50, '50')), whole(value(200, '200+', 'more-than'))],
    });
    expect(bound.text).toBe('250+');
  });

  it('signs a difference: +1, −2, 0', () => {
    expect(computedValue(1, 'difference', zh).text).toBe('+1');
    expect(computedValue(-2, 'difference', zh).text).toBe('−2');
    expect(computedValue(0, 'difference', zh).text).toBe('0');
  });
});

describe('barLegend', () => {
  const v = (n: number, status: 'actual' | 'plan' = 'actual'): ModelValue => ({
    ...value(n, String(n)),
    marks: { kind: 'stated', status, qualifier: 'exact' },
  });
  const chart = (values: ModelValue[]) =>
    barChart(
      {
        layout: 'stacked',
        categories: values.map((_, i) => ({ id: String(i), label: String(i) })),
        series: [{ key: 'value', label: 'Compounds', color: 'series-1', values, missing: '' }],
      },
      en,
    );

  it('names only the styles the bars use: no legend for plain bars, actual and plan when both are drawn', () => {
    expect(barLegend(chart([v(1), v(2)]), en)).toEqual([]);
    expect(barLegend(chart([v(1), v(2, 'plan')]), en).map((e) => [e.label, e.fill])).toEqual([
      ['Actual', 'solid'],
      ['Plan', 'hatch'],
    ]);
  });

  it('draws every bar from zero', () => {
    expect(chart([v(10_499), v(10_098)]).domain[0]).toBe(0);
    expect(chart([v(10_499), v(10_098)]).ticks[0]).toBe(0);
  });
});
