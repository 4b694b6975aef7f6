import { describe, expect, it } from 'vitest';
import en from '@/locales/en.json';
import zh from '@/locales/zh.json';
import { formatQuantity } from './format-quantity';

const zhLabel = (u: keyof typeof zh.units) => zh.units[u];
const enLabel = (u: keyof typeof en.units) => en.units[u];

describe('formatQuantity', () => {
  it('writes Chinese with the published multiplier', () => {
    expect(formatQuantity(226.18, '10k-square-meter', 'zh', 2, zhLabel)).toBe('226.18万平方米');
    expect(formatQuantity(3.16, '100m-yuan', 'zh', 2, zhLabel)).toBe('3.16亿元');
    expect(formatQuantity(10499, 'case', 'zh', 0, zhLabel)).toBe('10,499起');
  });

  it('writes English in millions with SI units', () => {
    expect(formatQuantity(226.18, '10k-square-meter', 'en', 2, enLabel)).toBe('2.26 million m²');
    expect(formatQuantity(3.16, '100m-yuan', 'en', 2, enLabel)).toBe('316 million yuan');
    expect(formatQuantity(10499, 'case', 'en', 0, enLabel)).toBe('10,499 cases');
    expect(formatQuantity(3159, 'item', 'en', 0, enLabel)).toBe('3,159');
  });

  it('puts a qualifier on the number, before the unit', () => {
    expect(formatQuantity(200, 'person', 'en', 0, enLabel, (n) => `${n}+`)).toBe('200+ people');
    expect(formatQuantity(200, 'person', 'zh', 0, zhLabel, (n) => `${n}余`)).toBe('200余人');
  });

  it('writes percentages the same way in both', () => {
    expect(formatQuantity(96.2, 'percent', 'zh', 1, zhLabel)).toBe('96.2%');
    expect(formatQuantity(96.49, 'percent', 'en', 2, enLabel)).toBe('96.49%');
  });
});
