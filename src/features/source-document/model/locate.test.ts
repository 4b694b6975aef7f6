import { describe, expect, it } from 'vitest';
import { DATASET_IDS } from '@/data/api/get-dataset';
import { rawFixture, sourceText } from '@/testing/fixtures';
import { locateFigures, toParagraphs, type SourceFigure } from './locate';

const text = sourceText('puyang-mca-2023-188');
const figures: SourceFigure[] = DATASET_IDS.flatMap((id) =>
  rawFixture(id).figures.map((f) => ({
    ref: `${id}:${f.id}`,
    quote: f.provenance.quote ?? '',
    ...(f.kind === 'stated' ? { published: f.value.toFixed(f.decimals ?? 0) } : {}),
  })),
);

describe('locateFigures', () => {
  it('finds the sentence of every figure and the number of every stated one', () => {
    const { located, missing } = locateFigures(text, figures);
    expect(missing).toEqual([]);
    expect(located).toHaveLength(figures.length);
    for (const l of located.filter((x) => x.number)) {
      const figure = figures.find((f) => f.ref === l.ref)!;
      // A percentage keeps its sign.
      expect([figure.published, `${figure.published}%`]).toContain(text.slice(l.number!.start, l.number!.end));
      expect(l.number!.start).toBeGreaterThanOrEqual(l.quoteStart);
      expect(l.number!.end).toBeLessThanOrEqual(l.quoteEnd);
    }
  });

  it('highlights a percentage with its sign', () => {
    const rate = locateFigures(text, figures).located.find((l) => l.ref === 'rule-of-law:disputes.resolution-rate')!;
    expect(text.slice(rate.number!.start, rate.number!.end)).toBe('96.2%');
  });

  it('never takes a number out of a longer one, and gives two equal numbers in one quote in order', () => {
    const quote = '建立城乡社区协商议事会3048个';
    expect(locateFigures(`前文${quote}。`, [{ ref: 'a:x', quote, published: '48' }]).missing).toEqual(['a:x']);
    const families = '全市共评选文明家庭50户、最美家庭50户';
    const { located } = locateFigures(text, [
      { ref: 'm:civilised', quote: families, published: '50' },
      { ref: 'm:beautiful', quote: families, published: '50' },
    ]);
    expect(located[1]!.number!.start).toBeGreaterThan(located[0]!.number!.start);
    expect(text.slice(located[1]!.number!.start - 4, located[1]!.number!.start)).toBe('最美家庭');
  });

  it('places a derived figure (台前县 0 communities) on its sentence without a number', () => {
    const { located } = locateFigures(text, figures);
    const taiqian = located.find((l) => l.ref === 'divisions:communities.taiqian')!;
    expect(taiqian.number).toBeUndefined();
    expect(taiqian.quoteEnd).toBeGreaterThan(taiqian.quoteStart);
  });
});

describe('toParagraphs', () => {
  const { located } = locateFigures(text, figures);

  it('keeps the whole text, in order, in its runs', () => {
    const paragraphs = toParagraphs(text, located);
    const joined = paragraphs
      .map((p) => [...p.before, ...(p.marked ?? []), ...p.after].map((r) => r.text).join(''))
      .join('\n');
    expect(joined).toBe(text);
    expect(paragraphs.every((p) => !p.marked)).toBe(true);
  });

  it('groups the marked sentence, with its highlighted numbers, in one paragraph', () => {
    const paragraphs = toParagraphs(text, located, 'divisions:villages.hualong');
    const marked = paragraphs.filter((p) => p.marked);
    expect(marked).toHaveLength(1);
    const runs = marked[0]!.marked!;
    expect(runs.map((r) => r.text).join('')).toBe('华龙区20个村，148个社区');
    expect(runs.find((r) => r.kind === 'number' && r.text === '20')).toMatchObject({
      refs: ['divisions:villages.hualong'],
    });
  });
});
