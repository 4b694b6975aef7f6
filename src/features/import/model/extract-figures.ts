/**
 * Finds the figures a Chinese government document states and proposes each one, with the
 * sentence it stands in, for a person to review. Rules, not a model: every proposal says what it
 * read (value, unit, qualifier, plan or actual, as-of date, period, place, section), and nothing
 * here decides what is kept.
 *
 * What is not a figure: a number without a counting unit or a percent sign (dates, document and
 * proposal numbers, section numbers, telephone numbers, programme names such as "12341"), an
 * ordinal (第二批), a session designation (九届一次会议), and anything inside quotation marks or
 * a title (“两个保障”, 《“十四五”规划》), which in official prose are slogans and names.
 */
import { unifyRadicals } from './cjk-radicals';
import { matchCountingUnit, unitId, type CountingUnit } from './counting-units';
import { CHINESE_NUMERAL_CHARS, decimalsOf, parseArabicNumber, parseChineseNumeral } from './numerals';

export type Qualifier = 'exact' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'approx';
export type FigureStatus = 'actual' | 'plan' | 'forecast';

/** A place the extractor can name: a county-level unit, with its division code where it has one. */
export interface KnownPlace {
  name: string;
  code?: string;
}

export interface ProposedFigure {
  /** Stable within one extraction: `f1`, `f2`, … in reading order. */
  id: string;
  value: number;
  /** Decimals as written: 226.18 → 2. */
  decimals: number;
  /** The figure as written, with its qualifier and unit: 近1200余次. */
  raw: string;
  /** Offsets of `raw` in the text. */
  start: number;
  end: number;
  unit: CountingUnit;
  /** The dataset format's unit id: `item`, `10k-square-meter`, `percent`. */
  unitId: string;
  qualifier: Qualifier;
  status: FigureStatus;
  /** 增加 / 下降 just before the number: the figure is a change. */
  change?: 'increase' | 'decrease';
  /** The date the figure stands at (截至6月30日 → 2023-06-30), resolved against the document's date. */
  asOf?: string;
  /** The year or years it covers: `2022`, `2022-2023`. */
  period?: string;
  /** The document's section: `1.2.3`. */
  section?: string;
  /** The place it is for, as written (濮阳县, 全市), and its code when the place is known. */
  place?: string;
  placeCode?: string;
  /** What is counted, as the text says it: 村, 化解率, 开展城乡协商议事. */
  label: string;
  /** The whole sentence and where it starts in the text. */
  sentence: string;
  sentenceStart: number;
}

export interface Extraction {
  /** The document's own date (its signature line), or the one given. */
  documentDate?: string;
  figures: ProposedFigure[];
}

export interface ExtractOptions {
  /** The document's date, YYYY-MM-DD; found from its signature line when not given. */
  documentDate?: string;
  /** Places to recognise by name; names ending in 县, 市, 区 or 旗 right before a number are recognised anyway. */
  places?: readonly KnownPlace[];
}

const ARABIC = String.raw`[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?`;
const NUMBER = new RegExp(`(${ARABIC})|([${CHINESE_NUMERAL_CHARS}]+)`, 'g');
const SENTENCE_END = /[。！？!?]/;
const CLAUSE_BREAK = /[，；：,;:]/;
/** Lines that are the document's furniture (distribution list, keywords), not its content. */
const FURNITURE = /^\s*(抄送|主送|主题词|印发|联系人|联系电话|附件[:：\d])/;
const OPENING: Readonly<Record<string, string>> = { '《': '》', '〔': '〕', '[': ']', '【': '】' };
const QUOTE_MARKS = '“”"「」';

const QUALIFIERS_BEFORE: readonly (readonly [string, Qualifier])[] = [
  ['将近', 'approx'],
  ['接近', 'approx'],
  ['大约', 'approx'],
  ['约为', 'approx'],
  ['近', 'approx'],
  ['约', 'approx'],
  ['超过', 'more-than'],
  ['逾', 'more-than'],
  ['至少', 'at-least'],
  ['不少于', 'at-least'],
  ['不足', 'less-than'],
  ['不到', 'less-than'],
  ['少于', 'less-than'],
];
const QUALIFIERS_AFTER: readonly (readonly [string, Qualifier])[] = [
  ['左右', 'approx'],
  ['以上', 'at-least'],
  ['以下', 'at-most'],
  ['以内', 'at-most'],
];
const STATUS_MARKERS: readonly (readonly [string, FigureStatus])[] = [
  ['计划', 'plan'],
  ['目标', 'plan'],
  ['力争', 'plan'],
  ['争取', 'plan'],
  ['预计', 'forecast'],
  ['预期', 'forecast'],
  ['已', 'actual'],
  ['累计', 'actual'],
  ['共计', 'actual'],
];
const CHANGE_MARKERS: readonly (readonly [RegExp, 'increase' | 'decrease'])[] = [
  [/(增加|增长|提高|上升|提升)了?$/, 'increase'],
  [/(减少|下降|降低|回落)了?$/, 'decrease'],
];
/** Words at the edge of a label that say nothing about what is counted. */
const LABEL_NOISE =
  /^(其中|共有|共计|共|累计|全市|我市|有|为|达到|达|是)+|(达到|达|为|是|共|共计|累计|约|近|超过|不足|共有)+$/g;
/** Names that end like a place but are not one. */
const NOT_PLACES = /(社区|小区|城区|辖区|园区|景区|片区|街区|管区|学区)$/;
const WHOLE_SCOPE = /^(全市|全县|全区|全省)/;
const GENERIC_PLACE = /^([\u4e00-\u9fa5]{1,6}?(?:县|市|区|旗))$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function numberFrom(text: string): number | undefined {
  return /^[0-9０-９]/.test(text) ? parseArabicNumber(text) : parseChineseNumeral(text);
}

/** A date written in full (2023年7月26日, 二〇二三年七月二十六日) to YYYY-MM-DD. */
function fullDate(text: string): string | undefined {
  const match = new RegExp(
    `^\\s*([0-9]{4}|[${CHINESE_NUMERAL_CHARS}]{4})年([0-9]{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,3})月([0-9]{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,3})日\\s*$`,
  ).exec(text);
  if (!match) return undefined;
  const [y, m, d] = [match[1], match[2], match[3]].map((part) => (part ? numberFrom(part) : undefined));
  if (y === undefined || m === undefined || d === undefined || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The as-of date a sentence gives its figures: 截至6月30日, 截止2023年6月底, 年底, 今年以来. */
function asOfIn(sentence: string, documentDate: string | undefined): string | undefined {
  const docYear = documentDate ? Number(documentDate.slice(0, 4)) : undefined;
  const cutoff = /(?:截至|截止|截止到|到)(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|底|末)/.exec(sentence);
  if (cutoff) {
    const year = cutoff[1] ? Number(cutoff[1]) : docYear;
    const month = Number(cutoff[2]);
    if (year === undefined || month < 1 || month > 12) return undefined;
    const day = cutoff[3] ? Number(cutoff[3]) : lastDayOf(year, month);
    return day >= 1 && day <= lastDayOf(year, month) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
  }
  const yearEnd = /(?:(\d{4})年|今年|去年)(?:底|末)/.exec(sentence);
  if (yearEnd) {
    const year = yearEnd[1]
      ? Number(yearEnd[1])
      : docYear !== undefined
        ? docYear - (yearEnd[0].startsWith('去') ? 1 : 0)
        : undefined;
    return year === undefined ? undefined : `${year}-12-31`;
  }
  if (/今年以来|截至目前|截止目前/.test(sentence)) return documentDate;
  return undefined;
}

/** Years written before `at` in the sentence, nearest first: 2022至2023年 → 2022-2023, 22年 → 2022. */
function periodBefore(sentence: string, at: number, documentDate: string | undefined): string | undefined {
  const before = sentence.slice(0, at);
  const docYear = documentDate ? Number(documentDate.slice(0, 4)) : undefined;
  const pattern =
    /(\d{4})(?:年)?\s*(?:至|到|—|-|－|~|～)\s*(\d{4})年|(?<![\d.])(\d{4}|\d{2})年(?!\d{0,2}月)(?:度)?|(今年|去年|明年)(?!底|末|以来)/g;
  let found: string | undefined;
  for (const match of before.matchAll(pattern)) {
    if (match[1] && match[2]) found = `${match[1]}-${match[2]}`;
    else if (match[3]) {
      const short = Number(match[3]);
      found = String(match[3].length === 2 ? 2000 + short : short);
    } else if (match[4] && docYear !== undefined)
      found = String(docYear + (match[4] === '去年' ? -1 : match[4] === '明年' ? 1 : 0));
  }
  return found;
}

/** The status marker nearest before `at`: 计划 → plan, 预计 → forecast, 已 → actual. */
function statusBefore(sentence: string, at: number): FigureStatus {
  // 拟 alone is a plan (拟建); in 模拟, 虚拟 or 草拟 it is not.
  const before = sentence.slice(0, at).replace(/(?<![模虚草])拟/g, '计划');
  let best: FigureStatus = 'actual';
  let bestAt = -1;
  for (const [marker, status] of STATUS_MARKERS) {
    const index = before.lastIndexOf(marker);
    if (index > bestAt) {
      bestAt = index;
      best = status;
    }
  }
  return best;
}

/** Which characters of a sentence are inside quotation marks, a title or brackets. */
function quotedMask(sentence: string): boolean[] {
  const mask: boolean[] = [];
  let inQuote = false;
  const closers: string[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charAt(i);
    const opening = OPENING[c];
    if (opening !== undefined) closers.push(opening);
    // Curly quotes toggle, so a stray ” used as an opening mark (as in ”12341”) still pairs.
    if (QUOTE_MARKS.includes(c)) inQuote = !inQuote;
    mask.push(inQuote || closers.length > 0);
    if (closers.length > 0 && c === closers[closers.length - 1]) closers.pop();
  }
  return mask;
}

class PlaceFinder {
  private readonly byName = new Map<string, KnownPlace>();
  private readonly names: string[];

  constructor(places: readonly KnownPlace[]) {
    for (const place of places) if (place.name.length > 1) this.byName.set(place.name, place);
    this.names = [...this.byName.keys()].sort((a, b) => b.length - a.length);
  }

  /** A known place name that starts at `text`'s start. */
  knownAt(text: string): KnownPlace | undefined {
    const name = this.names.find((n) => text.startsWith(n));
    return name === undefined ? undefined : this.byName.get(name);
  }

  /** The place a clause names right before a number (濮阳县980个村), known or not. */
  headOf(clauseBeforeNumber: string): KnownPlace | undefined {
    const known = this.byName.get(clauseBeforeNumber);
    if (known) return known;
    if (GENERIC_PLACE.test(clauseBeforeNumber) && !NOT_PLACES.test(clauseBeforeNumber))
      return { name: clauseBeforeNumber };
    return undefined;
  }
}

function cleanLabel(text: string): string {
  return text
    .replace(/[、，；：,;:\s“”"]+$/g, '')
    .replace(/^[、，；：,;:\s]+/g, '')
    .replace(LABEL_NOISE, '')
    .trim();
}

interface Line {
  text: string;
  start: number;
  section?: string;
  furniture: boolean;
}

/** Splits the text into lines, each with the section it is in (1、 → 1; （一） → 1.1; 1. → 1.1.1). */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const path: number[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    const top = new RegExp(`^([${CHINESE_NUMERAL_CHARS}]{1,3}|\\d{1,2})[、，]`).exec(trimmed);
    const second = new RegExp(`^[（(]([${CHINESE_NUMERAL_CHARS}]{1,3})[）)]`).exec(trimmed);
    const third = /^(\d{1,2})[.．](?!\d)/.exec(trimmed);
    const level = (depth: number, n: number | undefined) => {
      if (n === undefined || n < 1) return;
      path.length = Math.min(path.length, depth);
      while (path.length < depth) path.push(1);
      path.push(n);
    };
    if (top?.[1]) level(0, numberFrom(top[1]));
    else if (second?.[1]) level(1, numberFrom(second[1]));
    else if (third?.[1]) level(2, Number(third[1]));
    lines.push({
      text: raw,
      start: offset,
      section: path.length > 0 ? path.join('.') : undefined,
      furniture: FURNITURE.test(raw),
    });
    offset += raw.length + 1;
  }
  return lines;
}

/** The document's date: the last line that is a full date and nothing else (its signature). */
export function findDocumentDate(text: string): string | undefined {
  let found: string | undefined;
  for (const line of text.split('\n')) found = fullDate(line) ?? found;
  return found;
}

function qualifierAround(before: string, between: string, after: string): Qualifier {
  const leading = QUALIFIERS_BEFORE.find(([word]) => before.endsWith(word))?.[1];
  // 近1200余次 reads "nearly 1,200": the leading word wins over 余.
  if (leading) return leading;
  if (/^[余多]/.test(between)) return 'more-than';
  const trailing = QUALIFIERS_AFTER.find(([word]) => after.startsWith(word))?.[1];
  return trailing ?? 'exact';
}

/**
 * Traditional characters the rules read, each to its simplified form. One character for one, so
 * offsets into the normalised text are offsets into the original.
 */
const SIMPLIFIED: Readonly<Record<string, string>> = {
  萬: '万',
  億: '亿',
  兩: '两',
  個: '个',
  戶: '户',
  棟: '栋',
  項: '项',
  場: '场',
  張: '张',
  輛: '辆',
  間: '间',
  處: '处',
  條: '条',
  臺: '台',
  噸: '吨',
  畝: '亩',
  計: '计',
  劃: '划',
  預: '预',
  餘: '余',
  約: '约',
  達: '达',
  區: '区',
  縣: '县',
  鄉: '乡',
  鎮: '镇',
  為: '为',
  擬: '拟',
  標: '标',
  爭: '争',
};

const TRADITIONAL = new RegExp(`[${Object.keys(SIMPLIFIED).join('')}]`, 'g');

function toSimplified(text: string): string {
  return text.replace(TRADITIONAL, (c) => SIMPLIFIED[c] ?? c);
}

/**
 * Proposes every figure of a document's text. Never throws: text that holds no figure gives an
 * empty list. Traditional characters are read as their simplified forms, and radicals copied out
 * of a PDF (⼯, ⺠) as their characters; `raw` and `sentence`
 * stay as the text writes them.
 */
export function extractFigures(original: string, options: ExtractOptions = {}): Extraction {
  const text = toSimplified(unifyRadicals(original));
  const documentDate = options.documentDate ?? findDocumentDate(text);
  const places = new PlaceFinder(options.places ?? []);
  const figures: ProposedFigure[] = [];

  for (const line of linesOf(text)) {
    if (line.furniture) continue;
    let sentenceStart = 0;
    const parts = line.text.split(new RegExp(`(?<=${SENTENCE_END.source})`));
    for (const sentence of parts) {
      const absoluteStart = line.start + sentenceStart;
      sentenceStart += sentence.length;
      if (!/[0-9０-９一二两三四五六七八九十百千]/.test(sentence)) continue;
      extractFromSentence(sentence, absoluteStart, line.section, documentDate, places, figures);
    }
  }
  if (text === original) return { documentDate, figures };
  return {
    documentDate,
    figures: figures.map((f) => ({
      ...f,
      raw: original.slice(f.start, f.end),
      sentence: original.slice(f.sentenceStart, f.sentenceStart + f.sentence.length),
    })),
  };
}

function extractFromSentence(
  sentence: string,
  sentenceStart: number,
  section: string | undefined,
  documentDate: string | undefined,
  places: PlaceFinder,
  out: ProposedFigure[],
): void {
  const quoted = quotedMask(sentence);
  const asOf = asOfIn(sentence, documentDate);
  const found: ProposedFigure[] = [];
  let place: KnownPlace | undefined;
  let clauseStart = 0;
  let previousEnd = 0;

  // Places at the start of a clause (华龙区积极探索…, 全市共有…) are the subject of what follows.
  const subjects: [number, KnownPlace][] = [];
  for (let i = 0; i < sentence.length; i++) {
    if (i !== 0 && !CLAUSE_BREAK.test(sentence.charAt(i - 1))) continue;
    const scope = WHOLE_SCOPE.exec(sentence.slice(i))?.[1];
    const known = scope ? { name: scope } : places.knownAt(sentence.slice(i));
    if (!known) continue;
    const clauseEnd = sentence.slice(i).search(CLAUSE_BREAK);
    const clause = sentence.slice(i, clauseEnd < 0 ? undefined : i + clauseEnd);
    // 华龙区玉兰社区、经开区安康社区等15个: a list of examples, not a subject.
    if (!clause.includes('等')) subjects.push([i, known]);
  }
  let placeSetAt = -1;

  NUMBER.lastIndex = 0;
  for (const match of sentence.matchAll(NUMBER)) {
    const written = match[0];
    const at = match.index;
    const isChinese = match[2] !== undefined;
    for (const [index, subject] of subjects)
      if (index <= at && index > placeSetAt) {
        place = subject;
        placeSetAt = index;
      }
    for (let i = clauseStart; i < at; i++) if (CLAUSE_BREAK.test(sentence.charAt(i))) clauseStart = i + 1;

    // The cheap refusals first: most runs of numeral characters in a text are words (统一, 千家万户).
    if (quoted[at]) continue;
    // 百, 千家万户: a Chinese numeral needs a digit (or is 十) to be a count.
    if (isChinese && !/[零〇一二两三四五六七八九]/.test(written) && written !== '十') continue;
    const value = numberFrom(written);
    if (value === undefined) continue;
    const before = sentence.slice(0, at);
    if (/[第届A-Za-z\-－_/]$/.test(before) || /^[-－]\d/.test(sentence.slice(at + written.length))) continue;
    if (!isChinese && /^0\d/.test(written)) continue; // 0393: an area code, not a count
    // 百分之九十六 is a percent written out.
    const percentWord = isChinese && before.endsWith('百分之');
    let cursor = at + written.length;
    const between = /^[余多]/.exec(sentence.slice(cursor))?.[0] ?? '';
    cursor += between.length;
    const unit = percentWord ? matchCountingUnit('%') : matchCountingUnit(sentence.slice(cursor));
    if (!unit) continue;
    // 一个, 一次性, 一批: 一 on its own is idiom far more often than a count.
    if (isChinese && (written === '一' || value === 0)) continue;
    if (isChinese && /^次(会议|全会|性)/.test(sentence.slice(cursor))) continue;
    const unitEnd = percentWord ? cursor : cursor + unit.zh.length;
    const after = sentence.slice(unitEnd);
    const qualifier = qualifierAround(before, between, after);
    const trailing = QUALIFIERS_AFTER.find(([word]) => after.startsWith(word));
    const rawStart = percentWord ? at - 3 : at - (QUALIFIERS_BEFORE.find(([w]) => before.endsWith(w))?.[0].length ?? 0);
    const rawEnd = unitEnd + (trailing ? trailing[0].length : 0);

    // A place right before the number heads a list: 濮阳县980个村，34个社区；清丰县503个村…
    const clauseBefore = sentence.slice(Math.max(clauseStart, previousEnd), at);
    const head = places.headOf(clauseBefore.trim());
    if (head) {
      place = head;
      placeSetAt = at;
    }
    const where = place;

    const afterLabel = /^[\u4e00-\u9fa5（）()]{1,8}?(?=[，；。、：,;:]|$)/.exec(
      after.replace(/^(左右|以上|以下|以内)/, ''),
    )?.[0];
    const beforeLabel = cleanLabel(head ? '' : clauseBefore.replace(/[近约余多]$/, ''));
    let label = afterLabel && afterLabel.length <= 8 ? cleanLabel(afterLabel) : beforeLabel;
    if (!label) label = beforeLabel || (found[found.length - 1]?.label ?? '');
    const change = CHANGE_MARKERS.find(([pattern]) => pattern.test(before))?.[1];

    found.push({
      id: '',
      value,
      decimals: isChinese ? 0 : decimalsOf(written),
      raw: sentence.slice(rawStart, rawEnd),
      start: sentenceStart + rawStart,
      end: sentenceStart + rawEnd,
      unit,
      unitId: unitId(unit),
      qualifier,
      status: statusBefore(sentence, at),
      ...(change ? { change } : {}),
      ...(asOf ? { asOf } : {}),
      ...optional('period', periodBefore(sentence, at, documentDate)),
      ...optional('section', section),
      ...optional('place', where?.name),
      ...optional('placeCode', where?.code),
      label,
      sentence,
      sentenceStart,
    });
    previousEnd = rawEnd;
  }
  pairRespectively(sentence, found);
  for (const figure of found) out.push({ ...figure, id: `f${out.length + 1}` });
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** 城市和农村社区覆盖率分别为97.5%、94.6%: gives each figure its own name from the list before 分别. */
function pairRespectively(sentence: string, found: ProposedFigure[]): void {
  for (const match of sentence.matchAll(/分别(?:为|是|达到|达)?/g)) {
    const clauseStart = Math.max(
      ...[...sentence.slice(0, match.index).matchAll(/[，；：,;:]/g)].map((m) => m.index + 1),
      0,
    );
    const names = sentence
      .slice(clauseStart, match.index)
      .split(/[、和与及]/)
      .map((n) => n.trim())
      .filter(Boolean);
    const nextBreak = sentence.slice(match.index).search(/[，；。,;]/);
    const clauseEnd = nextBreak < 0 ? sentence.length : match.index + nextBreak;
    const listed = found.filter((f) => {
      const at = f.start - f.sentenceStart;
      return at > match.index && at < clauseEnd;
    });
    if (listed.length < 2 || names.length < listed.length) continue;
    const tail = names.slice(names.length - listed.length);
    listed.forEach((f, i) => {
      f.label = tail[i] ?? f.label;
    });
  }
}
