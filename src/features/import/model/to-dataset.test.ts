import { describe, expect, it } from 'vitest';
import { buildStaticApi } from '@/build/static-api';
import { createDatasetFixtureSchema, parseOrThrow } from '@/data/model/dataset-schema';
import { inlineSourceMeta, withSourceMeta } from '@/data/model/inline-source';
import { runIntegrityChecks } from '@/data/model/integrity';
import { adminUnits } from '@/data/model/units';
import { fixtureFiles, sourceText } from '@/testing/fixtures';
import { newDraft, reviewedFigures, reviewKeys, reviewProgress, type ImportDraft } from './draft';
import { placesOf } from './places';
import { toDatasetFile } from './to-dataset';
import { importFrames } from './import-frames';
import { testLocale } from '@/testing/frame-models';

const places = placesOf(adminUnits);
const schema = createDatasetFixtureSchema(new Set(adminUnits.map((u) => u.id)));

function replyDraft(): ImportDraft {
  return {
    ...newDraft(new Date('2026-12-07T10:00:00Z'), () => 0.5),
    name: '第188号提案答复',
    text: sourceText('puyang-mca-2023-188'),
    citation: { title: '关于对市政协九届一次会议第188号提案的答复', issuer: '濮阳市民政局', date: '2023-07-26' },
  };
}

function acceptAll(draft: ImportDraft): ImportDraft {
  const figures = reviewedFigures(draft, places);
  return { ...draft, review: Object.fromEntries(figures.map((f) => [f.key, { decision: 'accepted' as const }])) };
}

describe('toDatasetFile', () => {
  it('writes every accepted figure of the reply into a file the build validates', () => {
    const draft = acceptAll(replyDraft());
    const figures = reviewedFigures(draft, places);
    const file = toDatasetFile(draft, figures, adminUnits);
    const dataset = parseOrThrow(schema, file, 'fixtures/datasets/import.json');
    expect(dataset.figures).toHaveLength(82);
    expect(dataset.units).toEqual([]);
    expect(dataset.figures.find((f) => f.value === 980)?.dims).toEqual({ unit: 'puyang-county' });
    expect(() =>
      buildStaticApi({
        ...fixtureFiles,
        datasets: [...fixtureFiles.datasets, { file: 'fixtures/datasets/import.json', json: file }],
      }),
    ).not.toThrow();
  });

  it('proposes the checks the audit page runs, and on the reply they all pass', () => {
    const draft = acceptAll(replyDraft());
    const file = toDatasetFile(draft, reviewedFigures(draft, places), adminUnits);
    const dataset = parseOrThrow(schema, file, 'import.json');
    const results = runIntegrityChecks([withSourceMeta(dataset, inlineSourceMeta(dataset)!)]);
    const value = (id: string) => dataset.figures.find((f) => f.id === id)?.value;
    const described = results.map((r) => [r.type, value(r.stated.ref.split(':')[1]!), r.status]);
    expect(described).toEqual([
      ['sum', 2867, 'pass'],
      ['sum', 292, 'pass'],
      ['sum', 231, 'pass'],
      ['sum', 21790, 'pass'],
      ['sum', 936, 'pass'],
      ['sum', 226.18, 'pass'],
      ['rate', 96.2, 'pass'],
    ]);
  });

  it('draws each measure broken down by unit with the kit, keyed by division code, in both languages', () => {
    const draft = acceptAll(replyDraft());
    const dataset = parseOrThrow(schema, toDatasetFile(draft, reviewedFigures(draft, places), adminUnits), 'x.json');
    const frames = importFrames(withSourceMeta(dataset, inlineSourceMeta(dataset)!), testLocale('en'));
    expect(frames.map((f) => f.title)).toEqual(['村', '社区']);
    const chart = frames[0]!.chart;
    if (chart.kind !== 'bar') throw new Error('expected bars');
    expect(chart.categories.slice(0, 2).map((c) => [c.id, c.label])).toEqual([
      ['410928', 'Puyang County'],
      ['410922', 'Qingfeng County'],
    ]);
    expect(chart.series[0]!.values.map((v) => v?.value)).toEqual([980, 503, 321, 574, 372, 20, 97]);
    expect(frames[0]!.citations[0]).toMatchObject({
      quote: expect.stringContaining('濮阳县980个村') as unknown,
      section: '1.1',
    });
    expect(frames[0]!.source?.line).toContain('濮阳市民政局');
  });

  it('shows a check failing when a figure is wrong', () => {
    const draft = acceptAll(replyDraft());
    const wrong = { ...draft, text: draft.text.replace('南乐县321个村', '南乐县322个村') };
    const reviewed = acceptAll(wrong);
    const dataset = parseOrThrow(
      schema,
      toDatasetFile(reviewed, reviewedFigures(reviewed, places), adminUnits),
      'x.json',
    );
    const results = runIntegrityChecks([withSourceMeta(dataset, inlineSourceMeta(dataset)!)]);
    expect(results.filter((r) => r.status === 'fail').map((r) => r.rounded)).toEqual([2868]);
  });

  it('keeps out what is rejected or not yet reviewed', () => {
    const draft = replyDraft();
    const figures = reviewedFigures(draft, places);
    const [first, second] = reviewKeys(figures);
    const reviewed = {
      ...draft,
      review: { [first!]: { decision: 'accepted' as const }, [second!]: { decision: 'rejected' as const } },
    };
    const again = reviewedFigures(reviewed, places);
    expect(reviewProgress(again)).toEqual({ total: 82, accepted: 1, rejected: 1, open: 80 });
    expect(toDatasetFile(reviewed, again, adminUnits).figures).toHaveLength(1);
  });

  it('counts a renamed figure as still to review until it is accepted', () => {
    const draft = replyDraft();
    const [first] = reviewKeys(reviewedFigures(draft, places));
    const renamed = { ...draft, review: { [first!]: { label: '村和社区' } } };
    const figures = reviewedFigures(renamed, places);
    expect(figures[0]).toMatchObject({ label: '村和社区' });
    expect(figures[0]?.decision).toBeUndefined();
    expect(reviewProgress(figures).open).toBe(82);
  });

  it('keeps the review of every figure a corrected text still has', () => {
    const draft = acceptAll(replyDraft());
    const corrected = { ...draft, text: draft.text.replace('南乐县321个村', '南乐县322个村') };
    const progress = reviewProgress(reviewedFigures(corrected, places));
    expect(progress).toEqual({ total: 82, accepted: 81, rejected: 0, open: 1 });
  });

  it('declares places outside the city by their code, and names an edited label', () => {
    const draft: ImportDraft = {
      ...replyDraft(),
      text: '安阳县560个村，12个社区。全市约1.2万人参加。',
      citation: { title: '统计', issuer: '某局', date: '2024-01-01' },
    };
    const anyang = [...places, { name: '安阳县', code: '410522' }];
    const figures = reviewedFigures(draft, anyang);
    const review = Object.fromEntries(figures.map((f) => [f.key, { decision: 'accepted' as const }]));
    const key = figures[2]!.key;
    const edited = { ...draft, review: { ...review, [key]: { decision: 'accepted' as const, label: '参加人数' } } };
    const file = toDatasetFile(edited, reviewedFigures(edited, anyang), adminUnits);
    const dataset = parseOrThrow(schema, file, 'import.json');
    expect(dataset.units).toEqual([{ id: '410522', name: { zh: '安阳县', en: '安阳县' }, code: '410522' }]);
    expect(dataset.measures.map((m) => [m.label.zh, m.unit])).toEqual([
      ['村', 'item'],
      ['社区', 'item'],
      ['参加人数', '10k-person'],
    ]);
    expect(dataset.figures[2]).toMatchObject({ value: 1.2, qualifier: 'approx', dims: { place: '全市' } });
  });
});
