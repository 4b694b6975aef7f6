import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { HeadlineTile } from '@/features/charts/components/headline-tile';
import { QueryError } from '@/features/charts/components/query-error';
import { figureById } from '@/features/charts/model/figures';
import { datasetQueryOptions } from '@/features/datasets/api/get-dataset';
import { Frame } from '../frames';
import { OVERVIEW_DATASETS } from './overview-datasets';
import type { Dataset } from '@/features/datasets/model/dataset-schema';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';

function Tiles({ data }: { data: Record<(typeof OVERVIEW_DATASETS)[number], Dataset> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pct = (d: Dataset, id: string) => {
    const f = figureById(d, id);
    return `${formatNumber(f.value, language, f.decimals)}%`;
  };
  const { divisions, renovation, consultation } = data;
  const ruleOfLaw = data['rule-of-law'];
  const selfGovernance = data['self-governance'];
  const total = figureById(divisions, 'total.city');
  return (
    <div className="tiles">
      <HeadlineTile
        dataset={divisions}
        figure={total}
        label={t('overview.totalLabel')}
        href="/counties"
        detail={t('overview.totalDetail', {
          villages: formatNumber(figureById(divisions, 'villages.city').value, language),
          communities: formatNumber(figureById(divisions, 'communities.city').value, language),
        })}
      />
      <HeadlineTile
        dataset={ruleOfLaw}
        figure={figureById(ruleOfLaw, 'disputes.resolved')}
        label={t('overviewTiles.disputes')}
        href="/rule-of-law"
        detail={t('overviewTiles.disputesDetail', {
          found: formatNumber(figureById(ruleOfLaw, 'disputes.found').value, language),
          rate: pct(ruleOfLaw, 'disputes.resolution-rate'),
        })}
      />
      <HeadlineTile
        dataset={renovation}
        figure={figureById(renovation, 'compounds.2022-2023')}
        label={t('overviewTiles.renovated')}
        href="/renovation"
      />
      <HeadlineTile
        dataset={renovation}
        figure={figureById(renovation, 'investment-completed.2023')}
        label={t('overviewTiles.investment')}
        href="/renovation"
        detail={t('overviewTiles.investmentDetail', { rate: pct(renovation, 'investment-completed-share.2023') })}
      />
      <HeadlineTile
        dataset={consultation}
        figure={figureById(consultation, 'councils')}
        label={t('overviewTiles.councils')}
        href="/rule-of-law"
        detail={t('overviewTiles.councilsDetail', { rate: pct(consultation, 'councils.rate') })}
      />
      <HeadlineTile
        dataset={selfGovernance}
        figure={figureById(selfGovernance, 'five-star-communities')}
        label={t('overviewTiles.fiveStar')}
        href="/community"
      />
    </div>
  );
}

export function OverviewRoute() {
  const { t } = useTranslation();
  const results = useQueries({ queries: OVERVIEW_DATASETS.map((id) => datasetQueryOptions(id)) });
  const ready = results.every((r) => r.data);
  const failed = results.find((r) => r.isError);
  const data = Object.fromEntries(OVERVIEW_DATASETS.map((id, i) => [id, results[i]?.data])) as Record<
    (typeof OVERVIEW_DATASETS)[number],
    Dataset
  >;
  return (
    <>
      <h1 className="page-title">{t('overview.heading')}</h1>
      {ready ? (
        <Tiles data={data} />
      ) : failed ? (
        <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : (
        <p role="status">{t('frame.loading')}</p>
      )}
      <Frame id="counties" />
    </>
  );
}
