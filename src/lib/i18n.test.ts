import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '@/locales/en.json';
import zh from '@/locales/zh.json';
import { createI18n, hasMessages, loadLanguage, loadMessages } from './i18n';

type Messages = { [key: string]: string | Messages };

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`),
  );
}

function placeholders(messages: Messages): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (m: Messages, prefix: string) => {
    for (const [k, v] of Object.entries(m)) {
      if (typeof v === 'string') out[`${prefix}${k}`] = [...v.matchAll(/\{\{(\w+)\}\}/g)].map((x) => x[1] ?? '').sort();
      else walk(v, `${prefix}${k}.`);
    }
  };
  walk(messages, '');
  return out;
}

describe('message files', () => {
  it('English has exactly the keys of the Chinese source', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
  });

  it('English uses the same placeholders as Chinese', () => {
    expect(placeholders(en)).toEqual(placeholders(zh));
  });

  it("index.html's title and description are the Chinese messages (the prerender swaps them per language)", () => {
    const html = readFileSync('index.html', 'utf8');
    expect(html).toContain(`<title>${zh.app.title}</title>`);
    expect(html).toContain(`<meta name="description" content="${zh.app.description}" />`);
  });
});

describe('createI18n', () => {
  it('throws on a missing key instead of showing it', () => {
    const i18n = createI18n();
    // @ts-expect-error -- an unknown key is a type error as well; this checks the runtime guard
    expect(() => i18n.t('nothing.here')).toThrow('Missing translation key "nothing.here"');
  });

  it('loads English on demand', async () => {
    const i18n = createI18n();
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    await loadLanguage(i18n, 'en');
    expect(i18n.t('frame.retry')).toBe('Try again');
  });

  it('switches synchronously to a language whose messages are loaded', async () => {
    const i18n = createI18n();
    expect(hasMessages(i18n, 'en')).toBe(false);
    await loadMessages(i18n, 'en');
    expect(hasMessages(i18n, 'en')).toBe(true);
    expect(i18n.language).toBe('zh');
    const seen: string[] = [];
    i18n.on('languageChanged', (l: string) => seen.push(l));
    void i18n.changeLanguage('en');
    // Not after an await: the page re-renders in the new language before the browser paints.
    expect(seen).toEqual(['en']);
    expect(i18n.t('frame.retry')).toBe('Try again');
  });
});
