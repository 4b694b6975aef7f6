import { describe, expect, it } from 'vitest';
import { rawFixture } from '@/testing/fixtures';
import { DATASET_IDS } from '../api/get-dataset';
import { createDatasetFixtureSchema, parseOrThrow } from './dataset-schema';
import { roundHalfUp, runIntegrityChecks } from './integrity';
import { adminUnits } from './units';

const fixtureSchema = createDatasetFixtureSchema(new Set(adminUnits.map((u) => u.id)));

const all = DATASET_IDS.map(rawFixture);

describe('roundHalfUp', () => {
  it('rounds halves up and ignores binary noise', () => {
    expect(roundHalfUp(112.64 + 113.54, 2)).toBe(226.18);
    expect(roundHalfUp(96.185, 2)).toBe(96.19);
    expect(roundHalfUp(41.77, 0)).toBe(42);
    expect(roundHalfUp(96.48622, 2)).toBe(96.49);
  });
});

describe('runIntegrityChecks', () => {
  it('passes every check and derivation of the source document', () => {
    const results = runIntegrityChecks(all);
    expect(results.filter((r) => r.status !== 'pass').map((r) => r.message)).toEqual([]);
  });

  it('covers the relations the document implies', () => {
    const ids = runIntegrityChecks(all).map((r) => `${r.datasetId}:${r.id}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'divisions:villages-sum', // nine units' villages = 2,867
        'divisions:communities-sum', // communities = 292
        'divisions:total-sum', // 2,867 + 292 = 3,159
        'renovation:compounds-sum', // 2022 + 2023 = 2022–2023, for each measure
        'renovation:households-sum',
        'renovation:buildings-sum',
        'renovation:floor-area-sum',
        'renovation:investment-completed-rate', // 1.32 / 3.16 = 42%
        'rule-of-law:resolution-rate', // 10,098 / 10,499 = 96.2%
        'consultation:councils-rate', // 3,048 / 3,159 = 96.49%
        'consultation:derived.councils.base', // the inferred base equals the city total
        'divisions:derived.communities.taiqian',
      ]),
    );
  });

  it('states the rounding rule with the published decimals', () => {
    const rate = runIntegrityChecks(all).find((r) => r.id === 'resolution-rate')!;
    expect(rate.rule).toEqual({ kind: 'round-half-up', decimals: 1 });
    expect(rate.recomputed).toBeCloseTo((10098 / 10499) * 100, 10);
    expect(rate.rounded).toBe(rate.stated.value);
  });

  it('reports exactly the relation that fails in an inconsistent dataset', () => {
    const ruleOfLaw = rawFixture('rule-of-law');
    const resolved = ruleOfLaw.figures.find((f) => f.id === 'disputes.resolved')!;
    resolved.value = 10000;
    // Well-formed but inconsistent: the schema accepts it, so the audit can show it.
    expect(() => parseOrThrow(fixtureSchema, ruleOfLaw, 'rule-of-law')).not.toThrow();
    const failing = runIntegrityChecks([ruleOfLaw]).filter((r) => r.status === 'fail');
    expect(failing.map((r) => r.id)).toEqual(['resolution-rate']);
    expect(failing[0]!.message).toMatch(`recomputed 95.2 but rule-of-law:`);
    expect(failing[0]!.message).toMatch(`rule-of-law:${resolved.id} = 10000`);
  });

  it('flags every relation a changed county figure breaks, and only those', () => {
    const divisions = rawFixture('divisions');
    divisions.figures.find((f) => f.id === 'villages.hualong')!.value = 21;
    const failing = runIntegrityChecks([divisions]).filter((r) => r.status === 'fail');
    expect(failing.map((r) => r.id).sort()).toEqual([
      'derived.villages.gongyeyuanqu',
      'derived.villages.shifanqu',
      'villages-sum',
    ]);
  });

  it('leaves a check unresolved, never passed, when a cross-dataset input is missing', () => {
    const results = runIntegrityChecks([rawFixture('consultation')]);
    expect(results.find((r) => r.id === 'derived.councils.base')?.status).toBe('unresolved');
  });
});
