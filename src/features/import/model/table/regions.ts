/**
 * Matches the place names of an imported table to county-level division codes for all of China
 * (the NBS 2023 file the NBS page already uses). People write 范县人民政府, 濮阳市华龙区, 华龙 or
 * 开发区 for one unit; names repeat across provinces (鼓楼区 is in four cities), so the city most
 * of the table's names belong to settles a repeated name, and a name it cannot settle is asked
 * about. A name with no code (示范区) says so. The reader's own spelling is always kept.
 */
import type { NbsChina } from '@/data/model/nbs-schema';
import { toHalfWidth } from '../numerals';

export interface RegionCandidate {
  code: string;
  name: string;
  en: string;
  city: string;
  cityCode: string;
  province: string;
}

export type RegionMatch =
  | { status: 'matched'; candidate: RegionCandidate; chosen?: boolean }
  | { status: 'ambiguous'; candidates: RegionCandidate[] }
  | { status: 'none'; chosen?: boolean };

export interface RegionIndex {
  forms: Map<string, RegionCandidate[]>;
  byCode: Map<string, RegionCandidate>;
  /** City names without their type (濮阳 for 濮阳市), longest first: a prefix to strip. */
  cityStems: string[];
}

const TYPE_SUFFIX = /(?:自治县|自治旗|特区|林区|新区|区|县|市|旗)$/;
const OFFICE_SUFFIX = /(?:人民政府|政府|管理委员会|管委会|党委|办事处)$/;
/** Long forms of zone names and what people shorten them to. */
const ZONE_SHORT: readonly (readonly [RegExp, string])[] = [
  [/经济技术开发区$/, '开发区'],
  [/经济技术开发区$/, '经开区'],
  [/高新技术产业开发区$/, '高新区'],
  [/高新技术开发区$/, '高新区'],
  [/工业园区$/, '工业园区'],
];

const stemOf = (name: string) => {
  const stem = name.replace(TYPE_SUFFIX, '');
  return stem.length >= 2 && stem !== name ? stem : undefined;
};

/** A place name as typed, made comparable: half-width, no spaces, no 人民政府. */
export function normalisePlace(name: string): string {
  return toHalfWidth(name)
    .replace(/\s+/g, '')
    .replace(/[（(].*?[)）]$/, '')
    .replace(OFFICE_SUFFIX, '');
}

export function buildRegionIndex(china: NbsChina): RegionIndex {
  const forms = new Map<string, RegionCandidate[]>();
  const byCode = new Map<string, RegionCandidate>();
  const add = (form: string | undefined, c: RegionCandidate) => {
    if (!form) return;
    const list = forms.get(form) ?? [];
    if (!list.includes(c)) list.push(c);
    forms.set(form, list);
  };
  const stems = new Set<string>();
  for (const city of china.cities) {
    const cityName = city.name.replace(/（.*）$/, '');
    const cityStem = stemOf(cityName) ?? cityName;
    const provinceStem = city.province.zh.replace(/(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '');
    stems.add(cityName).add(cityStem).add(city.province.zh).add(provinceStem);
    for (const [code, name, en] of city.counties) {
      const c: RegionCandidate = {
        code,
        name,
        en,
        city: cityName,
        cityCode: city.code,
        province: city.province.zh,
      };
      byCode.set(code, c);
      add(name, c);
      add(stemOf(name), c);
      // 濮阳经济技术开发区 is written 经济技术开发区 or 开发区 inside its city.
      const local = [provinceStem, cityStem].reduce((n, p) => (n.startsWith(p) ? n.slice(p.length) : n), name);
      if (local !== name && local.length >= 2) add(local, c);
      for (const [long, short] of ZONE_SHORT) if (long.test(name)) add(short, c);
    }
  }
  return { forms, byCode, cityStems: [...stems].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length) };
}

/** Every unit a name could be: as written, without its type, or with its city or province in front. */
export function candidatesFor(index: RegionIndex, written: string): RegionCandidate[] {
  let name = normalisePlace(written);
  const found = new Map<string, RegionCandidate>();
  for (let i = 0; i < 3 && name.length >= 2; i += 1) {
    // The name as written wins over its stem: 朝阳区 is not also 朝阳县.
    for (const form of [name, stemOf(name)]) {
      for (const c of (form && index.forms.get(form)) || []) found.set(c.code, c);
      if (found.size > 0) break;
    }
    if (found.size > 0) break;
    const prefix = index.cityStems.find((s) => name.startsWith(s) && name.length > s.length);
    if (!prefix) break;
    name = name.slice(prefix.length);
  }
  return [...found.values()];
}

/**
 * Matches every name. When most names can belong to one city, that city decides between repeated
 * names, and a name found only in other cities is asked about rather than guessed; a name that
 * is still not one unit is ambiguous (the reader chooses). `chosen` are the reader's answers by
 * name as written (a code, or '' for "no code").
 */
export function matchRegions(
  index: RegionIndex,
  names: readonly string[],
  chosen: Readonly<Record<string, string>> = {},
): { cityCode?: string; matches: RegionMatch[] } {
  const all = names.map((n) => candidatesFor(index, n));
  const tally = new Map<string, number>();
  for (const list of all)
    for (const city of new Set(list.map((c) => c.cityCode))) tally.set(city, (tally.get(city) ?? 0) + 1);
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  // A table of one city's units: most of its names are in one city.
  const cityCode = top && top[1] >= 2 && top[1] > names.length / 2 ? top[0] : undefined;
  const matches = names.map((name, i): RegionMatch => {
    const answer = chosen[name];
    if (answer === '') return { status: 'none', chosen: true };
    const picked = answer === undefined ? undefined : index.byCode.get(answer);
    if (picked) return { status: 'matched', candidate: picked, chosen: true };
    const list = all[i] ?? [];
    const local = cityCode ? list.filter((c) => c.cityCode === cityCode) : list;
    const only = local[0];
    if (local.length === 1 && only) return { status: 'matched', candidate: only };
    // More than one, or (in one city's table) only units of other cities: the reader says which.
    if (list.length > 0) return { status: 'ambiguous', candidates: local.length > 1 ? local : list };
    return { status: 'none' };
  });
  return { ...(cityCode ? { cityCode } : {}), matches };
}
