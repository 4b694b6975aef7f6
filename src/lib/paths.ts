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

/** An anchor id from a check or term id ("rule-of-law:resolution-rate" → "rule-of-law-resolution-rate"). */
const anchor = (id: string) => id.replace(/[^a-z0-9-]+/gi, '-');

/**
 * Every page's path, without the language prefix: links, routes, redirects and the prerenderer
 * take them from here, never from string literals. Patterns (with `:parameters`) are for the
 * router; the functions build concrete paths.
 */
export const paths = {
  overview: '/',
  counties: '/counties',
  unit: (unitId: string) => `/counties/${unitId}`,
  renovation: '/renovation',
  ruleOfLaw: '/rule-of-law',
  community: '/community',
  glossary: '/glossary',
  /** A term's entry in the glossary. */
  term: (termId: string) => `/glossary#term-${termId}`,
  reuse: '/reuse',
  /** Bring your own figures: a document's figures, reviewed, as a dataset file (kept on the device). */
  importer: '/import',
  /** One import's charts as slides (`?import=` its id, kept on this device; `slide=` from 1). */
  importSlides: '/import/slides',
  source: '/source',
  /** The source document with one figure's sentence marked (`ref` is `dataset:figure`). */
  sourceFigure: (ref: string) => `/source?figure=${ref}`,
  audit: '/audit',
  /** One check's row in the audit (`ref` is `dataset:check`). */
  auditCheck: (ref: string) => `/audit#check-${anchor(ref)}`,
  nbs: '/nbs',
  /** Change over time: a city's committees in six releases of the NBS codes. */
  trend: '/trend',
  /** What changed in one county (`?county=`), release by release. */
  changes: '/changes',
  /** The national ranking of provinces, cities and counties by their change. */
  china: '/ranking',
  deck: '/deck',
  present: '/present',
  /** The presenter's own window: current and next slide, notes, timer (opened from the slide show). */
  presenterView: '/presenter-view',
  bigScreen: '/big-screen',
  embed: (frameId: string) => `/embed/${frameId}`,
  /** A frame on its page (`page` from this table). */
  frame: (page: string, frameId: string) => `${page}#frame-${frameId}`,
  /** A path with a query string, or without one when the query is empty. */
  withQuery: (path: string, query: string) => (query ? `${path}?${query}` : path),
} as const;

/** Route patterns for the router. */
export const patterns = {
  unit: '/counties/:unit',
  embed: '/embed/:frame',
} as const;

/** The id of an audit row's anchor, matching `paths.auditCheck`. */
export const auditAnchor = (ref: string) => `check-${anchor(ref)}`;
