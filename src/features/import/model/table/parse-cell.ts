/**
 * Reads one cell of an imported table as a figure. People type figures into spreadsheets the way
 * they write them in prose: `10,499`, `１２３`, `约40`, `300余`, `不足5`, `96.2%`. A cell that is
 * still usable is read with a note that says how; one that is not is left out with a reason. The
 * caller turns either into a message naming the row and the column.
 */
import type { Qualifier } from '../extract-figures';
import { decimalsOf, parseArabicNumber, parseChineseNumeral, toHalfWidth } from '../numerals';

export type CellNote = 'qualifier' | 'percent' | 'separators' | 'full-width' | 'scale';
export type CellProblem = 'not-a-number' | 'range' | 'several-numbers';

export type CellReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; decimals: number; qualifier: Qualifier; notes: CellNote[] }
  | { kind: 'problem'; problem: CellProblem };

/** Words for "not stated" that a table puts where it has no figure. */
const NOT_STATED = /^(?:[-—–－/／]+|无|暂无|空|n\/?a|null|缺|\.{2,}|…+)$/i;

const BEFORE: readonly (readonly [RegExp, Qualifier])[] = [
  [/^(?:约|大约|近|将近|接近|~|≈|about|approx\.?|c\.)\s*/i, 'approx'],
  [/^(?:超过|逾|多于|>|＞|more than|over)\s*/i, 'more-than'],
  [/^(?:至少|不少于|>=|≥|at least)\s*/i, 'at-least'],
  [/^(?:不足|不到|少于|<|＜|less than|under)\s*/i, 'less-than'],
  [/^(?:至多|不超过|<=|≤|at most)\s*/i, 'at-most'],
];
const AFTER: readonly (readonly [RegExp, Qualifier])[] = [
  [/\s*(?:余|多|以上|\+)$/, 'more-than'],
  [/\s*(?:左右|上下)$/, 'approx'],
  [/\s*(?:以下|以内)$/, 'at-most'],
];

/** Reads a cell's text: a number (with how it was written) or the reason it is not one. */
export function parseCell(raw: string): CellReading {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '' || NOT_STATED.test(text)) return { kind: 'empty' };
  const notes = new Set<CellNote>();
  if (/[\uFF10-\uFF19\uFF0C\uFF0E]/.test(text)) notes.add('full-width');
  let rest = toHalfWidth(text);
  let qualifier: Qualifier = 'exact';
  for (const [pattern, q] of BEFORE)
    if (pattern.test(rest)) {
      rest = rest.replace(pattern, '');
      qualifier = q;
      break;
    }
  for (const [pattern, q] of AFTER)
    if (pattern.test(rest)) {
      rest = rest.replace(pattern, '');
      if (qualifier === 'exact') qualifier = q;
      break;
    }
  if (qualifier !== 'exact') notes.add('qualifier');
  if (/[%％]$/.test(rest)) notes.add('percent');
  if (/\d[,\u00A0 ]\d{3}/.test(rest)) notes.add('separators');
  if (/^\d+(?:\.\d+)?\s*[-~～至到—–]\s*\d+(?:\.\d+)?$/.test(rest)) return { kind: 'problem', problem: 'range' };
  if (/\d\s*[、;；]\s*\d/.test(rest)) return { kind: 'problem', problem: 'several-numbers' };
  // 1.2万 in a cell: the scale is applied, and said.
  const scaled = /^(.*\d)\s*(万|亿)$/.exec(rest);
  const scale = scaled ? (scaled[2] === '万' ? 1e4 : 1e8) : 1;
  if (scaled?.[1] !== undefined) {
    rest = scaled[1];
    notes.add('scale');
  }
  const arabic = parseArabicNumber(rest);
  const value =
    arabic ?? (/^[零〇一二两三四五六七八九十百千万亿]+$/.test(rest) ? parseChineseNumeral(rest) : undefined);
  if (value === undefined) return { kind: 'problem', problem: 'not-a-number' };
  const decimals = arabic === undefined ? 0 : Math.max(0, decimalsOf(rest) - Math.log10(scale));
  return { kind: 'number', value: Number((value * scale).toFixed(decimals)), decimals, qualifier, notes: [...notes] };
}

/**
 * `parseCell` with the readings kept: a table repeats the same texts (0, 1, 12 …) thousands of
 * times, and the importer reads every cell twice (its column's type, then its figure).
 */
export function cellReader(): (raw: string) => CellReading {
  const seen = new Map<string, CellReading>();
  return (raw) => {
    let reading = seen.get(raw);
    if (reading === undefined) {
      reading = parseCell(raw);
      seen.set(raw, reading);
    }
    return reading;
  };
}
