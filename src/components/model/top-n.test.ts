import { describe, expect, it } from 'vitest';
import { OTHERS_ID, topNWithOthers } from './top-n';

const row = (id: string, value: number) => ({ id, label: id.toUpperCase(), value });

describe('topNWithOthers', () => {
  it('returns nothing for no rows', () => {
    expect(topNWithOthers([], 3, 'Others')).toEqual([]);
  });

  it('keeps every row, largest first, when there are fewer than n', () => {
    const rows = [row('a', 1), row('b', 5), row('c', 3)];
    expect(topNWithOthers(rows, 5, 'Others').map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('adds no others row when there are exactly n rows', () => {
    const rows = [row('a', 1), row('b', 2)];
    expect(topNWithOthers(rows, 2, 'Others')).toEqual([row('b', 2), row('a', 1)]);
  });

  it('folds the rest into one row with their sum and count', () => {
    const rows = [row('a', 10), row('b', 40), row('c', 20), row('d', 30), row('e', 5)];
    expect(topNWithOthers(rows, 2, '其他')).toEqual([
      row('b', 40),
      row('d', 30),
      { id: OTHERS_ID, label: '其他', value: 35, others: 3 },
    ]);
  });

  it('keeps input order among equal values, at the cut too', () => {
    const rows = [row('a', 7), row('b', 9), row('c', 7), row('d', 7)];
    const result = topNWithOthers(rows, 3, 'Others');
    expect(result.map((r) => r.id)).toEqual(['b', 'a', 'c', OTHERS_ID]);
    expect(result[3]).toMatchObject({ value: 7, others: 1 });
  });

  it('returns the kept rows themselves, with their extra fields', () => {
    const rows = [{ ...row('a', 1), kind: 'stated' as const }];
    const [first] = topNWithOthers(rows, 1);
    expect(first).toBe(rows[0]);
  });

  it('folds everything when n is 0, and leaves the label to the caller by default', () => {
    expect(topNWithOthers([row('a', 1), row('b', 2)], 0)).toEqual([{ id: OTHERS_ID, label: '', value: 3, others: 2 }]);
  });

  it('never sums to NaN: a value that is not a number ranks last and adds nothing', () => {
    const rows = [row('a', Number.NaN), row('b', 2), row('c', 1), row('d', 4)];
    const result = topNWithOthers(rows, 2, 'Others');
    expect(result.map((r) => r.id)).toEqual(['d', 'b', OTHERS_ID]);
    expect(result[2]).toEqual({ id: OTHERS_ID, label: 'Others', value: 1, others: 2 });
  });

  it('does not change its input', () => {
    const rows = [row('a', 1), row('b', 2), row('c', 3)];
    const copy = structuredClone(rows);
    topNWithOthers(rows, 1, 'Others');
    expect(rows).toEqual(copy);
  });

  it('rejects an n that is negative or not a whole number', () => {
    expect(() => topNWithOthers([row('a', 1)], -1)).toThrow(RangeError);
    expect(() => topNWithOthers([row('a', 1)], 1.5)).toThrow(RangeError);
    expect(() => topNWithOthers([row('a', 1)], Number.NaN)).toThrow(RangeError);
  });
});
