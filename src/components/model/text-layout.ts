/**
 * Text in SVG does not wrap or measure itself before it is drawn, and charts are drawn before any
 * layout (on the server, in a file). So widths are estimated from character classes, generously,
 * and labels are wrapped with the rules Chinese typesetting follows.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const NARROW = /[\s.,:;'!|ijlI()[\]/\\`-]/;
const BROAD = /[mwMW@%&#]/;
const CAPITAL = /[A-Z]/;
const DIGIT = /\d/;

/** Estimated advance of one character, in em (measured on Noto Sans and DejaVu Sans, rounded up). */
function charEm(c: string): number {
  if (WIDE.test(c)) return 1;
  if (NARROW.test(c)) return 0.34;
  if (BROAD.test(c)) return 0.9;
  if (CAPITAL.test(c)) return 0.72;
  if (DIGIT.test(c)) return 0.64;
  return 0.58;
}

/** Estimated width of a text at a font size (px), erring wide: a label too long for its room is cut by nothing. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * fontSize * 1.04;
}

/** Characters a line may not start with (closing brackets, stops), nor end with (opening ones). */
const NO_LINE_START = /^[)\]}）》」』〉】〕，。、；：？！…’”%·]/;
const NO_LINE_END = /[([{（《「『〈【〔‘“]$/;

/**
 * Pieces a line can break between: a word with its trailing spaces, or one wide character. A word
 * wider than the line is cut into pieces that fit, each but the last ending in a hyphen.
 */
function pieces(text: string, width: number, fontSize: number): string[] {
  const raw =
    text.match(
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s*|\s+/g,
    ) ?? [];
  return raw.flatMap((piece) => {
    if (textWidth(piece.trimEnd(), fontSize) <= width) return [piece];
    const out: string[] = [];
    let part = '';
    for (const c of piece) {
      if (part && textWidth(`${part}${c}-`, fontSize) > width) {
        out.push(`${part}-`);
        part = '';
      }
      part += c;
    }
    return [...out, part];
  });
}

export interface WrappedText {
  lines: string[];
  /** The text did not fit in `maxLines` and the last line ends in "…": show the full text elsewhere. */
  truncated: boolean;
}

/**
 * Breaks a text into lines of at most `width` px: between words in Latin script, between any two
 * characters in Chinese, never leaving a closing bracket or stop at the start of a line or an
 * opening bracket at its end. Beyond `maxLines` the last line ends in "…".
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines = Infinity): WrappedText {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text, width, fontSize)) {
    const candidate = line + piece;
    if (line.trim() === '' || textWidth(candidate.trimEnd(), fontSize) <= width) {
      line = candidate;
      continue;
    }
    if (/^\s+$/.test(piece)) continue;
    // Kinsoku: carry the last character over with a closing mark, or an opening mark to the next line.
    let carry = '';
    if ((NO_LINE_START.test(piece) || NO_LINE_END.test(line)) && [...line.trimEnd()].length > 1) {
      const chars = [...line.trimEnd()];
      carry = chars.pop() ?? '';
      line = chars.join('');
    }
    lines.push(line.trimEnd());
    line = carry + piece;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  let last = kept.at(-1) ?? '';
  while ([...last].length > 1 && textWidth(`${last}…`, fontSize) > width) last = [...last].slice(0, -1).join('');
  kept[kept.length - 1] = `${last.trimEnd()}…`;
  return { lines: kept, truncated: true };
}
