import { LOCALE_TAG, type Language } from './i18n';

/*
 * Building an Intl formatter is costly: the first one for a locale loads its data, about 20 ms at
 * full CPU speed (50 ms for compact notation, 40 ms for dates) in one uninterruptible piece. So:
 * - each formatter is built once per locale and options, and only when first used;
 * - a prerendered page carries the results its server render produced (recordFormats /
 *   seedFormats), for its default view and for every frame's table (src/entry-server.tsx), so
 *   hydrating it, switching a frame to its table or sorting that formats nothing at all. Intl is
 *   still what formats every figure: on the server for those views, in the browser for the rest.
 */

/** A formatter that is built on first use. */
export interface Formatter<T> {
  format(value: T): string;
  /** Builds the Intl formatter now, if it is not built yet (see `formatterWarmUps`). */
  prepare(): void;
}

const formatters = new Map<string, Formatter<never>>();
/** Results of the server's render of this page, by formatter key and value. */
const seeded = new Map<string, string>();
/** While prerendering: every result produced, to embed in the page. */
let recording: Map<string, string> | null = null;

function shared<T>(key: string, build: () => Pick<Formatter<T>, 'format'>, id: (value: T) => string): Formatter<T> {
  let formatter = formatters.get(key) as Formatter<T> | undefined;
  if (!formatter) {
    let intl: Pick<Formatter<T>, 'format'> | undefined;
    formatter = {
      format(value) {
        const entry = `${key}|${id(value)}`;
        const known = seeded.get(entry);
        if (known !== undefined) return known;
        intl ??= build();
        const text = intl.format(value);
        recording?.set(entry, text);
        return text;
      },
      prepare() {
        intl ??= build();
      },
    };
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The shared number formatter for a language and options. */
export function numberFormat(language: Language, options: Intl.NumberFormatOptions): Formatter<number> {
  return shared<number>(
    `n:${language}:${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(LOCALE_TAG[language], options),
    String,
  );
}

/** The shared date formatter for a locale tag and options. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Formatter<Date> {
  return shared<Date>(
    `d:${locale}:${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
    (date) => String(date.getTime()),
  );
}

/** Prerendering: starts collecting every formatted result (and forgets an earlier collection). */
export function recordFormats(): void {
  recording = new Map();
}

/** Prerendering: the results collected since `recordFormats`, to embed in the page. */
export function recordedFormats(): Record<string, string> {
  const results = Object.fromEntries(recording ?? []);
  recording = null;
  return results;
}

/** In the browser, before hydrating: the results the server's render produced for this page. */
export function seedFormats(results: Readonly<Record<string, unknown>>): void {
  for (const [entry, text] of Object.entries(results)) if (typeof text === 'string') seeded.set(entry, text);
}

const digits = (decimals: number): Intl.NumberFormatOptions => ({
  minimumFractionDigits: decimals,
  maximumFractionDigits: decimals,
});
const SHARE: Intl.NumberFormatOptions = { style: 'percent', ...digits(1) };
const LONG_DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
// British order in English: 26 July 2023.
const dateLocale = (language: Language) => (language === 'zh' ? 'zh-CN' : 'en-GB');

/** Grouped digits with a fixed number of decimals: 3,159 / 226.18. */
export function formatNumber(value: number, language: Language, decimals = 0): string {
  return numberFormat(language, digits(decimals)).format(value);
}

/** A share (0–1) as a percentage with one decimal: 32.1%. */
export function formatShare(share: number, language: Language): string {
  return numberFormat(language, SHARE).format(share);
}

/** A short form where space is tight (1.05万 / 10K); always pair it with the exact value. */
export function formatCompact(value: number, language: Language): string {
  return numberFormat(language, { notation: 'compact', maximumFractionDigits: 2 }).format(value);
}

/** An ISO date as 2023年7月26日 / 26 July 2023, without time-zone drift. */
export function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return dateTimeFormat(dateLocale(language), LONG_DATE).format(date);
}

const DAY_AND_TIME: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
};

/** A moment today or lately, to the minute, in the date style of `formatDate`: "7 December at 03:51", "12月7日 03:51". */
export function formatDayAndTime(ms: number, language: Language): string {
  return dateTimeFormat(dateLocale(language), DAY_AND_TIME).format(new Date(ms));
}

/**
 * A hydrated page formatted nothing (its figures, and its tables', were seeded), so the first
 * other page a reader opens (a unit's page, the NBS city chart) or the other language would build
 * the first Intl formatter, which loads the locale's data: 20–30 ms in one piece at full CPU speed.
 * These build the formatters pages use most, one piece each, for the app to run while the page is
 * idle. (Without them a unit change took 93–111 ms at 1×, against 73–94 ms with them.)
 */
export function formatterWarmUps(language: Language): (() => void)[] {
  return [
    () => numberFormat(language, digits(0)).prepare(),
    () => numberFormat(language, SHARE).prepare(),
    () => dateTimeFormat(dateLocale(language), LONG_DATE).prepare(),
  ];
}
