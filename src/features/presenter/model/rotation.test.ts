import { describe, expect, it } from 'vitest';
import { rotationStep, untilNextStep } from './rotation';

describe('rotation steps', () => {
  it('turn on the wall clock’s boundaries of the interval', () => {
    expect(rotationStep(0, 20_000)).toBe(0);
    expect(rotationStep(19_999, 20_000)).toBe(0);
    expect(rotationStep(20_000, 20_000)).toBe(1);
    expect(untilNextStep(19_999, 20_000)).toBe(1);
    expect(untilNextStep(20_000, 20_000)).toBe(20_000);
  });
});
