import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { datasetQueryOptions } from '@/features/datasets/api/get-dataset';
import { adminUnits } from '@/features/datasets/model/units';
import { formatDate, formatNumber, formatShare } from '@/lib/format';
import type { Language } from '@/lib/i18n';
import type { FrameView } from '@/lib/url-state';
import { useLanguage } from '@/lib/use-language';
import { buildCountyBreakdown, type CountyBreakdown, type CountyRow } from '../model/county-breakdown';
import { ChartFrame, type Citation, type FrameState } from './chart-frame';
import { DataTable, type DataColumn } from './data-table';
import { DerivedValue, FigureValue } from './figure-value';
import { LazyStackedBarChart } from './lazy-charts';

/** Series colours are theme tokens (Okabe–Ito hues, tuned per theme in app.css). */
const COLORS = { villages: 'var(--series-1)', communities: 'var(--series-2)' } as const;

function unitName(row: CountyRow, language: Language): string {
  return (row.unit.shortName ?? row.unit.name)[language];
}

/** Screen-reader summary written from the data, not by hand. */
export function summarise(breakdown: CountyBreakdown, language: Language, t: ReturnType<typeof useTranslation>['t']) {
  const [top] = [...breakdown.rows].sort((a, b) => b.total - a.total);
  const [most] = [...breakdown.rows].sort((a, b) => (b.communities?.value ?? 0) - (a.communities?.value ?? 0));
  const cityCommunities = breakdown.city.communities?.value;
  if (!top || !most || !cityCommunities) return '';
  return t('county.summary', {
    top: unitName(top, language),
    topTotal: formatNumber(top.total, language),
    topShare: formatShare(top.share, language),
    most: unitName(most, language),
    mostCommunities: formatNumber(most.communities?.value ?? 0, language),
    mostShare: formatNumber(cityCommunities, language),
    mostCommunitiesShare: formatShare((most.communities?.value ?? 0) / cityCommunities, language),
  });
}

/** Villages and communities per county-level unit, as stacked bars and as a table. */
export function CountyBreakdownFrame({
  view,
  onViewChange,
}: {
  view: FrameView;
  onViewChange: (v: FrameView) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useQuery(datasetQueryOptions('divisions'));
  const breakdown = query.data ? buildCountyBreakdown(query.data, adminUnits) : undefined;

  let state: FrameState;
  if (query.isPending) state = { status: 'loading' };
  else if (query.isError) state = { status: 'error', error: query.error, onRetry: () => void query.refetch() };
  else if (!breakdown || breakdown.rows.length === 0) state = { status: 'empty' };
  else state = { status: 'ready' };

  const fmt = (v: number) => formatNumber(v, language);
  const columns: DataColumn<CountyRow>[] = [
    { key: 'unit', header: t('county.unit'), cell: (r) => unitName(r, language) },
    {
      key: 'villages',
      header: t('county.villages'),
      numeric: true,
      cell: (r) => r.villages && <FigureValue figure={r.villages.figure} />,
    },
    {
      key: 'communities',
      header: t('county.communities'),
      numeric: true,
      cell: (r) => r.communities && <FigureValue figure={r.communities.figure} />,
    },
    { key: 'total', header: t('county.total'), numeric: true, cell: (r) => <DerivedValue text={fmt(r.total)} /> },
    {
      key: 'share',
      header: t('county.share'),
      numeric: true,
      cell: (r) => <DerivedValue text={formatShare(r.share, language)} />,
    },
    { key: 'rank', header: t('county.rank'), numeric: true, cell: (r) => <DerivedValue text={fmt(r.rank)} /> },
  ];

  const citations: Citation[] = [];
  if (query.data && breakdown) {
    for (const r of breakdown.rows) {
      if (r.villages)
        citations.push({ label: `${unitName(r, language)} · ${t('county.villages')}`, figure: r.villages.figure });
      if (r.communities)
        citations.push({
          label: `${unitName(r, language)} · ${t('county.communities')}`,
          figure: r.communities.figure,
        });
    }
    const { villages, communities, total } = breakdown.city;
    for (const [cell, label] of [
      [villages, t('county.villages')],
      [communities, t('county.communities')],
      [total, t('county.total')],
    ] as const)
      if (cell) citations.push({ label: `${t('county.cityTotal')} · ${label}`, figure: cell.figure });
  }

  return (
    <ChartFrame
      title={t('county.title')}
      subtitle={query.data ? t('county.subtitle', { date: formatDate(query.data.version, language) }) : undefined}
      state={state}
      view={view}
      onViewChange={onViewChange}
      source={query.data?.source}
      citations={citations}
      skeletonHeight={360}
      chart={() =>
        breakdown && (
          <LazyStackedBarChart
            label={t('county.title')}
            summary={summarise(breakdown, language, t)}
            categories={breakdown.rows.map((r) => ({ id: r.unit.id, label: unitName(r, language) }))}
            series={(['villages', 'communities'] as const).map((key) => ({
              key,
              label: t(`county.${key}`),
              color: COLORS[key],
              values: breakdown.rows.map((r) => r[key]?.value),
              derived: breakdown.rows.map((r) => r[key]?.kind === 'derived'),
            }))}
            formatValue={fmt}
            keyboardHint={t('chart.keyboardHint')}
            describeCategory={(i) => {
              const r = breakdown.rows[i];
              if (!r) return '';
              return t('county.describe', {
                unit: unitName(r, language),
                villages: r.villages ? fmt(r.villages.value) : t('frame.notStated'),
                communities: r.communities ? fmt(r.communities.value) : t('frame.notStated'),
                total: fmt(r.total),
                share: formatShare(r.share, language),
                rank: r.rank,
              });
            }}
          />
        )
      }
      table={() =>
        breakdown && (
          <DataTable caption={t('county.title')} columns={columns} rows={breakdown.rows} rowKey={(r) => r.unit.id} />
        )
      }
    />
  );
}
