import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { nbsIndexQueryOptions } from '@/data/api/get-nbs-history';
import { pageMeta, usePageMeta } from '@/lib/page-meta';
import { paths } from '@/lib/paths';
import { useViewState } from '@/lib/use-url-state';
import { Frame } from '@/frames/frame';
import { CityPicker } from './components/city-picker';
import { nbsRankFrame } from './history-frames';
import { pickableCities } from './model/history-cities';

/** Provinces, cities or counties of all China ranked by their change; a chosen city highlighted. */
export function RankingPage() {
  const { t } = useTranslation();
  const [view, setView] = useViewState();
  usePageMeta(pageMeta(t, t('history.chinaTitle'), t('meta.china')));
  const [wanted, setWanted] = useState(false);
  const index = useQuery({ ...nbsIndexQueryOptions(), enabled: wanted || view.city !== null });
  const cities = useMemo(() => (index.data ? pickableCities(index.data) : undefined), [index.data]);
  return (
    <>
      <h1 className="page-title">{t('history.chinaTitle')}</h1>
      <p className="page-intro">{t('history.chinaIntro')}</p>
      <p className="history-links">
        {t('history.links')} <Link href={paths.trend}>{t('history.pageTitle')}</Link>
      </p>
      <div className="history-pickers">
        <CityPicker
          label={t('history.highlightLabel')}
          cities={cities}
          loading={index.isFetching}
          onWanted={() => setWanted(true)}
          onPick={(c) => setView({ ...view, city: c.code })}
        />
        {view.city !== null && (
          <button type="button" className="button button--quiet" onClick={() => setView({ ...view, city: null })}>
            {t('history.highlightNone')}
          </button>
        )}
      </div>
      <Frame definition={nbsRankFrame} />
    </>
  );
}
