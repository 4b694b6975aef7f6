import { describe, expect, it } from 'vitest';
import { languageOfPath, switchLanguagePath } from './paths';

describe('languageOfPath', () => {
  it.each([
    ['/', 'zh'],
    ['/en', 'en'],
    ['/en/', 'en'],
    ['/english', 'zh'],
  ] as const)('%s is %s', (path, language) => {
    expect(languageOfPath(path)).toBe(language);
  });
});

describe('switchLanguagePath', () => {
  it('adds and removes the prefix', () => {
    expect(switchLanguagePath('/', 'en')).toBe('/en/');
    expect(switchLanguagePath('/en/', 'zh')).toBe('/');
    expect(switchLanguagePath('/en', 'zh')).toBe('/');
  });
});
