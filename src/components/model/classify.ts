/** Equal-interval classes from 0 to the largest value; returns each value's class (0 … n-1). */
export function classify(
  values: readonly number[],
  classes: number,
): { classOf: (v: number) => number; breaks: number[] } {
  const max = Math.max(0, ...values);
  const step = max / classes || 1;
  const breaks = Array.from({ length: classes + 1 }, (_, i) => Math.round(i * step));
  return { classOf: (v) => Math.min(classes - 1, Math.floor(v / step)), breaks };
}
