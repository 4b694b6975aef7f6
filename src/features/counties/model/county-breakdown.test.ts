import { describe, expect, it } from 'vitest';
import { adminUnits } from '@/data/model/units';
import { datasetPayload } from '@/testing/fixtures';
import { buildCountyBreakdown, sortCountyRows } from './county-breakdown';

const breakdown = buildCountyBreakdown(datasetPayload('divisions'), adminUnits);

describe('buildCountyBreakdown', () => {
  it('has a row per unit in document order, with totals that add up to the city total', () => {
    expect(breakdown.rows.map((r) => r.unit.id)).toEqual(adminUnits.map((u) => u.id));
    expect(breakdown.rows.reduce((s, r) => s + r.total, 0)).toBe(breakdown.city.total?.value);
    expect(breakdown.rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 10);
  });

  it('ranks by total, largest first, ties sharing a rank', () => {
    const ranks = new Map(breakdown.rows.map((r) => [r.unit.id, r.rank]));
    expect(ranks.get('puyang-county')).toBe(1);
    expect(ranks.get('hualong')).toBe(6);
    const tied = buildCountyBreakdown(
      {
        ...datasetPayload('divisions'),
        figures: datasetPayload('divisions').figures.map((f) =>
          f.dims?.unit === 'nanle' && f.measure === 'villages' ? { ...f, value: 369 } : f,
        ),
      },
      adminUnits,
    );
    // Nanle becomes 369 + 3 = 372, level with Taiqian.
    const tiedRanks = tied.rows.filter((r) => r.total === 372).map((r) => r.rank);
    expect(tiedRanks).toEqual([4, 4]);
  });

  it('keeps a derived zero marked as derived, and absent figures absent', () => {
    const taiqian = breakdown.rows.find((r) => r.unit.id === 'taiqian')!;
    expect(taiqian.communities).toMatchObject({ value: 0, kind: 'derived' });
  });
});

describe('sortCountyRows', () => {
  it('sorts by communities with 华龙区 first', () => {
    expect(sortCountyRows(breakdown.rows, 'communities')[0]?.unit.id).toBe('hualong');
  });
  it('keeps document order by default and does not mutate its input', () => {
    const before = breakdown.rows.map((r) => r.unit.id);
    sortCountyRows(breakdown.rows, 'total');
    expect(breakdown.rows.map((r) => r.unit.id)).toEqual(before);
    expect(sortCountyRows(breakdown.rows, 'document').map((r) => r.unit.id)).toEqual(before);
  });
});
