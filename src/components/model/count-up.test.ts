import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countUpText, easeOut } from './count-up';

describe('countUpText', () => {
  it('counts the number in a formatted figure, keeping its separators, decimals and unit', () => {
    expect(countUpText('3,159个', 0.5)).toBe('1,580个');
    expect(countUpText('1.32亿元', 0.5)).toBe('0.66亿元');
    expect(countUpText('10,098 disputes', 0)).toBe('0 disputes');
    expect(countUpText('97.5%', 0.1)).toBe('9.8%');
    expect(countUpText('231', 0.999)).toBe('231');
  });

  it('ends on exactly the given text, and leaves text without a number alone', () => {
    expect(countUpText('3,159个', 1)).toBe('3,159个');
    expect(countUpText('—', 0.3)).toBe('—');
  });

  it('never grows past the figure and never changes the text around the number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        const text = `约${n.toLocaleString('en')}户`;
        const out = countUpText(text, p);
        expect(out.startsWith('约') && out.endsWith('户')).toBe(true);
        expect(Number(out.slice(1, -1).replace(/,/g, ''))).toBeLessThanOrEqual(n);
      }),
    );
  });
});

describe('easeOut', () => {
  it('runs from 0 to 1', () => {
    expect([easeOut(0), easeOut(1), easeOut(2)]).toEqual([0, 1, 1]);
    expect(easeOut(0.5)).toBeGreaterThan(0.5);
  });
});
