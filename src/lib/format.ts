import { LOCALE_TAG, type Language } from './i18n';

/** Grouped digits with a fixed number of decimals: 3,159 / 226.18. */
export function formatNumber(value: number, language: Language, decimals = 0): string {
  return new Intl.NumberFormat(LOCALE_TAG[language], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** A share (0–1) as a percentage with one decimal: 32.1%. */
export function formatShare(share: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE_TAG[language], {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
}

/** A short form where space is tight (1.05万 / 10K); always pair it with the exact value. */
export function formatCompact(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE_TAG[language], { notation: 'compact', maximumFractionDigits: 2 }).format(value);
}

/** An ISO date as 2023年7月26日 / 26 July 2023, without time-zone drift. */
export function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
