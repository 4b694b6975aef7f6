/** Every page the app prerenders, without a language prefix; specs add `/zh` and `/en`. */
export const PAGES = ['/'] as const;

export const LANGUAGES = ['zh', 'en'] as const;

export const THEMES = ['light', 'dark', 'projector'] as const;
