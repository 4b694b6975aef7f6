import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_MEASURES } from '@/lib/url-state';
import { useViewState } from '@/lib/use-url-state';

/** Measure picker (villages, communities, both), kept in the URL (`measure=`). */
export function MeasureControl() {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useViewState();
  return (
    <span className="control">
      <label htmlFor={id}>{t('map.measure')}</label>
      <select
        id={id}
        value={state.measure}
        onChange={(e) => setState({ ...state, measure: MAP_MEASURES.find((m) => m === e.target.value) ?? 'total' })}
      >
        {MAP_MEASURES.map((m) => (
          <option key={m} value={m}>
            {t(`map.measures.${m}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
