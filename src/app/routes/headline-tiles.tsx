import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { HeadlineTile } from '@/features/charts/components/headline-tile';
import { figureById } from '@/features/charts/model/figures';
import { datasetQueryOptions } from '@/features/datasets/api/get-dataset';
import type { Dataset } from '@/features/datasets/model/dataset-schema';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { HEADLINE_DATASETS } from './headline-datasets';

export type HeadlineData = Record<(typeof HEADLINE_DATASETS)[number], Dataset>;

/** The headline datasets: all of them once loaded, else the first failed query (for its retry). */
export function useHeadlineData() {
  const results = useQueries({ queries: HEADLINE_DATASETS.map((id) => datasetQueryOptions(id)) });
  const data = Object.fromEntries(HEADLINE_DATASETS.map((id, i) => [id, results[i]?.data])) as Partial<HeadlineData>;
  const ready = HEADLINE_DATASETS.every((id) => data[id]);
  return { data: ready ? (data as HeadlineData) : undefined, partial: data, failed: results.find((r) => r.isError) };
}

/**
 * The document's six headline figures as tiles, each linking to its page: the one list the
 * overview (with a line of detail under each) and the big screen (without) both show.
 */
export function HeadlineTiles({ data, detailed = false }: { data: HeadlineData; detailed?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pct = (d: Dataset, id: string) => {
    const f = figureById(d, id);
    return `${formatNumber(f.value, language, f.decimals)}%`;
  };
  const { divisions, renovation, consultation } = data;
  const ruleOfLaw = data['rule-of-law'];
  const selfGovernance = data['self-governance'];
  const detail = (text: () => string) => (detailed ? text() : undefined);
  return (
    <>
      <HeadlineTile
        dataset={divisions}
        figure={figureById(divisions, 'total.city')}
        label={t('overview.totalLabel')}
        href="/counties"
        detail={detail(() =>
          t('overview.totalDetail', {
            villages: formatNumber(figureById(divisions, 'villages.city').value, language),
            communities: formatNumber(figureById(divisions, 'communities.city').value, language),
          }),
        )}
      />
      <HeadlineTile
        dataset={ruleOfLaw}
        figure={figureById(ruleOfLaw, 'disputes.resolved')}
        label={t('overviewTiles.disputes')}
        href="/rule-of-law"
        detail={detail(() =>
          t('overviewTiles.disputesDetail', {
            found: formatNumber(figureById(ruleOfLaw, 'disputes.found').value, language),
            rate: pct(ruleOfLaw, 'disputes.resolution-rate'),
          }),
        )}
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
        detail={detail(() =>
          t('overviewTiles.investmentDetail', { rate: pct(renovation, 'investment-completed-share.2023') }),
        )}
      />
      <HeadlineTile
        dataset={consultation}
        figure={figureById(consultation, 'councils')}
        label={t('overviewTiles.councils')}
        href="/rule-of-law"
        detail={detail(() => t('overviewTiles.councilsDetail', { rate: pct(consultation, 'councils.rate') }))}
      />
      <HeadlineTile
        dataset={selfGovernance}
        figure={figureById(selfGovernance, 'five-star-communities')}
        label={t('overviewTiles.fiveStar')}
        href="/community"
      />
    </>
  );
}
