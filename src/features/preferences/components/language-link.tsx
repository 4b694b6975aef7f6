import { useTranslation } from 'react-i18next';
import { switchLanguagePath } from '@/config/paths';
import { LOCALE_TAG, type Language } from '@/lib/i18n';
import { useLanguage } from '@/lib/use-language';
import { rememberLanguage } from '../model/preferences';

/**
 * Switches to the same page in the other language. A plain link: the target page is prerendered,
 * so it paints at once; the choice is remembered for the next unprefixed visit.
 */
export function LanguageLink({ pathname, search }: { pathname: string; search: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const other: Language = language === 'zh' ? 'en' : 'zh';
  return (
    <a
      className="pref-link"
      href={`${switchLanguagePath(pathname, other)}${search}`}
      hrefLang={LOCALE_TAG[other]}
      lang={LOCALE_TAG[other]}
      onClick={() => rememberLanguage(other)}
    >
      {t('app.switchTo')}
    </a>
  );
}
