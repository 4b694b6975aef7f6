import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CountyBreakdownFrame } from '@/features/charts/components/county-breakdown-frame';
import { FigureValue } from '@/features/charts/components/figure-value';
import { datasetQueryOptions } from '@/features/datasets/api/get-dataset';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useViewState } from '@/lib/use-url-state';

function TotalTile() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data } = useQuery(datasetQueryOptions('divisions'));
  const find = (measure: string) => data?.figures.find((f) => f.measure === measure && f.dims?.scope === 'city');
  const total = find('villages-and-communities');
  const villages = find('villages');
  const communities = find('communities');
  if (!total) return null;
  return (
    <div className="tile" data-testid="tile-total">
      <p className="tile__label">{t('overview.totalLabel')}</p>
      <p className="tile__value">
        <FigureValue figure={total} />
      </p>
      {villages && communities && (
        <p className="tile__detail">
          {t('overview.totalDetail', {
            villages: formatNumber(villages.value, language),
            communities: formatNumber(communities.value, language),
          })}
        </p>
      )}
    </div>
  );
}

export function OverviewRoute() {
  const { t } = useTranslation();
  const [state, setState] = useViewState();
  return (
    <>
      <h1 className="page-title">{t('overview.heading')}</h1>
      <div className="tiles">
        <TotalTile />
      </div>
      <CountyBreakdownFrame view={state.view} onViewChange={(view) => setState({ view })} />
    </>
  );
}
