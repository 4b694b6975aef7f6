import { describe, expect, it, vi } from 'vitest';
import {
  formatCompact,
  formatDate,
  formatDayAndTime,
  formatNumber,
  formatShare,
  recordedFormats,
  recordFormats,
  seedFormats,
} from './format';

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

describe('formatDayAndTime', () => {
  it('writes the day and the minute per language, in local time', () => {
    const ms = new Date(2026, 11, 7, 3, 51, 30).getTime();
    expect(formatDayAndTime(ms, 'en')).toBe('7 December at 03:51');
    expect(formatDayAndTime(ms, 'zh')).toBe('12月7日 03:51');
  });
});

describe('the formatted results a prerendered page carries', () => {
  it('are what the server render produced, and let the browser hydrate without building a formatter', () => {
    recordFormats();
    const onServer = [formatNumber(3159, 'zh'), formatShare(0.962, 'en'), formatDate('2023-07-26', 'zh')];
    const results = recordedFormats();
    expect(Object.values(results).sort()).toEqual([...onServer].sort());

    // The browser: same functions, seeded with the page's results, and Intl is never called.
    const built = { numbers: 0, dates: 0 };
    const { NumberFormat, DateTimeFormat } = Intl;
    Intl.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args);
        built.numbers += 1;
      }
    } as typeof NumberFormat;
    Intl.DateTimeFormat = class extends DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
        super(...args);
        built.dates += 1;
      }
    } as typeof DateTimeFormat;
    try {
      // Entries the page did not hold still format (through Intl).
      seedFormats({ ...results, 'n:zh:{"minimumFractionDigits":0,"maximumFractionDigits":0}|1': '壹' });
      expect(formatNumber(1, 'zh')).toBe('壹');
      expect([formatNumber(3159, 'zh'), formatShare(0.962, 'en'), formatDate('2023-07-26', 'zh')]).toEqual(onServer);
      expect(built).toEqual({ numbers: 0, dates: 0 });
      expect(formatNumber(4242, 'zh', 3)).toBe('4,242.000');
      expect(built).toEqual({ numbers: 1, dates: 0 });
    } finally {
      Intl.NumberFormat = NumberFormat;
      Intl.DateTimeFormat = DateTimeFormat;
    }
  });

  it('are only recorded while prerendering', () => {
    formatNumber(77, 'en');
    expect(recordedFormats()).toEqual({});
  });
});

describe('formatterWarmUps', () => {
  it('builds, one task each, the formatters that numbers, shares and dates then use', async () => {
    vi.resetModules(); // a module with no formatter built yet
    const fresh = await import('./format');
    const built: string[] = [];
    const { NumberFormat, DateTimeFormat } = Intl;
    Intl.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args);
        built.push('number');
      }
    } as typeof NumberFormat;
    Intl.DateTimeFormat = class extends DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
        super(...args);
        built.push('date');
      }
    } as typeof DateTimeFormat;
    try {
      const warmUps = fresh.formatterWarmUps('en');
      for (const warmUp of warmUps) warmUp();
      expect(built).toEqual(['number', 'number', 'date']);
      expect([
        fresh.formatNumber(3159, 'en'),
        fresh.formatShare(0.962, 'en'),
        fresh.formatDate('2023-07-26', 'en'),
      ]).toEqual(['3,159', '96.2%', '26 July 2023']);
      expect(built).toHaveLength(3); // nothing more was built when formatting
    } finally {
      Intl.NumberFormat = NumberFormat;
      Intl.DateTimeFormat = DateTimeFormat;
    }
  });
});
