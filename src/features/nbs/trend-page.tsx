import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { unitChangeText } from '@/components/model/nbs-history';
import {
  HOME_CITY,
  nbsCityHistoryQueryOptions,
  nbsIndexQueryOptions,
  nbsMetaQueryOptions,
} from '@/data/api/get-nbs-history';
import { pageMeta, usePageMeta } from '@/lib/page-meta';
import { paths } from '@/lib/paths';
import { useLanguage } from '@/lib/use-language';
import { useViewState } from '@/lib/use-url-state';
import { Frame } from '@/frames/frame';
import { CityPicker } from './components/city-picker';
import { nbsChangeFrame, nbsTrendFrame, nbsYearFrame } from './history-frames';
import { pickableCities } from './model/history-cities';

/**
 * Change over time for one city (Puyang by default): its committees in six releases of the NBS
 * codes (with the reply beside 2023 for Puyang), its change by county, a release's breakdown, and
 * its county-level units merged, split or renamed.
 */
export function TrendPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [view, setView] = useViewState();
  const queryClient = useQueryClient();
  usePageMeta(pageMeta(t, t('history.pageTitle'), t('meta.trend')));
  // The list of cities (83 kB) loads only when the picker is used.
  const [wanted, setWanted] = useState(false);
  const index = useQuery({ ...nbsIndexQueryOptions(), enabled: wanted });
  const cities = useMemo(() => (index.data ? pickableCities(index.data) : undefined), [index.data]);
  const code = view.city ?? HOME_CITY;
  const meta = useQuery(nbsMetaQueryOptions());
  const city = useQuery(nbsCityHistoryQueryOptions(code));
  return (
    <>
      <h1 className="page-title">{t('history.pageTitle')}</h1>
      <p className="page-intro">{t('history.intro')}</p>
      <p className="history-links">
        {t('history.links')} <Link href={paths.china}>{t('history.chinaLink')}</Link>
        {t('audit.listSeparator')}
        <Link href={paths.withQuery(paths.changes, `county=${city.data?.counties[0]?.[0] ?? ''}`)}>
          {t('history.changesLink')}
        </Link>
      </p>
      <section className="nbs-about" aria-labelledby="history-city">
        <h2 id="history-city" className="section-title">
          {t('history.cityPickerTitle')}
        </h2>
        <CityPicker
          cities={cities}
          loading={index.isFetching}
          onWanted={() => setWanted(true)}
          onPick={(c) => setView({ ...view, city: c.code === HOME_CITY ? null : c.code })}
          // A city's file starts loading when its result is pointed at or focused.
          onIntent={(c) => void queryClient.prefetchQuery(nbsCityHistoryQueryOptions(c.code))}
        />
      </section>
      <Frame definition={nbsTrendFrame} />
      <Frame definition={nbsChangeFrame} />
      <Frame definition={nbsYearFrame} />
      <section className="nbs-about" aria-labelledby="history-units">
        <h2 id="history-units" className="section-title">
          {t('history.unitChangesTitle')}
        </h2>
        {city.data && meta.data ? (
          city.data.units.length > 0 ? (
            <ul>
              {city.data.units.map((u) => (
                <li
                  key={`${u.from}-${u.type}-${u.before.map((b) => b.code).join()}-${u.after.map((a) => a.code).join()}`}
                >
                  {unitChangeText(u, city.data.counties, meta.data, { language, t })}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('history.noUnitChanges')}</p>
          )
        ) : null}
      </section>
    </>
  );
}
