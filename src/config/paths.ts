import type { Language } from '@/lib/i18n';

/** Typed route builders; the language is a path prefix (`/en/…`) so prerendered pages exist per language. */
export const paths = {
  languagePrefix: (language: Language) => (language === 'zh' ? '' : `/${language}`),
  overview: { pattern: '/', build: () => '/' },
} as const;

/** The language a path is in, from its first segment. */
export function languageOfPath(pathname: string): Language {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh';
}

/** The same page in another language. */
export function switchLanguagePath(pathname: string, to: Language): string {
  const bare = languageOfPath(pathname) === 'en' ? pathname.replace(/^\/en/, '') || '/' : pathname;
  return to === 'zh' ? bare : `/${to}${bare === '/' ? '/' : bare}`;
}
