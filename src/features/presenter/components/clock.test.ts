import { describe, expect, it } from 'vitest';
import { formatElapsed } from './clock';

describe('formatElapsed', () => {
  it('reads as a stopwatch: minutes and seconds, hours once past one', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(65_999)).toBe('01:05');
    expect(formatElapsed(3_600_000 + 5 * 60_000 + 9_000)).toBe('1:05:09');
    expect(formatElapsed(-5_000)).toBe('00:00');
  });
});
