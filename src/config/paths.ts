import { LANGUAGES, type Language } from '@/lib/i18n';

/**
 * Every page exists under a language prefix (`/zh/…`, `/en/…`), so a shared link opens in the
 * sender's language. Unprefixed paths (`/`) show Chinese; public/boot.js sends a first-time
 * visitor from there to their preferred language before the page paints.
 */
const PREFIX = /^\/(zh|en)(?=\/|$)/;

export function languagePrefix(language: Language): string {
  return `/${language}`;
}

/** The language a path is in, from its first segment (Chinese when it has none). */
export function languageOfPath(pathname: string): Language {
  const match = PREFIX.exec(pathname)?.[1];
  return LANGUAGES.find((l) => l === match) ?? 'zh';
}

/** The router base for a path: its language prefix, or '' for an unprefixed path. */
export function basePath(pathname: string): string {
  return PREFIX.exec(pathname)?.[0] ?? '';
}

/** The path without its language prefix, always starting with '/'. */
export function stripLanguage(pathname: string): string {
  return pathname.replace(PREFIX, '') || '/';
}

/** The same page in another language. */
export function switchLanguagePath(pathname: string, to: Language): string {
  return `${languagePrefix(to)}${stripLanguage(pathname)}`;
}

/** The prefixed form of a path, so `/` and `/zh/` compare equal. */
export function canonicalPath(pathname: string): string {
  return switchLanguagePath(pathname, languageOfPath(pathname));
}

/** The source document with one figure's sentence marked (`ref` is `dataset:figure`). */
export function sourceFigurePath(ref: string): string {
  return `/source?figure=${ref}`;
}
