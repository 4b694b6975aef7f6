import { describe, expect, it } from 'vitest';
import { adminUnits } from '@/data/model/units';
import { datasetPayload } from '@/testing/fixtures';
import { compareWithNbs } from './compare';
import { puyangNbs } from '@/data/model/nbs-puyang';

const comparison = compareWithNbs(datasetPayload('divisions'), adminUnits, puyangNbs);
const row = (id: string) => comparison.rows.find((r) => r.id === id)!;

describe('compareWithNbs', () => {
  it('finds 华龙区 20 villages and 148 communities on both sides', () => {
    const hualong = row('hualong');
    expect([hualong.villages.reply?.value, hualong.villages.nbs, hualong.villages.status]).toEqual([20, 20, 'same']);
    expect([hualong.communities.reply?.value, hualong.communities.nbs, hualong.communities.status]).toEqual([
      148,
      148,
      'same',
    ]);
  });

  it('says a unit without its own NBS code has none, instead of counting 0', () => {
    const zone = row('shifanqu');
    expect(zone.code).toBeUndefined();
    expect(zone.counts).toBeUndefined();
    expect(zone.communities).toMatchObject({ nbs: undefined, difference: undefined, status: 'nbs-missing' });
  });

  it('keeps "similar" committees apart, and notes when counting them makes the figures agree', () => {
    const qingfeng = row('qingfeng');
    expect(qingfeng.communities.status).toBe('different');
    expect(qingfeng.counts?.residentsLike).toBeGreaterThan(0);
    expect(qingfeng.matchesWithSimilar).toBe(true);
    expect(row('hualong').matchesWithSimilar).toBe(false);
  });

  it('gives the difference as reply minus NBS, and matches every NBS unit of Puyang', () => {
    const county = row('puyang-county');
    expect(county.villages.difference).toBe(county.villages.reply!.value - county.villages.nbs!);
    expect(comparison.unmatched).toEqual([]);
    expect(comparison.totals.reply).toEqual({ villages: 2867, communities: 292 });
  });
});
