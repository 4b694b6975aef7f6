/**
 * Change over time as frame models, for the frames of any page family: the NBS releases as a
 * frame cites them, counts and changes as values, a county's change list and a unit's series.
 * Pure; the frames (features) choose the data and the view.
 */
import { barChart } from './bar-chart';
import { frameModel } from './frame';
import type { Category, FrameModel, FrameProblem, ModelValue, SeriesModel, SourceModel } from './frame-model';
import { cellOf, missingCell, textCell } from './table';
import { COUNT } from './units';
import { citationOf, computedValue, figureValue, releaseModel, type ModelLocale } from './values';
import type { Dataset } from '@/data/model/dataset-schema';
import type { CountyChanges } from '@/data/api/get-nbs-history';
import type {
  NbsCityHistory,
  NbsCountyRow,
  NbsMeta,
  NbsUnitChange,
  ReleaseCounts,
} from '@/data/model/nbs-history-schema';
import { DEFAULT_COUNTY } from '@/data/model/nbs-home';
import { adminUnits } from '@/data/model/units';
import { formatDate, formatNumber } from '@/lib/format';
import { HISTORY_YEARS, type MapMeasure } from '@/lib/url-state';
import { changeEntries, direction, PERCENT_BASE_MIN, searchEntries, type Change } from './nbs-change';

/** The change-over-time files a model is built from. */
export interface HistoryFiles {
  meta: NbsMeta;
  city?: NbsCityHistory;
  changes?: CountyChanges;
}

export const KIND_KEYS = ['residents', 'villages', 'residentsLike', 'villagesLike'] as const;
export type KindKey = (typeof KIND_KEYS)[number];
/** The order a chart stacks the kinds: villages first, as the reply counts them. */
export const STACK: readonly KindKey[] = ['villages', 'residents', 'residentsLike', 'villagesLike'];
export const KIND_COLORS = {
  villages: 'series-1',
  residents: 'series-2',
  residentsLike: 'series-3',
  villagesLike: 'series-4',
} as const;

/** The county a view is about: the URL's, the unit page's own, or the home city's first. */
export function countyOfView(view: { county: string | null; highlight?: string }): string {
  if (view.county) return view.county;
  const unit = view.highlight ? adminUnits.find((u) => u.id === view.highlight) : undefined;
  return unit?.nbs ?? DEFAULT_COUNTY;
}

export { DEFAULT_COUNTY };

export const releaseIndex = (year: number) => HISTORY_YEARS.findIndex((y) => y === year);
export const LAST = HISTORY_YEARS.length - 1;
/** The span a view asks for, as release indexes (the whole span by default). */
export const spanOf = (view: { from: number | null; to: number | null }) => ({
  from: view.from === null ? 0 : releaseIndex(view.from),
  to: view.to === null ? LAST : releaseIndex(view.to),
});

/** A release's name in the frame's language ("2021年版（截至2021年10月31日）"). */
export function releaseLabel(meta: NbsMeta, i: number, locale: ModelLocale, long = false): string {
  const release = meta.releases[i];
  if (!release) return '';
  return long
    ? locale.t('history.releaseLong', { year: release.year, cutoff: formatDate(release.cutoff, locale.language) })
    : locale.t('history.release', { year: release.year });
}

/** The NBS releases as a frame cites them: each with its cut-off, publication and package version. */
export function historySource(meta: NbsMeta, locale: ModelLocale): SourceModel {
  const { t, language } = locale;
  const first = meta.releases[0];
  const last = meta.releases[meta.releases.length - 1];
  const issuer = t('history.issuer');
  const title = t('history.sourceTitle', { from: first?.year, to: last?.year });
  const releases = meta.releases
    .map((r, i) =>
      t('history.citeRelease', {
        title: r[language],
        cutoff: formatDate(r.cutoff, language),
        published: formatDate(r.published, language),
        package: `${meta.package.name} ${meta.package.versions[i] ?? r.version}`,
      }),
    )
    .join(t('audit.listSeparator'));
  return {
    issuer,
    title,
    date: last ? formatDate(last.published, language) : '',
    line: t('history.sourceLine', { issuer, title }),
    citation: t('history.citation', { issuer, releases }),
    licence: t('nbs.licence'),
  };
}

/** A count of codes in one release (ours: derived by counting). */
export function countValue(value: number, ref: string, locale: ModelLocale): ModelValue {
  return computedValue(value, 'count', locale, { decimals: 0, refs: [ref] });
}
export const countRef = (meta: NbsMeta, i: number, code: string, what: string) =>
  `nbs-${meta.releases[i]?.year ?? i}:${code}.${what}`;

/** A change, worded with its direction ("增加12个" / "up 12"), signed in files. */
export function changeValue(change: number, refs: readonly string[], locale: ModelLocale): ModelValue {
  const value = computedValue(change, 'change', locale, { decimals: 0, refs });
  const n = formatNumber(Math.abs(change), locale.language);
  return { ...value, text: locale.t(`history.changeWords.${direction(change)}`, { n }) };
}
export function percentValue(percent: number, refs: readonly string[], locale: ModelLocale): ModelValue {
  // Rounded as shown, so a tiny fall is "no change", never −0.0.
  const value = computedValue(Number(percent.toFixed(1)) || 0, 'change', locale, { decimals: 1, refs });
  const n = formatNumber(Math.abs(percent), locale.language, 1);
  return { ...value, text: locale.t(`history.percentWords.${direction(Math.round(percent * 10))}`, { n }) };
}

/** The change and percent cells of a table row, with why a percent is not given. */
export function changeCells(change: Change, refs: readonly string[], locale: ModelLocale) {
  const { t } = locale;
  return {
    change:
      change.change === null
        ? missingCell(t('history.noCodeThen'))
        : cellOf(changeValue(change.change, refs, locale), ''),
    percent:
      change.percent !== null
        ? cellOf(percentValue(change.percent, refs, locale), '')
        : missingCell(change.smallBase ? t('history.smallBase', { min: PERCENT_BASE_MIN }) : t('history.noCodeThen')),
  };
}

export const measureKeyOf = (measure: MapMeasure) => (measure === 'communities' ? 'residents' : measure);

/** A county's name as a category or table cell: romanised (and marked) on English pages. */
export function countyName(row: NbsCountyRow, locale: ModelLocale) {
  const zh = row[1];
  // Puyang's units have the English names the dashboard gives them; others are romanised.
  const own = adminUnits.find((u) => u.nbs === row[0]);
  if (own && locale.language === 'en')
    return { label: own.name.en, native: zh, cell: textCell(own.name.en, { native: zh }) };
  const en = row[2];
  return locale.language === 'zh'
    ? { label: zh, cell: textCell(zh) }
    : { label: en, native: zh, romanised: true as const, cell: textCell(en, { native: zh, romanised: true }) };
}

export const withSource = (model: FrameModel, meta: NbsMeta, locale: ModelLocale): FrameModel => ({
  ...model,
  source: historySource(meta, locale),
  release: releaseModel([{ id: 'nbs-history', version: meta.releases[LAST]?.published ?? '' }], locale),
});

/** Notes every history frame carries: the rule, and on English pages what a romanised name is. */
export function historyNotes(meta: NbsMeta, locale: ModelLocale, extra: readonly string[] = []): string[] {
  return [...extra, ...(locale.language === 'en' ? [meta.romanised.en] : [])];
}

/** The stacked kinds of a list of counts, kinds with no committee left out of the chart. */
export function kindSeries(
  counts: readonly ReleaseCounts[],
  refOf: (i: number, kind: KindKey) => string,
  locale: ModelLocale,
  missing: string,
): SeriesModel[] {
  return STACK.filter(
    (k) => k === 'villages' || k === 'residents' || counts.some((c) => c && c[KIND_KEYS.indexOf(k)]! > 0),
  ).map((k) => ({
    key: k,
    label: locale.t(`nbs.kinds.${k}`),
    color: KIND_COLORS[k],
    values: counts.map((c, i) => (c ? countValue(c[KIND_KEYS.indexOf(k)] ?? 0, refOf(i, k), locale) : null)),
    missing,
  }));
}

export const totalOf = (c: ReleaseCounts) => (c ? c[0] + c[1] + c[2] + c[3] : null);

/** The reply's villages and communities for Puyang's whole city (sums of its unit figures). */
export function replyTotals(dataset: Dataset, locale: ModelLocale) {
  const sum = (measure: string) => {
    const figures = dataset.figures.filter((f) => f.measure === measure && f.dims?.unit);
    const values = figures.map((f) => figureValue(dataset.id, f, locale));
    return computedValue(
      values.reduce((s, v) => s + v.value, 0),
      'sum',
      locale,
      { inputs: values },
    );
  };
  return { villages: sum('villages'), communities: sum('communities') };
}

/** The reply's village and community figures of the units with a code in `codes`, cited. */
export function replyCitations(dataset: Dataset, codes: readonly string[], locale: ModelLocale) {
  const figures = adminUnits
    .filter((u) => u.nbs && codes.includes(u.nbs))
    .flatMap((u) =>
      (['villages', 'communities'] as const).flatMap((m) => {
        const figure = dataset.figures.find((f) => f.measure === m && f.dims?.unit === u.id);
        return figure
          ? [{ figure, label: `${(u.shortName ?? u.name)[locale.language]} · ${locale.t(`county.${m}`)}` }]
          : [];
      }),
    );
  return {
    figures: figures.map((f) => f.figure),
    citations: figures.map((f) => citationOf(dataset.id, f.figure, f.label, locale)),
  };
}

/** The reply's figure for one unit and measure, by its NBS code. */
export function replyOfUnit(
  dataset: Dataset,
  code: string,
  measure: MapMeasure,
  locale: ModelLocale,
): ModelValue | null {
  const unit = adminUnits.find((u) => u.nbs === code);
  if (!unit) return null;
  const pick = (m: string) => dataset.figures.find((f) => f.measure === m && f.dims?.unit === unit.id);
  if (measure !== 'total') {
    const figure = pick(measure);
    return figure ? figureValue(dataset.id, figure, locale) : null;
  }
  const parts = [pick('villages'), pick('communities')]
    .filter((f) => !!f)
    .map((f) => figureValue(dataset.id, f, locale));
  return parts.length === 2
    ? computedValue(
        parts.reduce((s, p) => s + p.value, 0),
        'sum',
        locale,
        { inputs: parts },
      )
    : null;
}

/** A city from the history files, or the problem to show instead. */
export function cityOf(history: HistoryFiles, code: string, locale: ModelLocale) {
  const city = history.city;
  if (!city || city.city.code !== code)
    return { problem: 'not-found' as const, message: locale.t('nbs.noSuchCity', { code }) };
  return city;
}

export const isProblem = (x: object): x is FrameProblem => 'problem' in x;
export const cityName = (city: { name: string; en: string }, locale: ModelLocale) =>
  locale.language === 'zh' ? city.name : city.en;

/** A unit-level change in a sentence; units named as the page's language names them. */
export function unitChangeText(
  u: NbsUnitChange,
  counties: readonly NbsCountyRow[],
  meta: NbsMeta,
  locale: ModelLocale,
): string {
  const { t } = locale;
  const ref = (x: { code: string; name: string }) => {
    const row = counties.find((c) => c[0] === x.code);
    const name = locale.language === 'en' && row ? row[2] : x.name;
    return t('history.unitRef', { name, code: x.code });
  };
  return t(`history.unitChanges.${u.type}`, {
    span: t('history.span', { from: meta.releases[u.from]?.year, to: meta.releases[u.to]?.year }),
    before: u.before.map(ref).join(t('audit.listSeparator')),
    after: u.after.map(ref).join(t('audit.listSeparator')),
    inferred: u.inferred ? t('history.inferredMark') : '',
  });
}

/** The kinds of change a county's list counts per release, in the order the chart draws them. */
const COUNTED = ['kind', 'appeared', 'disappeared', 'renamed'] as const;

/**
 * One county's committees that appeared, disappeared, changed kind or were renamed, release by
 * release, searched for `q`: a chart of how many per span, and the list as its table.
 */
export function countyChangesModel(
  id: string,
  history: HistoryFiles,
  county: string,
  q: string,
  locale: ModelLocale,
): FrameModel | FrameProblem {
  const { t, language } = locale;
  const { meta, changes, city } = history;
  const row = city?.counties.find((c) => c[0] === county);
  if (!city || !changes || !row) return { problem: 'not-found', message: t('history.noSuchCounty', { code: county }) };
  const name = countyName(row, locale);
  const entries = changeEntries(county, changes.transitions);
  const found = searchEntries(entries, q);
  const spans = meta.releases.slice(1).map((_, i) => ({ from: i, to: i + 1 }));
  const categories: Category[] = spans.map((s) => ({
    id: `${meta.releases[s.from]?.year}-${meta.releases[s.to]?.year}`,
    label: t('history.span', { from: meta.releases[s.from]?.year, to: meta.releases[s.to]?.year }),
  }));
  const ref = (s: { from: number; to: number }, type: string) =>
    `nbs-changes:${county}.${meta.releases[s.to]?.year}.${type}`;
  const series: SeriesModel[] = COUNTED.map((type, k) => ({
    key: type,
    label: t(`history.types.${type}`),
    color: (['series-2', 'series-4', 'series-3', 'series-1'] as const)[k] ?? 'series-1',
    values: spans.map((s) =>
      countValue(
        found.filter((e) => e.from === s.from && (e.type === type || (type === 'renamed' && e.type === 'reused')))
          .length,
        ref(s, type),
        locale,
      ),
    ),
    missing: '',
  }));
  const units = city.units.filter((u) => [...u.before, ...u.after].some((x) => x.code === county));
  const unitNotes = units.map((u) => unitChangeText(u, city.counties, meta, locale));
  const restyled = changes.transitions.reduce((s, tr) => s + (tr.restyled ?? 0), 0);
  const title = t('history.countyTitle', { county: name.label });
  const nameCell = (n: { code: string; name: string } | undefined) =>
    n ? textCell(n.name, language === 'zh' ? {} : { native: n.name }) : missingCell('—');
  const codeCell = (n: { code: string } | undefined) => (n ? textCell(n.code) : missingCell('—'));
  return withSource(
    frameModel(
      {
        id,
        title,
        subtitle: q
          ? t('history.searchResult', { count: found.length, total: entries.length })
          : t('history.countySubtitle', { count: entries.length }),
        notes: historyNotes(meta, locale, [
          ...unitNotes,
          t('history.inferredNote'),
          ...(restyled > 0 ? [t('history.restyledNote', { count: restyled })] : []),
          ...(language === 'en' ? [t('history.namesNote')] : []),
        ]),
        unit: COUNT,
        chart: barChart(
          {
            layout: 'stacked',
            categories,
            series,
            totals: spans.map((s) =>
              countValue(
                found.filter(
                  (e) => e.from === s.from && e.type !== 'recoded' && e.type !== 'movedIn' && e.type !== 'movedOut',
                ).length,
                ref(s, 'listed'),
                locale,
              ),
            ),
          },
          locale,
        ),
        summary: t('history.countySummary', { county: name.label }),
        table: {
          caption: title,
          columns: [
            { key: 'span', header: t('history.spanColumn'), numeric: false },
            { key: 'type', header: t('history.typeColumn'), numeric: false },
            { key: 'beforeCode', header: t('history.beforeCode'), numeric: false },
            { key: 'beforeName', header: t('history.beforeName'), numeric: false },
            { key: 'afterCode', header: t('history.afterCode'), numeric: false },
            { key: 'afterName', header: t('history.afterName'), numeric: false },
          ],
          rows: found.map((e, i) => ({
            key: `${e.from}-${e.type}-${e.before?.code ?? ''}-${e.after?.code ?? ''}-${i}`,
            cells: {
              span: textCell(t('history.span', { from: meta.releases[e.from]?.year, to: meta.releases[e.to]?.year })),
              type: textCell(`${t(`history.types.${e.type}`)}${e.inferred ? t('history.inferredMark') : ''}`),
              beforeCode: codeCell(e.before),
              beforeName: nameCell(e.before),
              afterCode: codeCell(e.after),
              afterName: nameCell(e.after),
            },
          })),
        },
        citations: [],
        datasets: [],
        figures: [],
      },
      locale,
    ),
    meta,
    locale,
  );
}

/** One of Puyang's units: its committees in every release, the reply's figures beside 2023. */
export function unitTrendModel(
  id: string,
  history: HistoryFiles,
  divisions: Dataset,
  county: string,
  locale: ModelLocale,
): FrameModel | FrameProblem {
  const { t } = locale;
  const { meta, city } = history;
  const row = city?.counties.find((c) => c[0] === county);
  if (!row) return { problem: 'not-found', message: t('history.noSuchCounty', { code: county }) };
  const name = countyName(row, locale);
  const counts = row.slice(3) as ReleaseCounts[];
  const categories: Category[] = meta.releases.map((r, i) => ({
    id: String(r.year),
    label: releaseLabel(meta, i, locale),
  }));
  const series = kindSeries(counts, (i, k) => countRef(meta, i, county, k), locale, t('history.noCodeThen'));
  const totals: (ModelValue | null)[] = counts.map((c, i) => {
    const total = totalOf(c);
    return total === null ? null : countValue(total, countRef(meta, i, county, 'total'), locale);
  });
  const replyVillages = replyOfUnit(divisions, county, 'villages', locale);
  const replyCommunities = replyOfUnit(divisions, county, 'communities', locale);
  if (replyVillages || replyCommunities) {
    categories.push({ id: 'reply', label: t('history.replyCategory') });
    for (const s of series)
      (s.values as (ModelValue | null)[]).push(
        s.key === 'villages' ? replyVillages : s.key === 'residents' ? replyCommunities : null,
      );
    totals.push(replyOfUnit(divisions, county, 'total', locale));
  }
  const title = t('history.unitTitle', { unit: name.label });
  const model = frameModel(
    {
      id,
      title,
      subtitle: t('history.trendSubtitle', { from: meta.releases[0]?.year, to: meta.releases[LAST]?.year }),
      notes: historyNotes(meta, locale, [t('history.replyNote')]),
      unit: COUNT,
      chart: barChart({ layout: 'stacked', categories, series, totals }, locale),
      summary: t('history.unitSummary', { unit: name.label }),
      table: {
        caption: title,
        columns: [
          { key: 'release', header: t('history.year'), numeric: false },
          ...STACK.map((k) => ({ key: k, header: t(`nbs.kinds.${k}`), numeric: true, unit: COUNT })),
          { key: 'total', header: t('county.total'), numeric: true, unit: COUNT },
        ],
        rows: categories.map((c, i) => {
          const release = counts[i];
          const replyOf = (k: KindKey) =>
            k === 'villages' ? replyVillages : k === 'residents' ? replyCommunities : null;
          return {
            key: c.id,
            cells: {
              release: textCell(c.id === 'reply' ? c.label : releaseLabel(meta, i, locale, true)),
              ...Object.fromEntries(
                STACK.map((k) => [
                  k,
                  c.id === 'reply'
                    ? cellOf(replyOf(k), t('history.notInReply'))
                    : release
                      ? cellOf(countValue(release[KIND_KEYS.indexOf(k)] ?? 0, countRef(meta, i, county, k), locale), '')
                      : missingCell(t('history.noCodeThen')),
                ]),
              ),
              total: cellOf(totals[i], t('history.noCodeThen')),
            },
          };
        }),
      },
      ...replyCitations(divisions, [county], locale),
      datasets: [divisions],
    },
    locale,
  );
  const withHistory = withSource(model, meta, locale);
  return { ...withHistory, notes: [...withHistory.notes, model.source?.line ?? ''].filter(Boolean) };
}
