import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalsOf, parseArabicNumber, parseChineseNumeral, toHalfWidth } from './numerals';

const RUNS = { numRuns: 1000 };
const DIGITS = '零一二三四五六七八九';

/** Writes 0 ≤ n < 10¹² the way Chinese prose does (三千一百五十九, 一百零八, 十二), to read it back. */
function writeChinese(n: number): string {
  if (n === 0) return '零';
  const section = (v: number, leadingTen: boolean): string => {
    let out = '';
    let zero = false;
    for (const [unit, name] of [
      [1000, '千'],
      [100, '百'],
      [10, '十'],
      [1, ''],
    ] as const) {
      const d = Math.floor(v / unit) % 10;
      if (d === 0) {
        zero = out !== '';
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += unit === 10 && d === 1 && leadingTen && out === '' ? name : DIGITS[d] + name;
    }
    return out;
  };
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor(n / 1e4) % 1e4;
  const rest = n % 1e4;
  let out = '';
  if (yi > 0) out += section(yi, true) + '亿';
  if (wan > 0) out += (yi > 0 && wan < 1000 ? '零' : '') + section(wan, out === '') + '万';
  if (rest > 0) out += (out !== '' && rest < 1000 ? '零' : '') + section(rest, out === '');
  return out;
}

describe('parseChineseNumeral', () => {
  it.each([
    ['三千一百五十九', 3159],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零八', 108],
    ['一百〇八', 108],
    ['一万二千', 12000],
    ['三亿五千万', 350_000_000],
    ['一万亿', 1e12],
    ['二〇二三', 2023],
    ['四百', 400],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['', '万', '万万', '三百一千', '三五十', 'abc', '十十'])('refuses %j', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });

  it('reads back every number it is written as (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(parseChineseNumeral(writeChinese(n))).toBe(n);
      }),
      RUNS,
    );
  });

  it('never throws, and answers a finite number or nothing (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'零〇一二两三四五六七八九十百千万亿x'.split('')) }), (text) => {
        const value = parseChineseNumeral(text);
        expect(value === undefined || Number.isFinite(value)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('parseArabicNumber', () => {
  it.each([
    ['10,499', 10499],
    ['１２３', 123],
    ['１２，３４５．６', 12345.6],
    ['10 499', 10499],
    ['-3.5', -3.5],
    ['96.2%', 96.2],
    [' 42 ', 42],
  ])('reads %j as %d', (text, value) => {
    expect(parseArabicNumber(text)).toBe(value);
  });

  it.each(['', '约40', '1,23', '12,3456', '1.2.3', '40个', 'NaN', '1e999'])('refuses %j', (text) => {
    expect(parseArabicNumber(text)).toBeUndefined();
  });

  it('reads back any number written with thousands separators or full-width digits (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.boolean(), (n, fullWidth) => {
        const grouped = n.toLocaleString('en-US');
        const written = fullWidth
          ? grouped.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
          : grouped;
        expect(parseArabicNumber(written)).toBe(n);
      }),
      RUNS,
    );
  });
});

describe('decimalsOf', () => {
  it('counts the decimals as written', () => {
    expect([decimalsOf('226.18'), decimalsOf('42'), decimalsOf('９６．４９')]).toEqual([2, 0, 2]);
  });
});

describe('toHalfWidth', () => {
  it('turns full-width digits and signs into ASCII', () => {
    expect(toHalfWidth('１２３％，－')).toBe('123%,-');
  });
});
