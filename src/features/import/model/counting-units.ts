/**
 * The counting units and measure words a figure in a Chinese document ends with, in both
 * languages. `base` names the dataset unit of measure where the format has one; 万 and 亿 before a
 * unit are a scale, so 1.2万人 is 1.2 × 10,000 people and 3.16亿元 is 3.16 × 100 million yuan.
 */
export interface CountingUnit {
  /** As written after the number: 个, 万平方米, 个百分点. */
  zh: string;
  /** Its English label: "count", "10,000 m²", "percentage points". */
  en: string;
  /** The unit without its scale: 平方米 / m² for 万平方米. */
  baseZh: string;
  baseEn: string;
  /** An id for the unit without its scale (`square-meter`), matching the dataset format where it has one. */
  base: string;
  /** How many base units one of it is: 10,000 for 万平方米. */
  scale: number;
}

/** Base units: Chinese, id, English. Longest first is not needed here; `matchCountingUnit` sorts. */
const BASES: readonly (readonly [string, string, string])[] = [
  ['个', 'item', 'count'],
  ['户', 'household', 'households'],
  ['栋', 'building', 'buildings'],
  ['幢', 'building', 'buildings'],
  ['座', 'structure', 'structures'],
  ['起', 'case', 'cases'],
  ['件', 'case', 'cases'],
  ['宗', 'case', 'cases'],
  ['人次', 'person-time', 'person-times'],
  ['次', 'session', 'times'],
  ['场', 'event', 'events'],
  ['名', 'member', 'members'],
  ['人', 'person', 'people'],
  ['位', 'person', 'people'],
  ['套', 'set', 'sets'],
  ['台', 'machine', 'units'],
  ['片', 'plot', 'plots'],
  ['家', 'organisation', 'organisations'],
  ['所', 'institution', 'institutions'],
  ['处', 'site', 'sites'],
  ['条', 'line', 'lines'],
  ['项', 'project', 'projects'],
  ['支', 'team', 'teams'],
  ['间', 'room', 'rooms'],
  ['张', 'sheet', 'sheets'],
  ['辆', 'vehicle', 'vehicles'],
  ['份', 'copy', 'copies'],
  ['册', 'volume', 'volumes'],
  ['亩', 'mu', 'mu'],
  ['公顷', 'hectare', 'ha'],
  ['吨', 'tonne', 't'],
  ['平方公里', 'square-kilometer', 'km²'],
  ['平方千米', 'square-kilometer', 'km²'],
  ['平方米', 'square-meter', 'm²'],
  ['公里', 'kilometer', 'km'],
  ['千米', 'kilometer', 'km'],
  ['米', 'meter', 'm'],
  ['元', 'yuan', 'yuan'],
  ['倍', 'times', 'times'],
];

/** The dataset format's ids for a scaled unit (10k-square-meter, 100m-yuan). */
const SCALE_PREFIX: Readonly<Record<string, readonly [number, string, string]>> = {
  万: [1e4, '10k-', '10,000'],
  亿: [1e8, '100m-', '100 million'],
};

function scaled(prefix: string, [zh, base, en]: readonly [string, string, string]): CountingUnit {
  const scale = SCALE_PREFIX[prefix];
  if (!scale) return { zh, en, baseZh: zh, baseEn: en, base, scale: 1 };
  return { zh: prefix + zh, en: `${scale[2]} ${en}`, baseZh: zh, baseEn: en, base, scale: scale[0] };
}

const PERCENT: CountingUnit = { zh: '%', en: '%', baseZh: '%', baseEn: '%', base: 'percent', scale: 1 };
/** A bare 万 or 亿 after a number (1.2万): a scale with nothing counted named. */
const BARE_SCALES: readonly CountingUnit[] = [
  { zh: '万', en: '10,000', baseZh: '', baseEn: '', base: 'number', scale: 1e4 },
  { zh: '亿', en: '100 million', baseZh: '', baseEn: '', base: 'number', scale: 1e8 },
];
const POINTS: CountingUnit = {
  zh: '个百分点',
  en: 'percentage points',
  baseZh: '个百分点',
  baseEn: 'percentage points',
  base: 'percentage-point',
  scale: 1,
};

/** Every written form, longest first, so 万平方米 wins over 万 and 平方米 over 米. */
const FORMS: readonly CountingUnit[] = [
  PERCENT,
  { ...PERCENT, zh: '％' },
  POINTS,
  { ...POINTS, zh: '百分点' },
  ...BASES.flatMap((b) => [scaled('', b), scaled('万', b), scaled('亿', b)]),
  ...BARE_SCALES,
].sort((a, b) => b.zh.length - a.zh.length);

/** The unit written at the start of `text`, if any: `万平方米，其中` → 万平方米. */
export function matchCountingUnit(text: string): CountingUnit | undefined {
  return FORMS.find((u) => text.startsWith(u.zh));
}

/** The dataset format's id for a unit: `10k-square-meter`, `100m-yuan`, `percent`, `item`. */
export function unitId(unit: CountingUnit): string {
  const prefix = Object.values(SCALE_PREFIX).find(([scale]) => scale === unit.scale)?.[1] ?? '';
  return `${prefix}${unit.base}`;
}

/** The units a reader can choose for a column, without scale: %, 个百分点, then 个, 户, 栋 … */
export const BASE_UNIT_CHOICES: readonly string[] = [PERCENT.zh, POINTS.zh, ...new Set(BASES.map(([zh]) => zh))];
/** The scales a column's unit can carry: none, 万, 亿. */
export const SCALE_CHOICES: readonly string[] = ['', ...Object.keys(SCALE_PREFIX)];

/** A chosen base unit with a chosen scale (人 with 万 → 万人); undefined if the pair is not a unit. */
export function countingUnitOf(base: string, scale: string): CountingUnit | undefined {
  const unit = matchCountingUnit(scale + base);
  return unit && unit.zh === scale + base ? unit : undefined;
}
