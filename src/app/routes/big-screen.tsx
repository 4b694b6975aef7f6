import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { HeadlineTile } from '@/features/charts/components/headline-tile';
import { QueryError } from '@/features/charts/components/query-error';
import { figureById } from '@/features/charts/model/figures';
import { datasetQueryOptions } from '@/features/datasets/api/get-dataset';
import type { Dataset } from '@/features/datasets/model/dataset-schema';
import { BigScreen } from '@/features/presenter/components/big-screen';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { Frame } from '../frames';
import { BIG_SCREEN_DATASETS } from './big-screen-datasets';

function Tiles({ data }: { data: Record<(typeof BIG_SCREEN_DATASETS)[number], Dataset> }) {
  const { t } = useTranslation();
  const { divisions, renovation, consultation } = data;
  const ruleOfLaw = data['rule-of-law'];
  const selfGovernance = data['self-governance'];
  return (
    <>
      <HeadlineTile
        dataset={divisions}
        figure={figureById(divisions, 'total.city')}
        label={t('overview.totalLabel')}
        href="/counties"
      />
      <HeadlineTile
        dataset={ruleOfLaw}
        figure={figureById(ruleOfLaw, 'disputes.resolved')}
        label={t('overviewTiles.disputes')}
        href="/rule-of-law"
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
      />
      <HeadlineTile
        dataset={consultation}
        figure={figureById(consultation, 'councils')}
        label={t('overviewTiles.councils')}
        href="/rule-of-law"
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

/** The meeting-room screen: headline figures, the county map and the key charts on one screen. */
export function BigScreenRoute() {
  const { t } = useTranslation();
  const language = useLanguage();
  const results = useQueries({ queries: BIG_SCREEN_DATASETS.map((id) => datasetQueryOptions(id)) });
  const failed = results.find((r) => r.isError);
  const data = Object.fromEntries(BIG_SCREEN_DATASETS.map((id, i) => [id, results[i]?.data])) as Partial<
    Record<(typeof BIG_SCREEN_DATASETS)[number], Dataset>
  >;
  const ready = BIG_SCREEN_DATASETS.every((id) => data[id]);
  const divisions = data.divisions;
  return (
    <BigScreen
      title={t('bigScreen.title')}
      language={language}
      asOfLine={divisions ? t('presenter.published', { date: formatDate(divisions.version, language) }) : ''}
      sourceLine={
        divisions
          ? t('frame.sourceLine', {
              issuer: divisions.source.issuer[language],
              title: divisions.source.title[language],
              date: formatDate(divisions.source.date, language),
            })
          : ''
      }
      tiles={
        ready ? (
          <Tiles data={data as Record<(typeof BIG_SCREEN_DATASETS)[number], Dataset>} />
        ) : failed ? (
          <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
        ) : null
      }
      left={<Frame id="counties" />}
      main={<Frame id="map" />}
      right={
        <>
          <Frame id="renovation-investment" />
          <Frame id="disputes" />
        </>
      }
    />
  );
}
