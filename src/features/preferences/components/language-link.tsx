import { useEffect, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { navigate } from 'wouter/use-browser-location';
import { switchLanguagePath } from '@/lib/paths';
import { loadMessages, LOCALE_TAG, type Language } from '@/lib/i18n';
import { whenReaderActs } from '@/lib/intent';
import { runWhenIdle } from '@/lib/next-task';
import { useLanguage } from '@/lib/use-language';
import { rememberLanguage } from '../model/preferences';

/** A click the browser should handle itself: another button, or a modifier (new tab, window…). */
function opensElsewhere(event: MouseEvent): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

/** Loads a language's messages ahead of a click; a failure is retried by the click itself. */
function preloadMessages(i18n: I18n, language: Language): void {
  loadMessages(i18n, language).catch(() => undefined);
}

/**
 * Switches to the same page in the other language. A real link to that page (prerendered, so it
 * opens at once in a new tab or without JavaScript), but a plain click switches in place: once
 * the other language's messages are there (loaded while the page is idle, or when the pointer or
 * focus gets here), the language and the address change together and the app re-renders the page
 * in that language, without reloading anything. The choice is remembered for unprefixed visits.
 */
export function LanguageLink({ pathname, search }: { pathname: string; search: string }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const other: Language = language === 'zh' ? 'en' : 'zh';
  const href = `${switchLanguagePath(pathname, other)}${search}`;
  const preload = () => preloadMessages(i18n, other);
  // The other language's messages are small (≈11 kB gzip) and the offline cache holds them anyway:
  // loaded while the page is idle once the reader is active, the click that switches has nothing
  // to wait for, and a reader who only reads never loads them.
  useEffect(() => {
    let active = true;
    void whenReaderActs().then(() => active && runWhenIdle([() => preloadMessages(i18n, other)]));
    return () => {
      active = false;
    };
  }, [i18n, other]);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    rememberLanguage(other);
    if (event.defaultPrevented || opensElsewhere(event)) return;
    event.preventDefault();
    loadMessages(i18n, other).then(
      // One render in the new language at the new address (the app would otherwise render the
      // page for the address first, then again for the language: src/app/app.tsx PageLanguage).
      () =>
        flushSync(() => {
          void i18n.changeLanguage(other);
          navigate(href);
        }),
      () => window.location.assign(href),
    );
  };
  return (
    <a
      className="pref-link"
      href={href}
      hrefLang={LOCALE_TAG[other]}
      lang={LOCALE_TAG[other]}
      onPointerEnter={preload}
      onFocus={preload}
      onClick={onClick}
    >
      {t('app.switchTo')}
    </a>
  );
}
