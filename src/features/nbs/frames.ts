import { barChart } from '@/components/model/bar-chart';
import { frameModel } from '@/components/model/frame';
import type { Category, ModelValue, SeriesModel, SourceModel, TableColumn } from '@/components/model/frame-model';
import { cellOf, textCell } from '@/components/model/table';
import { COUNT } from '@/components/model/units';
import { citationOf, computedValue, figureValue, releaseModel, type ModelLocale } from '@/components/model/values';
import type { NBS_KINDS, NbsChinaCity, NbsCounts } from '@/data/model/nbs-schema';
import { puyangNbs } from '@/data/model/nbs-puyang';
import { adminUnits, unitCode } from '@/data/model/units';
import { formatDate, formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import type { MapMeasure } from '@/lib/url-state';
import { defineFrame } from '@/frames/definition';
import { compareWithNbs, countsTotal, sumCounts, type ComparedCell, type ComparedRow } from './model/compare';

/** How the NBS release is cited: the bureau, the release, its cut-off and publication dates. */
function nbsSource(locale: ModelLocale): SourceModel {
  const { t, language } = locale;
  const { release } = puyangNbs;
  const parts = {
    issuer: release.issuer[language],
    title: release[language],
    date: formatDate(release.published, language),
  };
  return {
    ...parts,
    line: t('nbs.sourceLine', { ...parts, cutoff: formatDate(release.cutoff, language) }),
    citation: t('nbs.citation', {
      ...parts,
      cutoff: formatDate(release.cutoff, language),
      package: `${puyangNbs.package.name} ${puyangNbs.package.version}`,
    }),
    licence: t('nbs.licence'),
  };
}

/** A count of the NBS code list: ours, not a figure of the reply. */
const nbsCount = (value: number, ref: string, locale: ModelLocale): ModelValue =>
  computedValue(value, 'count', locale, { decimals: 0, refs: [ref] });

const nbsRef = (code: string, kind: string) => `nbs-${puyangNbs.release.published.slice(0, 4)}:${code}.${kind}`;

/** The reply's side of a unit for a measure: its figure, or both figures' sum for the total. */
function replyValue(row: ComparedRow, measure: MapMeasure, locale: ModelLocale): ModelValue | null {
  const cell = (c: ComparedCell) => (c.reply ? figureValue('divisions', c.reply, locale) : null);
  if (measure === 'villages') return cell(row.villages);
  if (measure === 'communities') return cell(row.communities);
  const parts = [cell(row.villages), cell(row.communities)];
  if (parts.every((p) => p === null)) return null;
  return computedValue(
    parts.reduce((s, p) => s + (p?.value ?? 0), 0),
    'sum',
    locale,
    { inputs: parts },
  );
}

function nbsValue(row: ComparedRow, measure: MapMeasure, locale: ModelLocale): ModelValue | null {
  if (!row.counts || !row.code) return null;
  if (measure === 'villages') return nbsCount(row.counts.villages, nbsRef(row.code, 'villages'), locale);
  if (measure === 'communities') return nbsCount(row.counts.residents, nbsRef(row.code, 'residents'), locale);
  return nbsCount(countsTotal(row.counts), nbsRef(row.code, 'total'), locale);
}

/** Reply − NBS, "same" when they agree. */
function difference(cell: ComparedCell, locale: ModelLocale, refs: readonly string[]): ModelValue | null {
  if (cell.difference === undefined) return null;
  const value = computedValue(cell.difference, 'difference', locale, { decimals: 0, refs });
  return cell.difference === 0 ? { ...value, text: locale.t('nbs.same') } : value;
}

/** The reply's villages and communities beside the NBS counts, unit by unit. */
export const nbsComparisonFrame = defineFrame({
  id: 'nbs-comparison',
  page: paths.nbs,
  title: (t) => t('nbs.comparisonTitle'),
  needs: { datasets: ['divisions'] },
  controls: ['measure'],
  skeletonHeight: 420,
  select(data, view, locale) {
    const { t, language } = locale;
    const dataset = data.dataset('divisions');
    const comparison = compareWithNbs(dataset, adminUnits, puyangNbs);
    const { rows } = comparison;
    const noCode = t('nbs.noCode');
    const notStated = t('frame.notStated');
    const measure = view.measure;
    const categories: Category[] = rows.map((r) => {
      const unit = adminUnits.find((u) => u.id === r.id);
      return {
        id: unit ? unitCode(unit) : r.id,
        label: (r.shortName ?? r.name)[language],
        ...(language === 'zh' ? {} : { native: (r.shortName ?? r.name).zh }),
        href: paths.unit(r.id),
      };
    });
    const series: SeriesModel[] = [
      {
        key: 'reply',
        label: t('nbs.reply'),
        color: 'series-1',
        values: rows.map((r) => replyValue(r, measure, locale)),
        missing: notStated,
      },
      {
        key: 'nbs',
        label: t('nbs.nbs'),
        color: 'series-2',
        values: rows.map((r) => nbsValue(r, measure, locale)),
        missing: noCode,
      },
    ];
    const counts = (r: ComparedRow, pick: (c: NbsCounts) => number, kind: string) =>
      r.counts && r.code ? nbsCount(pick(r.counts), nbsRef(r.code, kind), locale) : null;
    const reply = (c: ComparedCell) => (c.reply ? figureValue(dataset.id, c.reply, locale) : null);
    const diffRefs = (c: ComparedCell, r: ComparedRow, kind: string) => [
      ...(c.reply ? [`${dataset.id}:${c.reply.id}`] : []),
      ...(r.code ? [nbsRef(r.code, kind)] : []),
    ];
    const columns: TableColumn[] = [
      { key: 'unit', header: t('county.unit'), numeric: false },
      { key: 'code', header: t('nbs.code'), numeric: false },
      { key: 'replyVillages', header: t('nbs.replyVillages'), numeric: true, unit: COUNT },
      { key: 'nbsVillages', header: t('nbs.nbsVillages'), numeric: true, unit: COUNT },
      { key: 'diffVillages', header: t('nbs.difference'), numeric: true, unit: COUNT },
      { key: 'replyCommunities', header: t('nbs.replyCommunities'), numeric: true, unit: COUNT },
      { key: 'nbsCommunities', header: t('nbs.nbsCommunities'), numeric: true, unit: COUNT },
      { key: 'diffCommunities', header: t('nbs.difference'), numeric: true, unit: COUNT },
      { key: 'residentsLike', header: t('nbs.kinds.residentsLike'), numeric: true, unit: COUNT },
      { key: 'villagesLike', header: t('nbs.kinds.villagesLike'), numeric: true, unit: COUNT },
    ];
    const { totals } = comparison;
    const fmt = (n: number) => formatNumber(n, language);
    const title = t('nbs.comparisonTitle');
    const matching = rows.filter((r) => r.matchesWithSimilar);
    return frameModel(
      {
        id: 'nbs-comparison',
        title,
        subtitle: `${t('nbs.comparisonSubtitle')} · ${t(`map.measures.${measure}`)}`,
        notes: [
          t('nbs.totals', {
            replyVillages: fmt(totals.reply.villages),
            replyCommunities: fmt(totals.reply.communities),
            nbsVillages: fmt(totals.nbs.villages),
            nbsCommunities: fmt(totals.nbs.residents),
            nbsLike: fmt(totals.nbs.residentsLike + totals.nbs.villagesLike),
          }),
          ...(matching.length > 0
            ? [
                t('nbs.matchingNote', {
                  units: matching.map((r) => (r.shortName ?? r.name)[language]).join(t('audit.listSeparator')),
                }),
              ]
            : []),
          nbsSource(locale).line,
        ],
        unit: COUNT,
        chart: barChart({ layout: 'grouped', categories, series }, locale),
        summary: t('nbs.chartSummary'),
        table: {
          caption: title,
          columns,
          rows: rows.map((r, i) => ({
            key: categories[i]?.id ?? r.id,
            cells: {
              unit: textCell(categories[i]?.label ?? r.id, { href: paths.unit(r.id) }),
              code: r.code ? textCell(r.code) : { type: 'missing', text: noCode },
              replyVillages: cellOf(reply(r.villages), notStated),
              nbsVillages: cellOf(
                counts(r, (c) => c.villages, 'villages'),
                noCode,
              ),
              diffVillages: cellOf(difference(r.villages, locale, diffRefs(r.villages, r, 'villages')), '—'),
              replyCommunities: cellOf(reply(r.communities), notStated),
              nbsCommunities: cellOf(
                counts(r, (c) => c.residents, 'residents'),
                noCode,
              ),
              diffCommunities: cellOf(difference(r.communities, locale, diffRefs(r.communities, r, 'residents')), '—'),
              residentsLike: cellOf(
                counts(r, (c) => c.residentsLike, 'residentsLike'),
                noCode,
              ),
              villagesLike: cellOf(
                counts(r, (c) => c.villagesLike, 'villagesLike'),
                noCode,
              ),
            },
          })),
        },
        citations: rows.flatMap((r, i) =>
          (['villages', 'communities'] as const).flatMap((key) => {
            const figure = r[key].reply;
            return figure
              ? [citationOf(dataset.id, figure, `${categories[i]?.label ?? r.id} · ${t(`county.${key}`)}`, locale)]
              : [];
          }),
        ),
        datasets: [dataset],
        figures: rows.flatMap((r) => [r.villages.reply, r.communities.reply].filter((f) => !!f)),
      },
      locale,
    );
  },
});

type County = NbsChinaCity['counties'][number];
const countsOf = ([, , , residents, villages, residentsLike, villagesLike]: County): NbsCounts => ({
  residents,
  villages,
  residentsLike,
  villagesLike,
});
/** The kinds in the order a chart stacks them: villages first, as the reply counts them. */
const ORDER = ['villages', 'residents', 'residentsLike', 'villagesLike'] as const;
const SERIES_COLORS = {
  villages: 'series-1',
  residents: 'series-2',
  residentsLike: 'series-3',
  villagesLike: 'series-4',
} as const;

/** One city's county-level units by committee kind, from the all-China file. */
export const nbsCityFrame = defineFrame({
  id: 'nbs-city',
  page: paths.nbs,
  title: (t) => t('nbs.widerTitle'),
  needs: { datasets: [], nbsChina: true },
  skeletonHeight: 360,
  select(data, view, locale) {
    const { t, language } = locale;
    const china = data.nbsChina();
    if (!view.city) return { problem: 'choose', message: t('nbs.chooseCity') };
    const city = china.cities.find((c) => c.code === view.city);
    if (!city) return { problem: 'not-found', message: t('nbs.noSuchCity', { code: view.city }) };
    const counties = city.counties;
    const release = `nbs-${china.release.published.slice(0, 4)}`;
    const ref = (code: string, kind: string) => `${release}:${code}.${kind}`;
    const cityName = language === 'en' ? city.en : city.name;
    // Kinds with no committee in this city are left out of the chart (the table keeps them).
    const kinds = ORDER.filter((k) => k !== 'villagesLike' || counties.some((c) => countsOf(c)[k] > 0));
    const categories: Category[] = counties.map((c) =>
      language === 'zh' ? { id: c[0], label: c[1] } : { id: c[0], label: c[2], native: c[1], romanised: true },
    );
    const value = (c: County, kind: (typeof NBS_KINDS)[number]) => nbsCount(countsOf(c)[kind], ref(c[0], kind), locale);
    const totals = counties.map((c) => nbsCount(countsTotal(countsOf(c)), ref(c[0], 'total'), locale));
    const total = sumCounts(counties.map(countsOf));
    const fmt = (n: number) => formatNumber(n, language);
    const title = t('nbs.cityTitle', { city: cityName });
    const source = nbsSource(locale);
    const model = frameModel(
      {
        id: 'nbs-city',
        title,
        subtitle: t('nbs.citySubtitle', {
          units: counties.length,
          villages: fmt(total.villages),
          residents: fmt(total.residents),
          like: fmt(total.residentsLike + total.villagesLike),
        }),
        notes: language === 'zh' ? [] : [china.romanised.en],
        unit: COUNT,
        chart: barChart(
          {
            layout: 'stacked',
            categories,
            series: kinds.map((k) => ({
              key: k,
              label: t(`nbs.kinds.${k}`),
              color: SERIES_COLORS[k],
              values: counties.map((c) => value(c, k)),
              missing: '',
            })),
            totals,
          },
          locale,
        ),
        summary: t('nbs.citySummary', { city: cityName, units: counties.length }),
        table: {
          caption: title,
          columns: [
            { key: 'unit', header: t('county.unit'), numeric: false },
            { key: 'code', header: t('nbs.code'), numeric: false },
            ...ORDER.map((k) => ({ key: k, header: t(`nbs.kinds.${k}`), numeric: true, unit: COUNT })),
            { key: 'total', header: t('county.total'), numeric: true, unit: COUNT },
          ],
          rows: counties.map((c, i) => ({
            key: c[0],
            cells: {
              unit: textCell(categories[i]?.label ?? c[1], language === 'zh' ? {} : { native: c[1], romanised: true }),
              code: textCell(c[0]),
              ...Object.fromEntries(ORDER.map((k) => [k, cellOf(value(c, k), '')])),
              total: cellOf(totals[i], ''),
            },
          })),
        },
        citations: [],
        datasets: [],
        figures: [],
      },
      locale,
    );
    return {
      ...model,
      source,
      release: { ...releaseModel([{ id: release, version: china.release.published }], locale) },
    };
  },
});
