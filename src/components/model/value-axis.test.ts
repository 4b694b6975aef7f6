import { describe, expect, it } from 'vitest';
import { valueAxis } from './value-axis';

describe('valueAxis', () => {
  it('runs from 0 to a round number at or above the largest value, in round steps', () => {
    expect(valueAxis(1014)).toEqual({ domain: [0, 1200], ticks: [0, 400, 800, 1200] });
    expect(valueAxis(10_499)).toEqual({ domain: [0, 12_000], ticks: [0, 4000, 8000, 12_000] });
    expect(valueAxis(96.2)).toEqual({ domain: [0, 120], ticks: [0, 40, 80, 120] });
    expect(valueAxis(300)).toEqual({ domain: [0, 300], ticks: [0, 100, 200, 300] });
    for (const max of [0.7, 3, 17, 99, 101, 5555, 316_000]) {
      const { domain, ticks } = valueAxis(max);
      expect(domain[0]).toBe(0);
      expect(domain[1]).toBeGreaterThanOrEqual(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBe(domain[1]);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });

  it('still has an axis when every value is 0', () => {
    expect(valueAxis(0)).toEqual({ domain: [0, 1.2], ticks: [0, 0.4, 0.8, 1.2] });
  });
});
