/** One bar of a ranked chart: what it is, what it is called, how large it is. */
export interface SeriesRow {
  id: string;
  label: string;
  value: number;
}

/** The id of the row that stands for everything below the top n. */
export const OTHERS_ID = '__others';

/** The row the folded rows become: their sum, and how many they were. */
export interface OthersRow extends SeriesRow {
  id: typeof OTHERS_ID;
  /** Number of rows folded into this one (at least 1). */
  others: number;
}

/** Ranks a value; one that is not a number ranks below every number instead of breaking the sort. */
function rank(value: number): number {
  return Number.isNaN(value) ? -Infinity : value;
}

/**
 * Keeps the `n` largest rows, largest first (ties keep input order), and folds the rest into one
 * `OthersRow` at the end, so a chart of many units stays readable. Kept rows are returned as they
 * were given. No others row is added when nothing is folded.
 *
 * `othersLabel` is the caller's translated name for the folded row ("其他" / "Others"); models hold
 * no text of their own. Values that are not finite numbers add nothing to the others sum, so one bad
 * value cannot turn the whole bar into NaN.
 */
export function topNWithOthers<Row extends SeriesRow>(
  rows: readonly Row[],
  n: number,
  othersLabel = '',
): (Row | OthersRow)[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  // Array.prototype.sort is stable, so equal values stay in input order.
  const ranked = [...rows].sort((a, b) => rank(b.value) - rank(a.value) || 0);
  const kept: (Row | OthersRow)[] = ranked.slice(0, n);
  const folded = ranked.slice(n);
  if (folded.length === 0) return kept;
  let sum = 0;
  for (const row of folded) if (Number.isFinite(row.value)) sum += row.value;
  kept.push({ id: OTHERS_ID, label: othersLabel, value: sum, others: folded.length });
  return kept;
}
