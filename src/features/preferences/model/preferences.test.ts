import { describe, expect, it } from 'vitest';
import bootScript from '../../../../public/boot.js?raw';
import { applyTheme, readLanguagePreference, readTheme, rememberLanguage, STORAGE_KEYS } from './preferences';

describe('preferences', () => {
  it('uses the same storage keys as the boot script that runs before first paint', () => {
    expect(bootScript).toContain(`'${STORAGE_KEYS.theme}'`);
    expect(bootScript).toContain(`'${STORAGE_KEYS.language}'`);
  });

  it('applies and remembers a theme; system removes both', () => {
    applyTheme('projector');
    expect(document.documentElement.dataset.theme).toBe('projector');
    expect(readTheme()).toBe('projector');
    applyTheme('system');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    expect(readTheme()).toBe('system');
  });

  it('ignores a stored value it does not know', () => {
    localStorage.setItem(STORAGE_KEYS.theme, '<script>');
    expect(readTheme()).toBe('system');
    localStorage.setItem(STORAGE_KEYS.language, 'fr');
    expect(readLanguagePreference()).toBeNull();
    rememberLanguage('en');
    expect(readLanguagePreference()).toBe('en');
  });
});
