import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame, type Citation, type FrameState } from '@/features/charts/components/chart-frame';
import { DataTable, type DataColumn } from '@/features/charts/components/data-table';
import { DerivedValue, FigureValue } from '@/features/charts/components/figure-value';
import { LazyStackedBarChart } from '@/features/charts/components/lazy-charts';
import { MeasureControl } from '@/features/charts/components/measure-control';
import { useDatasetFrame } from '@/features/charts/components/use-dataset-frame';
import type { FrameTable } from '@/features/datasets/model/frame-table';
import { NBS_KINDS } from '@/features/datasets/model/nbs-kinds';
import type { NbsChinaCity, NbsCounts } from '@/features/datasets/model/nbs-schema';
import { adminUnits } from '@/features/datasets/model/units';
import { nbsChinaQueryOptions } from '@/features/nbs/api/get-nbs-china';
import {
  compareWithNbs,
  countsTotal,
  sumCounts,
  type ComparedCell,
  type ComparedRow,
} from '@/features/nbs/model/compare';
import { puyangNbs } from '@/features/nbs/model/puyang';
import { formatCompact, formatNumber } from '@/lib/format';
import type { Language } from '@/lib/i18n';
import { frameView, withFrameView, type MapMeasure } from '@/lib/url-state';
import { useLanguage } from '@/lib/use-language';
import { useViewState } from '@/lib/use-url-state';

export const NBS_COMPARISON_FRAME = 'nbs-comparison';
export const NBS_CITY_FRAME = 'nbs-city';

const KIND_COLORS: Record<(typeof NBS_KINDS)[number], string> = {
  villages: 'var(--series-1)',
  residents: 'var(--series-2)',
  residentsLike: 'var(--series-3)',
  villagesLike: 'var(--series-4)',
};

const unitName = (r: ComparedRow, language: Language) => (r.shortName ?? r.name)[language];

function replyValue(r: ComparedRow, measure: MapMeasure): number | undefined {
  if (measure === 'villages') return r.villages.reply?.value;
  if (measure === 'communities') return r.communities.reply?.value;
  return (r.villages.reply?.value ?? 0) + (r.communities.reply?.value ?? 0);
}

function nbsValue(r: ComparedRow, measure: MapMeasure): number | undefined {
  if (!r.counts) return undefined;
  if (measure === 'villages') return r.counts.villages;
  if (measure === 'communities') return r.counts.residents;
  return countsTotal(r.counts);
}

/** A difference, highlighted when not zero; never phrased as an error. */
function Difference({ cell }: { cell: ComparedCell }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (cell.difference === undefined) return <span className="nbs-none">—</span>;
  if (cell.difference === 0)
    return (
      <span className="nbs-diff nbs-diff--same">
        <DerivedValue text={t('nbs.same')} />
      </span>
    );
  const signed = `${cell.difference > 0 ? '+' : '−'}${formatNumber(Math.abs(cell.difference), language)}`;
  return (
    <mark className="nbs-diff nbs-diff--differs" title={t('nbs.diffHint')}>
      <DerivedValue text={signed} />
    </mark>
  );
}

/** The reply's villages and communities beside the NBS counts for each of Puyang's units. */
export function NbsComparisonFrame() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [viewState, setViewState] = useViewState();
  const view = frameView(viewState, NBS_COMPARISON_FRAME);
  const {
    dataset,
    selected: comparison,
    state,
  } = useDatasetFrame('divisions', (d) => compareWithNbs(d, adminUnits, puyangNbs));
  const fmt = (v: number) => formatNumber(v, language);
  const noCode = <span className="nbs-none">{t('nbs.noCode')}</span>;
  const nbsCell = (r: ComparedRow, pick: (c: NbsCounts) => number) => (r.counts ? fmt(pick(r.counts)) : noCode);
  const title = t('nbs.comparisonTitle');
  const rows = comparison?.rows ?? [];
  const measure = viewState.measure;

  const columns: DataColumn<ComparedRow>[] = [
    { key: 'unit', header: t('county.unit'), cell: (r) => unitName(r, language) },
    { key: 'code', header: t('nbs.code'), cell: (r) => r.code ?? noCode },
    {
      key: 'replyVillages',
      header: t('nbs.replyVillages'),
      numeric: true,
      cell: (r) => (r.villages.reply ? <FigureValue figure={r.villages.reply} /> : t('frame.notStated')),
    },
    { key: 'nbsVillages', header: t('nbs.nbsVillages'), numeric: true, cell: (r) => nbsCell(r, (c) => c.villages) },
    { key: 'diffVillages', header: t('nbs.difference'), numeric: true, cell: (r) => <Difference cell={r.villages} /> },
    {
      key: 'replyCommunities',
      header: t('nbs.replyCommunities'),
      numeric: true,
      cell: (r) => (r.communities.reply ? <FigureValue figure={r.communities.reply} /> : t('frame.notStated')),
    },
    {
      key: 'nbsCommunities',
      header: t('nbs.nbsCommunities'),
      numeric: true,
      cell: (r) => nbsCell(r, (c) => c.residents),
    },
    {
      key: 'diffCommunities',
      header: t('nbs.difference'),
      numeric: true,
      cell: (r) => (
        <>
          <Difference cell={r.communities} />
          {r.matchesWithSimilar && <span className="nbs-note">{t('nbs.matchesWithSimilar')}</span>}
        </>
      ),
    },
    {
      key: 'residentsLike',
      header: t('nbs.kinds.residentsLike'),
      numeric: true,
      cell: (r) => nbsCell(r, (c) => c.residentsLike),
    },
    {
      key: 'villagesLike',
      header: t('nbs.kinds.villagesLike'),
      numeric: true,
      cell: (r) => nbsCell(r, (c) => c.villagesLike),
    },
  ];

  const citations: Citation[] = rows.flatMap((r) => {
    const out: Citation[] = [];
    if (r.villages.reply)
      out.push({ label: `${unitName(r, language)} · ${t('county.villages')}`, figure: r.villages.reply });
    if (r.communities.reply)
      out.push({ label: `${unitName(r, language)} · ${t('county.communities')}`, figure: r.communities.reply });
    return out;
  });

  const table: FrameTable | undefined = dataset && {
    title,
    datasetId: dataset.id,
    version: dataset.version,
    columns: [
      { key: 'unit', header: t('county.unit'), numeric: false },
      { key: 'code', header: t('nbs.code'), numeric: false },
      { key: 'replyVillages', header: t('nbs.replyVillages'), numeric: true },
      { key: 'nbsVillages', header: t('nbs.nbsVillages'), numeric: true },
      { key: 'replyCommunities', header: t('nbs.replyCommunities'), numeric: true },
      { key: 'nbsCommunities', header: t('nbs.nbsCommunities'), numeric: true },
      { key: 'residentsLike', header: t('nbs.kinds.residentsLike'), numeric: true },
      { key: 'villagesLike', header: t('nbs.kinds.villagesLike'), numeric: true },
    ],
    rows: rows.map((r) => ({
      key: r.id,
      cells: {
        unit: unitName(r, language),
        code: r.code ?? null,
        replyVillages: r.villages.reply?.value ?? null,
        nbsVillages: r.counts?.villages ?? null,
        replyCommunities: r.communities.reply?.value ?? null,
        nbsCommunities: r.counts?.residents ?? null,
        residentsLike: r.counts?.residentsLike ?? null,
        villagesLike: r.counts?.villagesLike ?? null,
      },
      // NBS columns are our counts of the code list, not figures of the document.
      derived: [
        ...(r.villages.reply?.kind === 'derived' ? ['replyVillages'] : []),
        ...(r.communities.reply?.kind === 'derived' ? ['replyCommunities'] : []),
        'nbsVillages',
        'nbsCommunities',
        'residentsLike',
        'villagesLike',
      ],
      figures: [r.villages.reply?.id, r.communities.reply?.id].filter((id): id is string => !!id),
    })),
    series: ['replyVillages', 'nbsVillages', 'replyCommunities', 'nbsCommunities'],
  };

  const totals = comparison?.totals;
  const footer: ReactNode = totals && (
    <p className="nbs-totals">
      {t('nbs.totals', {
        replyVillages: fmt(totals.reply.villages),
        replyCommunities: fmt(totals.reply.communities),
        nbsVillages: fmt(totals.nbs.villages),
        nbsCommunities: fmt(totals.nbs.residents),
        nbsLike: fmt(totals.nbs.residentsLike + totals.nbs.villagesLike),
      })}
    </p>
  );

  return (
    <ChartFrame
      frameId={NBS_COMPARISON_FRAME}
      title={title}
      subtitle={t('nbs.comparisonSubtitle')}
      controls={<MeasureControl />}
      state={state}
      view={view}
      onViewChange={(v) => setViewState(withFrameView(viewState, NBS_COMPARISON_FRAME, v))}
      source={dataset?.source}
      datasetId={dataset?.id}
      citations={citations}
      data={table}
      skeletonHeight={420}
      chart={() =>
        comparison && (
          <>
            <LazyStackedBarChart
              label={`${title} · ${t(`map.measures.${measure}`)}`}
              summary={t('nbs.chartSummary')}
              grouped
              hatchLabel={t('frame.hatchDerived')}
              categories={rows.map((r) => ({ id: r.id, label: unitName(r, language) }))}
              series={[
                {
                  key: 'reply',
                  label: t('nbs.reply'),
                  color: 'var(--series-1)',
                  values: rows.map((r) => replyValue(r, measure)),
                  derived: rows.map(
                    (r) =>
                      measure === 'total' ||
                      (measure === 'villages' ? r.villages : r.communities).reply?.kind === 'derived',
                  ),
                },
                {
                  key: 'nbs',
                  label: t('nbs.nbs'),
                  color: 'var(--series-2)',
                  values: rows.map((r) => nbsValue(r, measure)),
                  derived: rows.map(() => false),
                },
              ]}
              formatValue={fmt}
              formatTick={(v) => formatCompact(v, language)}
              keyboardHint={t('chart.keyboardHint')}
              describeCategory={(i) => {
                const r = rows[i];
                if (!r) return '';
                const reply = replyValue(r, measure);
                const nbs = nbsValue(r, measure);
                return t('nbs.describe', {
                  unit: unitName(r, language),
                  reply: reply === undefined ? t('frame.notStated') : fmt(reply),
                  nbs: nbs === undefined ? t('nbs.noCode') : fmt(nbs),
                });
              }}
            />
            {footer}
          </>
        )
      }
      table={() =>
        comparison && (
          <>
            <DataTable caption={title} columns={columns} rows={rows} rowKey={(r) => r.id} />
            {footer}
          </>
        )
      }
    />
  );
}

type CountyRowData = NbsChinaCity['counties'][number];
const countsOf = ([, , residents, villages, residentsLike, villagesLike]: CountyRowData): NbsCounts => ({
  residents,
  villages,
  residentsLike,
  villagesLike,
});

/** One city's county-level units by committee kind (from the all-China file). */
export function NbsCityFrame({ code }: { code: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [viewState, setViewState] = useViewState();
  const view = frameView(viewState, NBS_CITY_FRAME);
  const query = useQuery(nbsChinaQueryOptions());
  const city = query.data?.cities.find((c) => c.code === code);
  const counties = city?.counties ?? [];
  const fmt = (v: number) => formatNumber(v, language);
  const cityName = city ? (language === 'en' ? `${city.en} (${city.name})` : city.name) : code;
  const title = t('nbs.cityTitle', { city: cityName });
  let state: FrameState;
  if (query.isPending) state = { status: 'loading' };
  else if (query.isError) state = { status: 'error', error: query.error, onRetry: () => void query.refetch() };
  else if (counties.length === 0) state = { status: 'empty' };
  else state = { status: 'ready' };
  // Kinds with no committee in this city are left out of the chart (the table keeps them).
  const kinds = NBS_KINDS.filter((k) => k !== 'villagesLike' || counties.some((c) => countsOf(c)[k] > 0));
  const order = ['villages', 'residents', 'residentsLike', 'villagesLike'] as const;
  const chartKinds = order.filter((k) => kinds.includes(k));
  const columns: DataColumn<CountyRowData>[] = [
    { key: 'unit', header: t('county.unit'), cell: (c) => <span lang="zh-CN">{c[1]}</span> },
    { key: 'code', header: t('nbs.code'), cell: (c) => c[0] },
    ...order.map((k): DataColumn<CountyRowData> => ({
      key: k,
      header: t(`nbs.kinds.${k}`),
      numeric: true,
      cell: (c) => fmt(countsOf(c)[k]),
    })),
    {
      key: 'total',
      header: t('county.total'),
      numeric: true,
      cell: (c) => <DerivedValue text={fmt(countsTotal(countsOf(c)))} />,
    },
  ];
  const total = sumCounts(counties.map(countsOf));
  const table: FrameTable | undefined = city && {
    title,
    datasetId: `nbs-${city.code}`,
    version: query.data?.release.published ?? '',
    columns: [
      { key: 'unit', header: t('county.unit'), numeric: false },
      { key: 'code', header: t('nbs.code'), numeric: false },
      ...order.map((k) => ({ key: k, header: t(`nbs.kinds.${k}`), numeric: true })),
      { key: 'total', header: t('county.total'), numeric: true },
    ],
    rows: counties.map((c) => ({
      key: c[0],
      cells: { unit: c[1], code: c[0], ...countsOf(c), total: countsTotal(countsOf(c)) },
      derived: ['total'],
      figures: [],
    })),
    series: [...chartKinds],
  };
  return (
    <ChartFrame
      frameId={NBS_CITY_FRAME}
      title={title}
      subtitle={
        city
          ? t('nbs.citySubtitle', {
              units: counties.length,
              villages: fmt(total.villages),
              residents: fmt(total.residents),
              like: fmt(total.residentsLike + total.villagesLike),
            })
          : undefined
      }
      state={state}
      view={view}
      onViewChange={(v) => setViewState(withFrameView(viewState, NBS_CITY_FRAME, v))}
      data={table}
      skeletonHeight={360}
      chart={() => (
        <LazyStackedBarChart
          label={title}
          summary={t('nbs.citySummary', { city: cityName, units: counties.length })}
          categories={counties.map((c) => ({ id: c[0], label: c[1] }))}
          series={chartKinds.map((k) => ({
            key: k,
            label: t(`nbs.kinds.${k}`),
            color: KIND_COLORS[k],
            values: counties.map((c) => countsOf(c)[k]),
            derived: counties.map(() => false),
          }))}
          formatValue={fmt}
          formatTick={(v) => formatCompact(v, language)}
          keyboardHint={t('chart.keyboardHint')}
          describeCategory={(i) => {
            const c = counties[i];
            if (!c) return '';
            const n = countsOf(c);
            return t('nbs.describeCity', {
              unit: c[1],
              villages: fmt(n.villages),
              residents: fmt(n.residents),
              like: fmt(n.residentsLike + n.villagesLike),
            });
          }}
        />
      )}
      table={() => <DataTable caption={title} columns={columns} rows={counties} rowKey={(c) => c[0]} />}
    />
  );
}
