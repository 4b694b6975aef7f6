/** The first number written in a text: digits with optional thousands separators and decimals. */
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/;

/**
 * A formatted figure ("3,159个", "1.32亿元", "97.5%") as it reads part-way through a count-up
 * (数字翻牌): its number at `progress` (0–1) of its value, written with the same decimals and
 * separators, the rest of the text unchanged. So the counter never needs to know the unit or the
 * language's format: the final frame is exactly the text it was given.
 */
export function countUpText(text: string, progress: number): string {
  const match = NUMBER.exec(text);
  if (!match) return text;
  const written = match[0];
  const p = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 1));
  if (p === 1) return text;
  const grouped = written.includes(',');
  const decimals = written.split('.')[1]?.length ?? 0;
  const target = Number(written.replace(/,/g, ''));
  const value = (target * p).toFixed(decimals);
  const [whole = '0', fraction] = value.split('.');
  const wholeText = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const now = fraction === undefined ? wholeText : `${wholeText}.${fraction}`;
  return text.slice(0, match.index) + now + text.slice(match.index + written.length);
}

/** Ease-out: fast at first, settling on the figure. */
export function easeOut(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return 1 - (1 - x) ** 3;
}
