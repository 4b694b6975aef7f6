import { useTranslation } from 'react-i18next';
import { Link, useLocation, useRouter } from 'wouter';
import areas from 'virtual:county-map-areas';
import { adminUnits } from '@/features/datasets/model/units';
import { formatNumber, formatShare } from '@/lib/format';
import { frameView, withFrameView, type MapMeasure } from '@/lib/url-state';
import { useLanguage } from '@/lib/use-language';
import { useViewState } from '@/lib/use-url-state';
import { buildCountyBreakdown, type CountyRow } from '../model/county-breakdown';
import { classify, MAP_HEIGHT as HEIGHT, MAP_WIDTH as WIDTH } from '../model/county-map';
import { MAP_FRAME } from '../model/frame-ids';
import { mapTable } from '../model/frame-table';
import { ChartFrame, type Citation } from './chart-frame';
import { MeasureControl } from './measure-control';
import { unitPath } from './county-breakdown-frame';
import { DataTable } from './data-table';
import { useDatasetFrame } from './use-dataset-frame';

export { MAP_FRAME };
const CLASSES = 5;

function valueOf(row: CountyRow, measure: MapMeasure): number {
  return measure === 'total' ? row.total : (row[measure]?.value ?? 0);
}

/** The six county-level divisions on a map, coloured by the chosen measure, with the three zones as tiles. */
export function CountyMapFrame({ highlight }: { highlight?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const { base } = useRouter();
  const [viewState, setViewState] = useViewState();
  const {
    dataset,
    selected: rows = [],
    state,
    release,
  } = useDatasetFrame('divisions', (d) => buildCountyBreakdown(d, adminUnits).rows);
  const measure = viewState.measure;
  const byId = new Map(rows.map((r) => [r.unit.id, r]));
  const mapped = rows.filter((r) => r.unit.kind !== 'functional-zone');
  const zones = rows.filter((r) => r.unit.kind === 'functional-zone');
  const { classOf, breaks } = classify(
    mapped.map((r) => valueOf(r, measure)),
    CLASSES,
  );
  const name = (r: CountyRow) => (r.unit.shortName ?? r.unit.name)[language];
  const fmt = (v: number) => formatNumber(v, language);
  // The stated figures behind the mapped values (a total is drawn from both counts).
  const cited = measure === 'total' ? (['villages', 'communities'] as const) : ([measure] as const);
  const citations: Citation[] = rows.flatMap((r) =>
    cited.flatMap((key) => {
      const cell = r[key];
      return cell ? [{ label: `${name(r)} · ${t(`county.${key}`)}`, figure: cell.figure }] : [];
    }),
  );

  return (
    <ChartFrame
      frameId={MAP_FRAME}
      title={t('map.title')}
      subtitle={t('map.subtitle')}
      controls={<MeasureControl />}
      state={state}
      release={release}
      view={frameView(viewState, MAP_FRAME)}
      onViewChange={(v) => setViewState(withFrameView(viewState, MAP_FRAME, v))}
      source={dataset?.source}
      datasetId={dataset?.id}
      citations={citations}
      data={dataset && mapTable(dataset, t('map.title'), rows, measure, t, language)}
      skeletonHeight={HEIGHT}
      chart={() => (
        <div className="county-map">
          <svg
            className="county-map__svg"
            data-exportable=""
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="group"
            aria-label={`${t('map.title')}: ${t(`map.measures.${measure}`)}`}
          >
            {areas.map((a) => {
              const row = byId.get(a.id);
              if (!row) return null;
              const value = valueOf(row, measure);
              const label = t('map.areaLabel', { unit: name(row), value: fmt(value) });
              return (
                <a
                  key={a.id}
                  href={`${base}${unitPath(a.id)}`}
                  aria-label={label}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(unitPath(a.id));
                  }}
                >
                  <title>{label}</title>
                  <path
                    d={a.path}
                    className={`county-map__area map-class-${classOf(value)}${highlight === a.id ? ' is-highlighted' : ''}`}
                  />
                </a>
              );
            })}
            {areas.map((a) => {
              const row = byId.get(a.id);
              if (!row) return null;
              const [x, y] = a.labelAt;
              const lines = [name(row), fmt(valueOf(row, measure))];
              // A chip behind the label keeps it legible (and 4.5:1) on any fill, even where a
              // small area's label reaches into its neighbour.
              const width = Math.max(...lines.map((l) => l.length)) * (language === 'zh' ? 12 : 7) + 10;
              return (
                <g key={a.id} className="county-map__label" aria-hidden="true">
                  <rect x={x - width / 2} y={y - 13} width={width} height={31} rx={4} />
                  <text x={x} y={y} textAnchor="middle">
                    <tspan x={x}>{lines[0]}</tspan>
                    <tspan x={x} dy="1.15em">
                      {lines[1]}
                    </tspan>
                  </text>
                </g>
              );
            })}
          </svg>
          <div className="county-map__side">
            <ul className="zone-tiles">
              {zones.map((r) => (
                <li key={r.unit.id}>
                  <Link
                    href={unitPath(r.unit.id)}
                    className={`zone-tile map-class-${classOf(valueOf(r, measure))}${highlight === r.unit.id ? ' is-highlighted' : ''}`}
                  >
                    <span>{name(r)}</span>
                    <strong>{fmt(valueOf(r, measure))}</strong>
                  </Link>
                </li>
              ))}
            </ul>
            <p className="county-map__note">{t('map.zonesNote')}</p>
            <div className="map-legend" role="list" aria-label={t('map.legend')}>
              {breaks.slice(0, -1).map((b, i) => (
                <span role="listitem" key={b} className="map-legend__item">
                  <svg width="16" height="16" aria-hidden="true">
                    <rect width="16" height="16" className={`map-class-${i}`} />
                  </svg>
                  {fmt(b)}–{fmt(breaks[i + 1] ?? b)}
                </span>
              ))}
            </div>
          </div>
          <p className="county-map__attribution">{t('map.attribution')}</p>
        </div>
      )}
      table={() => (
        <DataTable
          caption={`${t('map.title')}: ${t(`map.measures.${measure}`)}`}
          columns={[
            {
              key: 'unit',
              header: t('county.unit'),
              cell: (r: CountyRow) => <Link href={unitPath(r.unit.id)}>{name(r)}</Link>,
            },
            {
              key: 'value',
              header: t(`map.measures.${measure}`),
              numeric: true,
              cell: (r) => fmt(valueOf(r, measure)),
            },
            { key: 'share', header: t('county.share'), numeric: true, cell: (r) => formatShare(r.share, language) },
          ]}
          rows={rows}
          rowKey={(r) => r.unit.id}
        />
      )}
    />
  );
}
