/**
 * Finds every extracted figure in the source text: the sentence it was quoted from and, for a
 * figure the document states, the number itself. Pure, so the page and its tests share it.
 */

/** A figure as the source page needs it: where it was read and how the document writes it. */
export interface SourceFigure {
  /** `datasetId:figureId`. */
  ref: string;
  quote: string;
  /** The number as the document writes it (`96.2`, `3159`); none for derived figures. */
  published?: string;
}

export interface LocatedFigure {
  ref: string;
  quoteStart: number;
  quoteEnd: number;
  /** Position of the number in the text, for stated figures. */
  number?: { start: number; end: number };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Occurrences of a number in a text, not inside a longer number (`48` is not in `3048`). */
function numberPositions(text: string, number: string): number[] {
  const pattern = new RegExp(`(?<![0-9.])${escape(number)}(?![0-9]|\\.[0-9])`, 'g');
  return [...text.matchAll(pattern)].map((m) => m.index);
}

/**
 * Locates each figure's quote (first occurrence) and its number inside the quote. Figures that
 * share a quote and a number ("文明家庭50户、最美家庭50户") take its occurrences in order.
 * Figures whose quote or number is not found are returned in `missing`.
 */
export function locateFigures(
  text: string,
  figures: readonly SourceFigure[],
): { located: LocatedFigure[]; missing: string[] } {
  const located: LocatedFigure[] = [];
  const missing: string[] = [];
  const used = new Map<string, number>();
  for (const f of figures) {
    const quoteStart = text.indexOf(f.quote);
    if (quoteStart === -1) {
      missing.push(f.ref);
      continue;
    }
    const quoteEnd = quoteStart + f.quote.length;
    if (f.published === undefined) {
      located.push({ ref: f.ref, quoteStart, quoteEnd });
      continue;
    }
    const key = `${quoteStart}|${f.quote}|${f.published}`;
    const nth = used.get(key) ?? 0;
    const offset = numberPositions(f.quote, f.published)[nth];
    if (offset === undefined) {
      missing.push(f.ref);
      continue;
    }
    used.set(key, nth + 1);
    const start = quoteStart + offset;
    // A percentage is highlighted with its sign: "96.2%", not "96.2".
    const after = start + f.published.length;
    const end = /[%％]/.test(text[after] ?? '') ? after + 1 : after;
    located.push({ ref: f.ref, quoteStart, quoteEnd, number: { start, end } });
  }
  return { located, missing };
}

/** A run of text: plain, or a highlighted number standing for one or more figures. */
export type Run = { kind: 'text'; text: string } | { kind: 'number'; text: string; refs: string[] };

/** A paragraph as runs, with the marked sentence (if it falls here) as its own group. */
export interface Paragraph {
  key: number;
  before: Run[];
  /** The runs of the marked sentence; absent when it is not in this paragraph. */
  marked?: Run[];
  after: Run[];
}

/**
 * Splits the text into paragraphs of runs: every located number becomes a `number` run, and the
 * sentence of `markedRef` (if any) is grouped so the page can wrap it in one mark.
 */
export function toParagraphs(text: string, located: readonly LocatedFigure[], markedRef?: string): Paragraph[] {
  const numbers = new Map<number, { end: number; refs: string[] }>();
  for (const l of located) {
    if (!l.number) continue;
    const entry = numbers.get(l.number.start) ?? { end: l.number.end, refs: [] };
    entry.refs.push(l.ref);
    numbers.set(l.number.start, entry);
  }
  const marked = located.find((l) => l.ref === markedRef);
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const p: Paragraph = { key: lineStart, before: [], after: [] };
    const inMark = (pos: number) => marked !== undefined && pos >= marked.quoteStart && pos < marked.quoteEnd;
    const bucket = (pos: number): Run[] => {
      if (inMark(pos)) return (p.marked ??= []);
      return p.marked ? p.after : p.before;
    };
    // Boundaries: numbers, and the marked sentence's ends.
    let pos = lineStart;
    let plain = '';
    let plainStart = pos;
    const flush = () => {
      if (plain) bucket(plainStart).push({ kind: 'text', text: plain });
      plain = '';
    };
    while (pos < lineEnd) {
      const number = numbers.get(pos);
      if (number) {
        flush();
        bucket(pos).push({ kind: 'number', text: text.slice(pos, number.end), refs: number.refs });
        pos = number.end;
        plainStart = pos;
        continue;
      }
      if (marked && (pos === marked.quoteStart || pos === marked.quoteEnd)) {
        flush();
        plainStart = pos;
      }
      if (!plain) plainStart = pos;
      plain += text[pos];
      pos += 1;
    }
    flush();
    paragraphs.push(p);
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}
