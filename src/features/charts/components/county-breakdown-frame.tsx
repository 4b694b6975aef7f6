import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { adminUnits } from '@/features/datasets/model/units';
import { formatCompact, formatDate, formatNumber, formatShare } from '@/lib/format';
import type { Language } from '@/lib/i18n';
import { COUNTY_LAYOUTS, COUNTY_SORTS, frameView, withFrameView } from '@/lib/url-state';
import { useLanguage } from '@/lib/use-language';
import { useViewState } from '@/lib/use-url-state';
import { buildCountyBreakdown, sortCountyRows, type CountyBreakdown, type CountyRow } from '../model/county-breakdown';
import { COUNTIES_FRAME } from '../model/frame-ids';
import { countiesTable } from '../model/frame-table';
import { ChartFrame, type Citation, type FrameState } from './chart-frame';
import { DataTable, type DataColumn } from './data-table';
import { DerivedValue, FigureValue } from './figure-value';
import { LazyStackedBarChart } from './lazy-charts';
import { useDatasetFrame } from './use-dataset-frame';

/** Series colours are theme tokens (Okabe–Ito hues, tuned per theme in app.css). */
const COLORS = { villages: 'var(--series-1)', communities: 'var(--series-2)' } as const;

export { COUNTIES_FRAME };

/** Path of a unit's own page (relative to the language prefix). */
export const unitPath = (unitId: string) => `/counties/${unitId}`;

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

/** Sort and layout options of the county chart, kept in the URL. */
function CountyControls() {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useViewState();
  return (
    <>
      <span className="control">
        <label htmlFor={`${id}-sort`}>{t('county.sortBy')}</label>
        <select
          id={`${id}-sort`}
          value={state.sort}
          onChange={(e) => setState({ ...state, sort: COUNTY_SORTS.find((x) => x === e.target.value) ?? 'document' })}
        >
          {COUNTY_SORTS.map((x) => (
            <option key={x} value={x}>
              {t(`county.sorts.${x}`)}
            </option>
          ))}
        </select>
      </span>
      <fieldset className="control control--segmented">
        <legend>{t('county.layout')}</legend>
        {COUNTY_LAYOUTS.map((x) => (
          <label key={x}>
            <input
              type="radio"
              name={`${id}-layout`}
              value={x}
              checked={state.layout === x}
              onChange={() => setState({ ...state, layout: x })}
            />
            {t(`county.layouts.${x}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}

/** Villages and communities per county-level unit, as stacked or grouped bars and as a table. */
export function CountyBreakdownFrame() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [viewState, setViewState] = useViewState();
  const view = frameView(viewState, COUNTIES_FRAME);
  const {
    dataset,
    selected: breakdown,
    state,
    release,
  } = useDatasetFrame('divisions', (d) => buildCountyBreakdown(d, adminUnits));
  const rows = breakdown ? sortCountyRows(breakdown.rows, viewState.sort) : [];
  // A breakdown without unit rows has nothing to draw.
  const frameState: FrameState = state.status === 'ready' && rows.length === 0 ? { status: 'empty' } : state;

  const fmt = (v: number) => formatNumber(v, language);
  const columns: DataColumn<CountyRow>[] = [
    {
      key: 'unit',
      header: t('county.unit'),
      cell: (r) => <Link href={unitPath(r.unit.id)}>{unitName(r, language)}</Link>,
    },
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
  if (breakdown) {
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
      frameId={COUNTIES_FRAME}
      title={t('county.title')}
      subtitle={dataset ? t('county.subtitle', { date: formatDate(dataset.version, language) }) : undefined}
      controls={<CountyControls />}
      state={frameState}
      release={release}
      view={view}
      onViewChange={(v) => setViewState(withFrameView(viewState, COUNTIES_FRAME, v))}
      source={dataset?.source}
      datasetId={dataset?.id}
      citations={citations}
      data={dataset && countiesTable(dataset, t('county.title'), rows, t, language)}
      skeletonHeight={360}
      chart={() =>
        breakdown && (
          <LazyStackedBarChart
            label={t('county.title')}
            summary={summarise(breakdown, language, t)}
            grouped={viewState.layout === 'grouped'}
            hatchLabel={t('frame.hatchDerived')}
            onSelectCategory={(i) => {
              const r = rows[i];
              if (r) navigate(unitPath(r.unit.id));
            }}
            categories={rows.map((r) => ({ id: r.unit.id, label: unitName(r, language) }))}
            series={(['villages', 'communities'] as const).map((key) => ({
              key,
              label: t(`county.${key}`),
              color: COLORS[key],
              values: rows.map((r) => r[key]?.value),
              derived: rows.map((r) => r[key]?.kind === 'derived'),
            }))}
            formatValue={fmt}
            formatTick={(v) => formatCompact(v, language)}
            keyboardHint={t('chart.keyboardHint')}
            describeCategory={(i) => {
              const r = rows[i];
              if (!r) return '';
              // The read-out is the chart's tooltip: it names which of its values are derived.
              const derived = [
                ...(r.villages?.kind === 'derived' ? [t('county.villages')] : []),
                ...(r.communities?.kind === 'derived' ? [t('county.communities')] : []),
                t('county.total'),
                t('county.share'),
                t('county.rank'),
              ];
              return `${t('county.describe', {
                unit: unitName(r, language),
                villages: r.villages ? fmt(r.villages.value) : t('frame.notStated'),
                communities: r.communities ? fmt(r.communities.value) : t('frame.notStated'),
                total: fmt(r.total),
                share: formatShare(r.share, language),
                rank: r.rank,
              })}${t('audit.derivedReadout', { items: derived.join(t('audit.listSeparator')) })}`;
            }}
          />
        )
      }
      table={() =>
        breakdown && <DataTable caption={t('county.title')} columns={columns} rows={rows} rowKey={(r) => r.unit.id} />
      }
    />
  );
}
