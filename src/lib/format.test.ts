import { describe, expect, it } from 'vitest';
import { formatCompact, formatDate, formatNumber, formatShare } from './format';

describe('formatNumber', () => {
  it('groups digits in both languages', () => {
    expect(formatNumber(3159, 'zh')).toBe('3,159');
    expect(formatNumber(3159, 'en')).toBe('3,159');
  });
  it('keeps the published decimals', () => {
    expect(formatNumber(226.18, 'zh', 2)).toBe('226.18');
    expect(formatNumber(42, 'en', 0)).toBe('42');
  });
});

describe('formatShare', () => {
  it('shows one decimal', () => {
    expect(formatShare(1014 / 3159, 'zh')).toBe('32.1%');
  });
});

describe('formatCompact', () => {
  it('uses 万 in Chinese', () => {
    expect(formatCompact(10499, 'zh')).toBe('1.05万');
    expect(formatCompact(10499, 'en')).toBe('10.5K');
  });
});

describe('formatDate', () => {
  it('writes dates per language without time-zone drift', () => {
    expect(formatDate('2023-06-30', 'zh')).toBe('2023年6月30日');
    expect(formatDate('2023-06-30', 'en')).toBe('30 June 2023');
  });
});
