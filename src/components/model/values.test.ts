import { describe, expect, it } from 'vitest';
import { datasetPayload } from '@/testing/fixtures';
import { testLocale } from '@/testing/frame-models';
import { barChart, barLegend } from './bar-chart';
import { QUALIFIERS, type ModelValue } from './frame-model';
import { measureUnit, unitModel } from './units';
import { computedValue, figureMarks, figureValue, marksWords, qualifier, quantity } from './values';

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

describe('the qualifiers and units of dataset format 2', () => {
  it('writes every qualifier on the number in both languages', () => {
    const written = (q: ModelValue['marks']['qualifier'], locale: typeof zh) => qualifier(q, locale.t)('300');
    expect(QUALIFIERS.map((q) => written(q, zh))).toEqual(['300', '300余', '300以上', '不足300', '300以下', '约300']);
    expect(QUALIFIERS.map((q) => written(q, en))).toEqual([
      '300',
      '300+',
      'at least 300',
      'under 300',
      'at most 300',
      'about 300',
    ]);
    expect(
      QUALIFIERS.filter((q) => q !== 'exact').map((q) =>
        marksWords({ kind: 'stated', status: 'actual', qualifier: q }, en.t),
      ),
    ).toEqual([
      ['lower bound (more than)'],
      ['lower bound (at least)'],
      ['upper bound (under)'],
      ['upper bound (at most)'],
      ['approximate'],
    ]);
  });

  it('keeps a sum a lower bound only when every bound points the same way', () => {
    const sum = (...qs: ModelValue['marks']['qualifier'][]) =>
      computedValue(1, 'sum', en, { inputs: qs.map((q) => value(1, '1', q)) }).marks.qualifier;
    expect(sum('exact', 'at-least')).toBe('at-least');
    expect(sum('at-least', 'more-than')).toBe('more-than');
    expect(sum('less-than', 'at-most')).toBe('less-than');
    expect(sum('at-least', 'less-than')).toBe('approx');
  });

  it('names a dataset’s own unit, with its scale written out in English', () => {
    const unit = measureUnit({
      unit: '10k-person',
      unitLabel: { zh: '万人', en: '10,000 people' },
      scale: 1e4,
      baseLabel: { zh: '人', en: 'people' },
    });
    expect(quantity(value(12.5, '12.5'), unit, zh)).toBe('12.5万人');
    expect(quantity(value(12.5, '12.5'), unit, en)).toBe('125 thousand people');
    expect(quantity(value(7, '7'), measureUnit({ unit: 'team', unitLabel: { zh: '支', en: 'teams' } }), en)).toBe(
      '7 teams',
    );
  });
});
