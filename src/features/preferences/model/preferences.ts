import { isLanguage, type Language } from '@/lib/i18n';
import { localStore } from '@/lib/local-store';

/**
 * Where preferences are remembered. public/boot.js reads the same keys before first paint (a
 * test keeps the two in step), so a remembered theme or language never flashes the default.
 */
export const STORAGE_KEYS = { theme: 'pgd.theme', language: 'pgd.lang' } as const;

export const THEMES = ['system', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

// Blocked storage (private mode, a sandboxed embed) reads as none: preferences last for the page only.

export function readTheme(): Theme {
  const value = localStore()?.getItem(STORAGE_KEYS.theme);
  return isTheme(value) ? value : 'system';
}

const THEME_EVENT = 'pgd:theme';

/** Calls back when the theme changes, here or in another tab. */
export function subscribeTheme(callback: () => void): () => void {
  window.addEventListener(THEME_EVENT, callback);
  window.addEventListener('storage', callback);
  return () => {
    window.removeEventListener(THEME_EVENT, callback);
    window.removeEventListener('storage', callback);
  };
}

/** Applies a theme to the page (`system` follows prefers-color-scheme) and remembers it. */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  try {
    if (theme === 'system') localStore()?.removeItem(STORAGE_KEYS.theme);
    else localStore()?.setItem(STORAGE_KEYS.theme, theme);
  } catch {
    // quota or blocked storage: the theme still applies to this page
  }
  window.dispatchEvent(new Event(THEME_EVENT));
}

export function readLanguagePreference(): Language | null {
  const value = localStore()?.getItem(STORAGE_KEYS.language);
  return isLanguage(value) ? value : null;
}

export function rememberLanguage(language: Language): void {
  try {
    localStore()?.setItem(STORAGE_KEYS.language, language);
  } catch {
    // blocked storage: the URL still carries the language
  }
}
