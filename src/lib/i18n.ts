import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import zh from '@/locales/zh.json';

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh';

/** A translation function with the message keys typed from zh.json. */
export type Translate = TFunction<'translation', undefined>;

/** BCP 47 tags for `Intl` and the `lang` attribute. */
export const LOCALE_TAG: Record<Language, string> = { zh: 'zh-CN', en: 'en' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Chinese is bundled (it is the source and the default); other languages load on demand. */
const loaders: Record<Exclude<Language, 'zh'>, () => Promise<{ default: typeof zh }>> = {
  en: () => import('@/locales/en.json'),
};

type Messages = { [key: string]: string | Messages };

/**
 * A pseudo-locale: every message wrapped in ⟦ ⟧, placeholders kept. Rendering the app in it shows
 * at a glance (and lets a test prove) that no interface text bypasses the message files.
 */
export function pseudoLocalize(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([k, v]) => [k, typeof v === 'string' ? `⟦${v}⟧` : pseudoLocalize(v)]),
  );
}

/** Creates an i18next instance with Chinese loaded; a missing key throws in dev and tests. */
export function createI18n(language: Language | 'pseudo' = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: {
      zh: { translation: zh },
      ...(language === 'pseudo' ? { pseudo: { translation: pseudoLocalize(zh) } } : {}),
    },
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (_lngs, _ns, key) => {
      throw new Error(`Missing translation key "${key}"`);
    },
  });
  return instance;
}

/** Whether a language's messages are in the instance, so switching to it is synchronous. */
export function hasMessages(instance: I18n, language: Language): boolean {
  return language === 'zh' || instance.hasResourceBundle(language, 'translation');
}

/** Loads a language's messages (once) without switching to it. */
export async function loadMessages(instance: I18n, language: Language): Promise<void> {
  if (language === 'zh' || hasMessages(instance, language)) return;
  const messages = await loaders[language]();
  instance.addResourceBundle(language, 'translation', messages.default);
}

/** Makes sure a language's messages are loaded, then switches to it. */
export async function loadLanguage(instance: I18n, language: Language): Promise<void> {
  await loadMessages(instance, language);
  if (instance.language !== language) await instance.changeLanguage(language);
}

// Message keys are typed from the Chinese source locale.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zh };
  }
}
