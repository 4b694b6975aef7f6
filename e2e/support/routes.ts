/** Every page the app prerenders (one unit page stands for all nine), without a language prefix. */
export const PAGES = [
  '/',
  '/counties',
  '/counties/hualong',
  '/renovation',
  '/rule-of-law',
  '/community',
  '/glossary',
  '/source',
  '/audit',
  '/nbs',
  '/trend',
  '/changes',
  '/ranking',
  '/import',
] as const;

export const LANGUAGES = ['zh', 'en'] as const;

export const THEMES = ['light', 'dark', 'projector'] as const;
