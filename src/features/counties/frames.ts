import countyMap from 'virtual:county-map-areas';
import { barChart } from '@/components/model/bar-chart';
import { classify } from '@/components/model/classify';
import { tilesFrame } from '@/components/model/figure-frames';
import { frameModel } from '@/components/model/frame';
import { figureTile } from '@/components/model/tiles';
import type { Category, CitationModel, MapArea, ModelValue, TableRow } from '@/components/model/frame-model';
import { cellOf, textCell, valueCell } from '@/components/model/table';
import { COUNT, PERCENT } from '@/components/model/units';
import { citationOf, computedValue, figureValue, shareValue, type ModelLocale } from '@/components/model/values';
import { DATASET_IDS } from '@/data/api/get-dataset';
import type { Dataset } from '@/data/model/dataset-schema';
import { figureLabel } from '@/data/model/figures';
import { adminUnits, unitCode, unitLabel } from '@/data/model/units';
import { formatDate, formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import type { MapMeasure } from '@/lib/url-state';
import { defineFrame } from '@/frames/definition';
import { buildCountyBreakdown, sortCountyRows, type CountyRow } from './model/county-breakdown';

/** A unit's values as every output of the county frames shows them. */
interface UnitValues {
  row: CountyRow;
  category: Category;
  villages: ModelValue | null;
  communities: ModelValue | null;
  total: ModelValue;
  share: ModelValue;
  rank: ModelValue;
}

function unitValues(
  dataset: Dataset,
  rows: readonly CountyRow[],
  cityTotal: number,
  locale: ModelLocale,
): UnitValues[] {
  return rows.map((row) => {
    const villages = row.villages ? figureValue(dataset.id, row.villages.figure, locale) : null;
    const communities = row.communities ? figureValue(dataset.id, row.communities.figure, locale) : null;
    const total = computedValue(row.total, 'sum', locale, { inputs: [villages, communities] });
    const city = dataset.figures.find((f) => f.measure === 'villages-and-communities' && f.dims?.scope === 'city');
    return {
      row,
      category: {
        id: unitCode(row.unit),
        label: unitLabel(row.unit, locale.language),
        ...(locale.language === 'zh' ? {} : { native: unitLabel(row.unit, 'zh') }),
        href: paths.unit(row.unit.id),
      },
      villages,
      communities,
      total,
      share: shareValue(row.total, cityTotal, locale, [...total.refs, ...(city ? [`${dataset.id}:${city.id}`] : [])]),
      rank: computedValue(row.rank, 'rank', locale, { decimals: 0, refs: total.refs }),
    };
  });
}

/** The stated or inferred figures behind each unit's counts, then the city's. */
function unitCitations(
  dataset: Dataset,
  values: readonly UnitValues[],
  keys: readonly ('villages' | 'communities')[],
  locale: ModelLocale,
) {
  const { t, language } = locale;
  const out: CitationModel[] = [];
  for (const v of values)
    for (const key of keys) {
      const cell = v.row[key];
      if (cell)
        out.push(
          citationOf(dataset.id, cell.figure, `${unitLabel(v.row.unit, language)} · ${t(`county.${key}`)}`, locale),
        );
    }
  return out;
}

function cityCitations(dataset: Dataset, locale: ModelLocale): CitationModel[] {
  const { t } = locale;
  const { city } = buildCountyBreakdown(dataset, adminUnits);
  return (
    [
      [city.villages, t('county.villages')],
      [city.communities, t('county.communities')],
      [city.total, t('county.total')],
    ] as const
  ).flatMap(([cell, label]) =>
    cell ? [citationOf(dataset.id, cell.figure, `${t('county.cityTotal')} · ${label}`, locale)] : [],
  );
}

/** Screen-reader summary written from the data, not by hand. */
function summarise(values: readonly UnitValues[], cityCommunities: number | undefined, locale: ModelLocale): string {
  const [top] = [...values].sort((a, b) => b.total.value - a.total.value);
  const [most] = [...values].sort((a, b) => (b.communities?.value ?? 0) - (a.communities?.value ?? 0));
  if (!top || !most || !cityCommunities) return '';
  const { t, language } = locale;
  return t('county.summary', {
    top: top.category.label,
    topTotal: top.total.text,
    topShare: `${top.share.text}%`,
    most: most.category.label,
    mostCommunities: most.communities?.text ?? '0',
    mostShare: formatNumber(cityCommunities, language),
    mostCommunitiesShare: `${formatNumber(((most.communities?.value ?? 0) / cityCommunities) * 100, language, 1)}%`,
  });
}

/** Villages and communities per county-level unit, stacked or grouped, in the chosen order. */
export const countiesFrame = defineFrame({
  id: 'counties',
  page: paths.counties,
  title: (t) => t('county.title'),
  needs: { datasets: ['divisions'] },
  controls: ['sort', 'layout'],
  skeletonHeight: 360,
  select(data, view, locale) {
    const { t, language } = locale;
    const dataset = data.dataset('divisions');
    const breakdown = buildCountyBreakdown(dataset, adminUnits);
    const cityTotal = breakdown.city.total?.value ?? breakdown.rows.reduce((s, r) => s + r.total, 0);
    const values = unitValues(dataset, sortCountyRows(breakdown.rows, view.sort), cityTotal, locale);
    const missing = t('frame.notStated');
    const title = t('county.title');
    const chart = barChart(
      {
        layout: view.layout,
        categories: values.map((v) => v.category),
        series: (['villages', 'communities'] as const).map((key) => ({
          key,
          label: t(`county.${key}`),
          color: key === 'villages' ? 'series-1' : 'series-2',
          values: values.map((v) => v[key]),
          missing,
        })),
        totals: values.map((v) => v.total),
        extras: [
          { key: 'total', label: t('county.total'), values: values.map((v) => v.total), unit: COUNT },
          { key: 'share', label: t('county.share'), values: values.map((v) => v.share), unit: PERCENT },
          { key: 'rank', label: t('county.rank'), values: values.map((v) => v.rank) },
        ],
      },
      locale,
    );
    const rows = values.map((v): TableRow => ({
      key: v.category.id,
      cells: {
        unit: textCell(v.category.label, { href: paths.unit(v.row.unit.id) }),
        villages: cellOf(v.villages, missing),
        communities: cellOf(v.communities, missing),
        total: valueCell(v.total),
        share: valueCell(v.share),
        rank: valueCell(v.rank),
      },
    }));
    return frameModel(
      {
        id: 'counties',
        title,
        subtitle: t('county.subtitle', { date: formatDate(dataset.version, language) }),
        unit: COUNT,
        chart,
        summary: summarise(values, breakdown.city.communities?.value, locale),
        table: {
          caption: title,
          columns: [
            { key: 'unit', header: t('county.unit'), numeric: false },
            { key: 'villages', header: t('county.villages'), numeric: true, unit: COUNT },
            { key: 'communities', header: t('county.communities'), numeric: true, unit: COUNT },
            { key: 'total', header: t('county.total'), numeric: true, unit: COUNT },
            { key: 'share', header: t('county.share'), numeric: true, unit: PERCENT },
            { key: 'rank', header: t('county.rank'), numeric: true },
          ],
          rows,
        },
        citations: [
          ...unitCitations(dataset, values, ['villages', 'communities'], locale),
          ...cityCitations(dataset, locale),
        ],
        datasets: [dataset],
        figures: breakdown.rows.flatMap((r) => [r.villages?.figure, r.communities?.figure].filter((f) => !!f)),
      },
      locale,
    );
  },
});

const CLASSES = 5;

function measureValue(v: UnitValues, measure: MapMeasure): ModelValue | null {
  return measure === 'total' ? v.total : v[measure];
}

/** The six county-level divisions on a map, coloured by the chosen measure, the three zones as tiles. */
export const mapFrame = defineFrame({
  id: 'map',
  page: paths.counties,
  title: (t) => t('map.title'),
  needs: { datasets: ['divisions'] },
  controls: ['measure'],
  skeletonHeight: countyMap.height,
  select(data, view, locale) {
    const { t, language } = locale;
    const dataset = data.dataset('divisions');
    const breakdown = buildCountyBreakdown(dataset, adminUnits);
    const cityTotal = breakdown.city.total?.value ?? breakdown.rows.reduce((s, r) => s + r.total, 0);
    const values = unitValues(dataset, breakdown.rows, cityTotal, locale);
    const measure = view.measure;
    const byId = new Map(values.map((v) => [v.row.unit.id, v]));
    const mapped = values.filter((v) => v.row.unit.kind !== 'functional-zone');
    const { classOf, breaks } = classify(
      mapped.map((v) => measureValue(v, measure)?.value ?? 0),
      CLASSES,
    );
    const fmt = (n: number) => formatNumber(n, language);
    const area = (v: UnitValues): MapArea => {
      const value = measureValue(v, measure);
      return {
        id: v.row.unit.id,
        label: v.category.label,
        value,
        colorClass: classOf(value?.value ?? 0),
        href: paths.unit(v.row.unit.id),
      };
    };
    const measureLabel = t(`map.measures.${measure}`);
    const title = t('map.title');
    // A unit's share of the city's count of the measure shown.
    const cityCell = measure === 'total' ? breakdown.city.total : breakdown.city[measure];
    const cityValue = cityCell?.value ?? values.reduce((s, v) => s + (measureValue(v, measure)?.value ?? 0), 0);
    const cityRefs = cityCell ? [`${dataset.id}:${cityCell.figure.id}`] : [];
    const shareOf = (v: UnitValues) => {
      const value = measureValue(v, measure);
      return shareValue(value?.value ?? 0, cityValue, locale, [...(value?.refs ?? []), ...cityRefs]);
    };
    const missing = t('frame.notStated');
    return frameModel(
      {
        id: 'map',
        title,
        subtitle: t('map.subtitle'),
        unit: COUNT,
        chart: {
          kind: 'map',
          width: countyMap.width,
          height: countyMap.height,
          areas: countyMap.areas.flatMap((a) => {
            const v = byId.get(a.id);
            return v ? [{ ...area(v), path: a.path, labelAt: a.labelAt }] : [];
          }),
          zones: values.filter((v) => v.row.unit.kind === 'functional-zone').map(area),
          classes: breaks.slice(0, -1).map((from, i) => {
            const to = breaks[i + 1] ?? from;
            return { from, to, label: `${fmt(from)}–${fmt(to)}` };
          }),
          measureLabel,
          zonesNote: t('map.zonesNote'),
          attribution: t('map.attribution'),
          ...(view.highlight ? { highlight: view.highlight } : {}),
        },
        legend: [],
        summary: t('map.summary', { measure: measureLabel }),
        table: {
          caption: `${title}: ${measureLabel}`,
          columns: [
            { key: 'unit', header: t('county.unit'), numeric: false },
            { key: 'value', header: measureLabel, numeric: true, unit: COUNT },
            { key: 'share', header: t('county.share'), numeric: true, unit: PERCENT },
          ],
          rows: values.map((v) => ({
            key: v.category.id,
            cells: {
              unit: textCell(v.category.label, { href: paths.unit(v.row.unit.id) }),
              value: cellOf(measureValue(v, measure), missing),
              share: valueCell(shareOf(v)),
            },
          })),
        },
        citations: unitCitations(
          dataset,
          values,
          measure === 'total' ? ['villages', 'communities'] : [measure],
          locale,
        ),
        datasets: [dataset],
        figures: breakdown.rows.flatMap((r) => [r.villages?.figure, r.communities?.figure].filter((f) => !!f)),
      },
      locale,
    );
  },
});

/** Every figure any dataset holds for one unit (the view's `highlight`), as tiles. */
export const unitFiguresFrame = defineFrame({
  id: 'unit-figures',
  page: paths.counties,
  title: (t) => t('unit.figures'),
  needs: { datasets: DATASET_IDS },
  skeletonHeight: 300,
  select(data, view, locale) {
    const figures = DATASET_IDS.flatMap((id) => {
      const dataset = data.dataset(id);
      return dataset.figures
        .filter((f) => f.dims?.unit === view.highlight)
        .map((figure) => ({
          dataset,
          figure,
          label: figureLabel(dataset, figure, locale.language),
          tile: figureTile(dataset, figure, locale),
        }));
    });
    return tilesFrame('unit-figures', locale.t('unit.figures'), figures, locale);
  },
});
