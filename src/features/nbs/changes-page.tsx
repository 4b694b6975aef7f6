import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isFrameProblem } from '@/components/model/frame-model';
import { countyOfView } from '@/components/model/nbs-history';
import { ModelTable } from '@/components/model-table';
import { nbsCityHistoryQueryOptions, nbsIndexQueryOptions } from '@/data/api/get-nbs-history';
import { HttpError } from '@/lib/api-client';
import { pageMeta, usePageMeta } from '@/lib/page-meta';
import { paths } from '@/lib/paths';
import { useLanguage } from '@/lib/use-language';
import { useViewState } from '@/lib/use-url-state';
import { Frame } from '@/frames/frame';
import { useFrameModel } from '@/frames/use-frame-model';
import { CityPicker } from './components/city-picker';
import { nbsCountyChangesFrame } from './history-frames';
import { pickableCities } from './model/history-cities';

/**
 * What changed in one county-level unit, release by release: committees that appeared,
 * disappeared, changed kind or were renamed, searchable by name or code.
 */
export function ChangesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const queryClient = useQueryClient();
  const [view, setView] = useViewState();
  usePageMeta(pageMeta(t, t('history.countyFrame'), t('meta.changes')));
  const county = countyOfView(view);
  const city = useQuery(nbsCityHistoryQueryOptions(county.slice(0, 4)));
  const [wanted, setWanted] = useState(false);
  const index = useQuery({ ...nbsIndexQueryOptions(), enabled: wanted });
  const cities = useMemo(() => (index.data ? pickableCities(index.data) : undefined), [index.data]);
  const result = useFrameModel(nbsCountyChangesFrame, view);
  const model = result.status === 'ready' && !isFrameProblem(result.model) ? result.model : undefined;
  return (
    <>
      <h1 className="page-title">{t('history.countyFrame')}</h1>
      <p className="page-intro">{t('history.countyPickerHint')}</p>
      <p className="history-links">
        {t('history.links')} <Link href={paths.trend}>{t('history.pageTitle')}</Link>
        {t('audit.listSeparator')}
        <Link href={paths.china}>{t('history.chinaLink')}</Link>
      </p>
      <div className="history-pickers">
        <CityPicker
          cities={cities}
          loading={index.isFetching}
          onWanted={() => setWanted(true)}
          onPick={(c) =>
            void queryClient.fetchQuery(nbsCityHistoryQueryOptions(c.code)).then((file) => {
              const first = file.counties[0]?.[0];
              if (first) setView({ ...view, county: first, q: '' });
            })
          }
        />
        <div className="history-field">
          <label htmlFor={`${id}-county`}>{t('history.countyPicker')}</label>
          <select id={`${id}-county`} value={county} onChange={(e) => setView({ ...view, county: e.target.value })}>
            {(city.data?.counties ?? []).map((c) => (
              <option key={c[0]} value={c[0]}>
                {t('history.unitRef', { name: language === 'zh' ? c[1] : c[2], code: c[0] })}
              </option>
            ))}
            {!city.data && <option value={county}>{county}</option>}
          </select>
        </div>
        <form className="history-field" role="search" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor={`${id}-q`}>{t('history.searchLabel')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={view.q}
            placeholder={t('history.searchPlaceholder')}
            autoComplete="off"
            onChange={(e) => setView({ ...view, q: e.target.value.slice(0, 40) })}
          />
        </form>
      </div>
      {city.error instanceof HttpError && city.error.status === 404 ? (
        // A code of no city: say so, rather than that a file is missing.
        <p role="alert">{t('history.noSuchCounty', { code: county })}</p>
      ) : (
        <Frame definition={nbsCountyChangesFrame} />
      )}
      <section className="nbs-about" aria-labelledby={`${id}-results`} aria-live="polite">
        <h2 id={`${id}-results`} className="section-title">
          {model?.subtitle ?? t('history.resultsTitle')}
        </h2>
        {model &&
          (model.table.rows.length > 0 ? (
            <ModelTable table={model.table} />
          ) : (
            <p>{t('history.noResults', { q: view.q })}</p>
          ))}
      </section>
    </>
  );
}
