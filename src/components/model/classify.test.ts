import { describe, expect, it } from 'vitest';
import { classify } from './classify';

describe('classify', () => {
  it('puts 0 in the first class and the maximum in the last', () => {
    const { classOf, breaks } = classify([0, 10, 50, 100], 5);
    expect(classOf(0)).toBe(0);
    expect(classOf(100)).toBe(4);
    expect(breaks).toEqual([0, 20, 40, 60, 80, 100]);
  });
});
