import { nice, ticks as niceTicks } from 'd3-array';

/**
 * The value axis of a bar chart: from 0 to a round number at or above `max`, with about five
 * round ticks. Every output draws bars from zero, so this is the one place a domain is made.
 */
export function valueAxis(max: number): { domain: [0, number]; ticks: number[] } {
  const top = max > 0 ? (nice(0, max, 5)[1] ?? max) : 1;
  const all = niceTicks(0, top, 5);
  if (all.length <= 5) return { domain: [0, top], ticks: all };
  // At most five labels or so, to stay apart on narrow charts: every other one, the axis ending
  // on a labelled tick.
  const ticks = all.filter((_, i) => i % 2 === 0);
  const last = ticks.at(-1) ?? 0;
  // (toPrecision drops the binary residue of decimal steps: 0.8 + 0.4 is 1.2, not 1.2000000000000002)
  if (last < top) ticks.push(Number((last + 2 * ((all[1] ?? 0) - (all[0] ?? 0))).toPrecision(12)));
  return { domain: [0, ticks.at(-1) ?? top], ticks };
}
