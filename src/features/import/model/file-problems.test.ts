import { describe, expect, it } from 'vitest';
import { createDatasetFixtureSchema } from '@/data/model/dataset-schema';
import { adminUnits } from '@/data/model/units';
import { newDraft, reviewedFigures, type ImportDraft } from './draft';
import { fileProblems } from './file-problems';
import { placesOf } from './places';
import { toDatasetFile } from './to-dataset';

const places = placesOf(adminUnits);
const schema = createDatasetFixtureSchema(new Set(adminUnits.map((u) => u.id)));

function checked(text: string, citation: ImportDraft['citation']) {
  const blank = { ...newDraft(new Date('2026-12-07T10:00:00Z'), () => 0.5), text, citation };
  const review = Object.fromEntries(
    reviewedFigures(blank, places).map((f) => [f.key, { decision: 'accepted' as const }]),
  );
  const draft = { ...blank, review };
  const file = toDatasetFile(draft, reviewedFigures(draft, places), adminUnits);
  const parsed = schema.safeParse(file);
  return { file, problems: parsed.success ? [] : fileProblems(file, parsed.error.issues) };
}

describe('fileProblems', () => {
  it('names a percentage over 100 by its measure and value, and a missing source once', () => {
    const { problems } = checked('全市共有村12个，完成率为120%。', { title: '', issuer: '', date: '2023-07-26' });
    expect(problems).toEqual([
      { kind: 'citation' },
      { kind: 'percent-over-100', measure: '完成率', value: 120, decimals: 0 },
    ]);
  });

  it('finds nothing in a file the validator accepts', () => {
    const { problems } = checked('全市共有村12个。', { title: '说明', issuer: '某局', date: '2023-07-26' });
    expect(problems).toEqual([]);
  });

  it('names a count below zero, and passes any other issue on as the validator wrote it', () => {
    const { file } = checked('全市共有村12个。', { title: '说明', issuer: '某局', date: '2023-07-26' });
    const negative = { ...file, figures: file.figures.map((f) => ({ ...f, value: -3 })) };
    const issues = [
      { code: 'custom', path: ['figures', 0, 'value'], message: 'must not be negative' },
      { code: 'custom', path: ['checks', 0, 'total'], message: 'check "c1" names unknown figure "x"' },
    ];
    expect(fileProblems(negative, issues)).toEqual([
      { kind: 'negative-count', measure: '村', value: -3, decimals: 0 },
      { kind: 'other', text: 'checks[0].total: check "c1" names unknown figure "x"' },
    ]);
  });
});
