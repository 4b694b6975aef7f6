/**
 * Numbers as Chinese documents and spreadsheets write them: Arabic digits (half- or full-width,
 * with thousands separators), Chinese numerals (三千一百五十九, 两, 〇) and the two together
 * (1.2万, 3.16亿). Pure functions; the figure extractor and the table importer both use them.
 */

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** The characters a Chinese numeral is written with (digits and 十百千万亿). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * Reads a whole Chinese numeral: 三千一百五十九 → 3159, 十二 → 12, 一百〇八 → 108,
 * 一万二千 → 12000, 二〇二三 (digit by digit, as years are written) → 2023. Returns undefined for
 * anything that is not one (an empty string, other characters, 万万 or 十十).
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  const chars = [...text];
  if (chars.some((c) => !(c in CHINESE_DIGITS) && !(c in SMALL_UNITS) && !(c in BIG_UNITS))) return undefined;
  // Written digit by digit (二〇二三): no unit characters at all.
  if (chars.length > 1 && chars.every((c) => c in CHINESE_DIGITS))
    return Number(chars.map((c) => CHINESE_DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  for (const c of chars) {
    const d = CHINESE_DIGITS[c];
    const small = SMALL_UNITS[c];
    const big = BIG_UNITS[c];
    if (d !== undefined) {
      // Two digits in a row are only allowed across a 零 (一百零八).
      if (digit !== undefined && digit !== 0) return undefined;
      digit = d;
    } else if (small !== undefined) {
      // Units within a section fall strictly: 三千一百, never 三百一千.
      if (small >= lastSmall) return undefined;
      section += (digit ?? 1) * small;
      lastSmall = small;
      digit = undefined;
    } else if (big !== undefined) {
      if (big >= lastBig) {
        // 亿 after 万 multiplies everything so far (一万亿); 万万 is not a numeral.
        if (big === lastBig) return undefined;
        total = (total + section + (digit ?? 0)) * big;
      } else {
        if (section === 0 && (digit ?? 0) === 0) return undefined;
        total += (section + (digit ?? 0)) * big;
      }
      lastBig = big;
      lastSmall = Infinity;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Full-width digits and signs (１２３，４５６．７) to their ASCII forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Reads an Arabic number as people type it into a cell: `10,499`, `10 499`, `１２３`, `-3.5`,
 * `96.2%` (→ 96.2). Returns undefined when the text is not one number.
 */
export function parseArabicNumber(text: string): number | undefined {
  const t = toHalfWidth(text)
    .trim()
    .replace(/[%％]$/, '');
  if (!/^[+-]?(\d{1,3}([, \u00A0]\d{3})+|\d+)(\.\d+)?$/.test(t)) return undefined;
  const value = Number(t.replace(/[, \u00A0]/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** How many decimals a number is written with: `226.18` → 2, `42` → 0. */
export function decimalsOf(text: string): number {
  const match = /\.(\d+)/.exec(toHalfWidth(text));
  return match?.[1]?.length ?? 0;
}
