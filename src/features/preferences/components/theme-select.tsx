import { useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { applyTheme, readTheme, subscribeTheme, THEMES } from '../model/preferences';

/** Light, dark, projector, or follow the system; remembered across visits. */
export function ThemeSelect() {
  const { t } = useTranslation();
  const id = useId();
  // The prerendered HTML cannot know the stored theme: it says "system", and hydration then
  // switches to the stored value.
  const theme = useSyncExternalStore(subscribeTheme, readTheme, () => 'system' as const);
  return (
    <div className="pref">
      <label htmlFor={id}>{t('prefs.theme')}</label>
      <select
        id={id}
        value={theme}
        onChange={(e) => {
          const next = THEMES.find((x) => x === e.target.value) ?? 'system';
          applyTheme(next);
        }}
      >
        {THEMES.map((x) => (
          <option key={x} value={x}>
            {t(`prefs.themes.${x}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
