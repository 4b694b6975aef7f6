import { describe, expect, it } from 'vitest';
import { fitStage } from './stage';

describe('fitStage', () => {
  it('fills a 16:9 screen of any size exactly', () => {
    expect(fitStage(1920, 1080)).toEqual({ scale: 1, left: 0, top: 0 });
    expect(fitStage(1280, 720)).toEqual({ scale: 2 / 3, left: 0, top: 0 });
    expect(fitStage(3840, 2160)).toEqual({ scale: 2, left: 0, top: 0 });
  });

  it('letterboxes other aspects without distortion', () => {
    // 4:3 projector: bars above and below.
    expect(fitStage(1024, 768)).toEqual({ scale: 1024 / 1920, left: 0, top: (768 - 1080 * (1024 / 1920)) / 2 });
    // Ultra-wide: bars at the sides.
    const wide = fitStage(3440, 1440);
    expect(wide.scale).toBeCloseTo(1440 / 1080);
    expect(wide.top).toBe(0);
    expect(wide.left).toBeCloseTo((3440 - 1920 * (1440 / 1080)) / 2);
  });

  it('never returns a broken scale for an unmeasured screen', () => {
    expect(fitStage(0, 0)).toEqual({ scale: 1, left: 0, top: 0 });
    expect(fitStage(Number.NaN, 100).scale).toBe(1);
  });
});
