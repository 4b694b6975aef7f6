import { describe, expect, it } from 'vitest';
import { createDatasetFixtureSchema, parseOrThrow } from '@/data/model/dataset-schema';
import { adminUnits } from '@/data/model/units';
import { newDraft, placeChoices, reviewedFigures, type ImportDraft } from './draft';
import { placesOf } from './places';
import { toDatasetFile } from './to-dataset';

const places = placesOf(adminUnits);
const schema = createDatasetFixtureSchema(new Set(adminUnits.map((u) => u.id)));

function draftOf(text: string, review: ImportDraft['review'] = {}): ImportDraft {
  return {
    ...newDraft(new Date('2026-12-07T10:00:00Z'), () => 0.5),
    text,
    citation: { title: '某县情况说明', issuer: '某局', date: '2023-07-26' },
    review,
  };
}

describe('placeChoices', () => {
  it("lists each of the city's units once, then the places the text names that are not one of them", () => {
    const figures = reviewedFigures(draftOf('甲县12个村；华龙区20个村。'), places);
    const choices = placeChoices(places, figures);
    const names = choices.map((c) => c.name);
    expect(names.slice(0, adminUnits.length)).toEqual(adminUnits.map((u) => u.name.zh));
    expect(names.slice(adminUnits.length)).toEqual(['甲县']);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('reviewing a figure', () => {
  const text = '全市共有村12个。清丰县村5个。';

  it('assigns a figure to a place, with its code, or to none', () => {
    const [first, second] = reviewedFigures(draftOf(text), places);
    expect(first?.place).toBe('全市');
    expect(second).toMatchObject({ place: '清丰县', placeCode: '410922' });
    const review = { [first!.key]: { place: '范县' }, [second!.key]: { place: '' } };
    const [placed, unplaced] = reviewedFigures(draftOf(text, review), places);
    expect(placed).toMatchObject({ place: '范县', placeCode: '410926', key: first!.key });
    expect(unplaced?.place).toBeUndefined();
    expect(unplaced?.placeCode).toBeUndefined();
  });

  it('merges figures given one measure name into one measure of the dataset file', () => {
    const two = '全市共有行政村12个。清丰县村5个。';
    const [a, b] = reviewedFigures(draftOf(two), places);
    expect(a?.label).not.toBe(b?.label);
    const review = {
      [a!.key]: { decision: 'accepted' as const, label: '村', place: '' },
      [b!.key]: { decision: 'accepted' as const, label: '村' },
    };
    const draft = draftOf(two, review);
    const file = toDatasetFile(draft, reviewedFigures(draft, places), adminUnits);
    const dataset = parseOrThrow(schema, file, 'import.json');
    expect(dataset.measures).toHaveLength(1);
    expect(dataset.figures.map((f) => [f.measure, f.value, f.dims])).toEqual([
      [dataset.measures[0]!.id, 12, undefined],
      [dataset.measures[0]!.id, 5, { unit: 'qingfeng' }],
    ]);
  });
});
