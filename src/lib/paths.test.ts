import { describe, expect, it } from 'vitest';
import { basePath, canonicalPath, languageOfPath, switchLanguagePath } from './paths';

describe('languageOfPath', () => {
  it.each([
    ['/', 'zh'],
    ['/zh/', 'zh'],
    ['/en', 'en'],
    ['/en/', 'en'],
    ['/english', 'zh'],
  ] as const)('%s is %s', (path, language) => {
    expect(languageOfPath(path)).toBe(language);
  });
});

describe('basePath', () => {
  it('is the prefix, or empty without one', () => {
    expect(basePath('/en/')).toBe('/en');
    expect(basePath('/zh')).toBe('/zh');
    expect(basePath('/')).toBe('');
    expect(basePath('/english')).toBe('');
  });
});

describe('switchLanguagePath', () => {
  it('replaces or adds the prefix', () => {
    expect(switchLanguagePath('/', 'en')).toBe('/en/');
    expect(switchLanguagePath('/en/', 'zh')).toBe('/zh/');
    expect(switchLanguagePath('/en', 'zh')).toBe('/zh/');
  });
});

describe('canonicalPath', () => {
  it('treats / and /zh/ as the same page', () => {
    expect(canonicalPath('/')).toBe(canonicalPath('/zh/'));
    expect(canonicalPath('/en/')).toBe('/en/');
  });
});
