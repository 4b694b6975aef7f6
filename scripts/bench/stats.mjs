// Small statistics and text-table helpers for the benchmark's printed report.

/** Median of the finite numbers in `values` (NaN when there are none). */
export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, min and max of the finite values, and how many there were. */
export function summarize(values) {
  const finite = values.filter(Number.isFinite);
  return {
    median: median(finite),
    min: finite.length ? Math.min(...finite) : Number.NaN,
    max: finite.length ? Math.max(...finite) : Number.NaN,
    count: finite.length,
  };
}

/** A number with a fixed number of decimals, or "–" when it is missing. */
export function fmt(value, decimals = 0) {
  if (!Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** Bytes as kB (1 kB = 1,000 bytes, the unit Vite prints, so figures match its build log). */
export function kB(bytes) {
  return `${fmt(bytes / 1000, 1)} kB`;
}

/** Bytes as kB below a megabyte, MB above (1 MB = 1,000,000 bytes). */
export function bytes(n) {
  return n < 1e6 ? kB(n) : `${fmt(n / 1e6, 1)} MB`;
}

/** A duration given in ms, in whichever of ns, µs, ms, s or min reads best. */
export function duration(ms) {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 0.001) return `${fmt(ms * 1e6)} ns`;
  if (ms < 1) return `${fmt(ms * 1000, 1)} µs`;
  if (ms < 1000) return `${fmt(ms, ms < 10 ? 2 : 1)} ms`;
  if (ms < 60_000) return `${fmt(ms / 1000, 2)} s`;
  return `${fmt(ms / 60_000, 1)} min`;
}

/**
 * Lines of a plain-text table. `align` holds 'l' or 'r' per column (numbers right-aligned);
 * a row that is the string '-' becomes a rule.
 */
export function table(header, rows, align = []) {
  const all = [header, ...rows.filter((r) => r !== '-')];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)));
  const line = (r) =>
    r
      .map((cell, i) => (align[i] === 'r' ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map((r) => (r === '-' ? rule : line(r)))];
}
