import { LOCALE_TAG, type Language } from './i18n';

/*
 * Building an Intl formatter costs far more than using one (locale data is resolved each time):
 * a page formats hundreds of figures while it hydrates, so each formatter is built once per
 * language and options, then reused.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** The shared `Intl.NumberFormat` for a language and options. */
export function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let formatter = numberFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE_TAG[language], options);
    numberFormats.set(key, formatter);
  }
  return formatter;
}

/** The shared `Intl.DateTimeFormat` for a locale tag and options. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let formatter = dateTimeFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, formatter);
  }
  return formatter;
}

/** Grouped digits with a fixed number of decimals: 3,159 / 226.18. */
export function formatNumber(value: number, language: Language, decimals = 0): string {
  return numberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A share (0–1) as a percentage with one decimal: 32.1%. */
export function formatShare(share: number, language: Language): string {
  return numberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

/** A short form where space is tight (1.05万 / 10K); always pair it with the exact value. */
export function formatCompact(value: number, language: Language): string {
  return numberFormat(language, { notation: 'compact', maximumFractionDigits: 2 }).format(value);
}

/** An ISO date as 2023年7月26日 / 26 July 2023, without time-zone drift. */
export function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  // British order in English: 26 July 2023.
  return dateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
