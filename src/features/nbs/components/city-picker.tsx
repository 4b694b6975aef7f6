import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/use-language';
import { searchCities, type PickableCity } from '../model/city-search';

export interface CityPickerProps<C extends PickableCity> {
  /** Undefined until the city list has loaded (it loads when the field is first used). */
  cities: readonly C[] | undefined;
  loading: boolean;
  /** Asks for the city list (the first focus or keystroke). */
  onWanted: () => void;
  onPick: (city: C) => void;
  /** A result is pointed at or focused: the reader is about to pick it (its data can load now). */
  onIntent?: (city: C) => void;
  /** The field's label, when it is not "find a city". */
  label?: string;
}

/** A search field over every prefecture-level city, in Chinese, pinyin or English. */
export function CityPicker<C extends PickableCity>({
  cities,
  loading,
  onWanted,
  onPick,
  onIntent,
  label,
}: CityPickerProps<C>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [query, setQuery] = useState('');
  const field = useRef<HTMLInputElement>(null);
  // The field is prerendered: a reader may type before the app starts, and hydration keeps the
  // text in the field without telling React. Adopt it once, so the search runs on it.
  useEffect(() => {
    const early = field.current?.value ?? '';
    if (early) {
      onWanted();
      setQuery(early);
    }
    // Only the value present at hydration matters; later keystrokes go through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const results = cities ? searchCities(cities, query) : [];
  return (
    <div className="city-picker">
      <label htmlFor={`${id}-q`}>{label ?? t('nbs.pickerLabel')}</label>
      <input
        ref={field}
        id={`${id}-q`}
        type="search"
        value={query}
        placeholder={t('nbs.pickerPlaceholder')}
        autoComplete="off"
        aria-describedby={`${id}-status`}
        onFocus={onWanted}
        onChange={(e) => {
          onWanted();
          setQuery(e.target.value);
        }}
      />
      <p id={`${id}-status`} className="city-picker__status" aria-live="polite">
        {loading
          ? t('nbs.pickerLoading')
          : query.trim() && cities
            ? t('nbs.pickerResults', { count: results.length })
            : ''}
      </p>
      {results.length > 0 && (
        <ul className="city-picker__results" aria-label={t('nbs.pickerResultsLabel')}>
          {results.map((c) => (
            <li key={c.code}>
              <button
                type="button"
                data-city={c.code}
                onClick={() => onPick(c)}
                onPointerEnter={() => onIntent?.(c)}
                onFocus={() => onIntent?.(c)}
              >
                <span lang="zh-CN">{c.name}</span>
                <span className="city-picker__meta">
                  {language === 'en' ? `${c.en} · ${c.province.en}` : `${c.province.zh} · ${c.en}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
