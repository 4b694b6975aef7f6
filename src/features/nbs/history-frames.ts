/**
 * Change over time: the frames built on six releases of the NBS division codes (2018–2023). A
 * city's series (with the reply beside the 2023 release for Puyang), its county breakdown in any
 * release, its change from one release to a later one, one county's list of what changed, and the
 * national ranking. Every count is ours (a count of codes), never a figure of the reply.
 */
import { barChart } from '@/components/model/bar-chart';
import { frameModel } from '@/components/model/frame';
import type {
  Category,
  FrameModel,
  ModelValue,
  SeriesModel,
  TableColumn,
  TableRow,
} from '@/components/model/frame-model';
import { changeBetween, measureOf, PERCENT_BASE_MIN, sortChanges, type Change } from '@/components/model/nbs-change';
import {
  changeCells,
  cityName,
  cityOf,
  countRef,
  countValue,
  countyChangesModel,
  countyName,
  countyOfView,
  historyNotes,
  isProblem,
  KIND_KEYS,
  kindSeries,
  LAST,
  measureKeyOf,
  releaseIndex,
  releaseLabel,
  replyCitations,
  replyOfUnit,
  replyTotals,
  spanOf,
  STACK,
  totalOf,
  withSource,
} from '@/components/model/nbs-history';
import { cellOf, missingCell, textCell } from '@/components/model/table';
import { COUNT, PERCENT } from '@/components/model/units';
import { computedValue, type ModelLocale } from '@/components/model/values';
import { HOME_CITY } from '@/data/api/get-nbs-history';
import type { NbsMeta, ReleaseCounts } from '@/data/model/nbs-history-schema';
import { paths } from '@/lib/paths';
import type { ChangeSort } from '@/lib/url-state';
import { defineFrame, type FrameView } from '@/frames/definition';

const cityOfView = (view: FrameView) => view.city ?? HOME_CITY;

/** A city's committees release by release; for Puyang, the reply's figures beside 2023. */
export const nbsTrendFrame = defineFrame({
  id: 'nbs-trend',
  page: paths.trend,
  title: (t) => t('history.trendFrame'),
  needs: { datasets: ['divisions'], history: (view) => ({ city: cityOfView(view) }) },
  controls: ['measure', 'from', 'to'],
  skeletonHeight: 420,
  select(data, view, locale) {
    const { t } = locale;
    const history = data.history();
    const { meta } = history;
    const code = cityOfView(view);
    const city = cityOf(history, code, locale);
    if (isProblem(city)) return city;
    const name = cityName(city.city, locale);
    const home = code === HOME_CITY;
    const divisions = data.dataset('divisions');
    const reply = home ? replyTotals(divisions, locale) : undefined;
    const categories: Category[] = meta.releases.map((r, i) => ({
      id: String(r.year),
      label: releaseLabel(meta, i, locale),
    }));
    const counts = [...city.totals];
    const series = kindSeries(counts, (i, k) => countRef(meta, i, code, k), locale, t('history.noCodeThen'));
    const totals: (ModelValue | null)[] = counts.map((c, i) => {
      const total = totalOf(c);
      return total === null ? null : countValue(total, countRef(meta, i, code, 'total'), locale);
    });
    if (reply) {
      categories.push({ id: 'reply', label: t('history.replyCategory') });
      for (const s of series)
        (s.values as (ModelValue | null)[]).push(
          s.key === 'villages' ? reply.villages : s.key === 'residents' ? reply.communities : null,
        );
      totals.push(
        computedValue(reply.villages.value + reply.communities.value, 'sum', locale, {
          inputs: [reply.villages, reply.communities],
        }),
      );
    }
    const { from, to } = spanOf(view);
    const measure = view.measure;
    const m = measureKeyOf(measure);
    const fromLabel = releaseLabel(meta, from, locale);
    const toLabel = releaseLabel(meta, to, locale);
    const columns: TableColumn[] = [
      { key: 'unit', header: t('county.unit'), numeric: false },
      { key: 'code', header: t('nbs.code'), numeric: false },
      ...meta.releases.map((r, i) => ({
        key: `y${r.year}`,
        header: releaseLabel(meta, i, locale),
        numeric: true,
        unit: COUNT,
      })),
      ...(home ? [{ key: 'reply', header: t('history.replyColumn'), numeric: true, unit: COUNT }] : []),
      {
        key: 'change',
        header: t('history.changeColumn', { from: fromLabel, to: toLabel }),
        numeric: true,
        unit: COUNT,
      },
      { key: 'percent', header: t('history.percentColumn'), numeric: true, unit: PERCENT },
    ];
    const row = (
      key: string,
      label: ReturnType<typeof countyName>['cell'],
      codeText: string,
      list: readonly ReleaseCounts[],
    ): TableRow => {
      const values = list.map((c) => measureOf(c, measure));
      const change = changeBetween(values[from] ?? null, values[to] ?? null);
      const refs = [countRef(meta, from, codeText, m), countRef(meta, to, codeText, m)];
      return {
        key,
        cells: {
          unit: label,
          code: textCell(codeText),
          ...Object.fromEntries(
            meta.releases.map((r, i) => {
              const v = values[i];
              return [
                `y${r.year}`,
                v === null || v === undefined
                  ? missingCell(t('history.noCodeThen'))
                  : cellOf(countValue(v, countRef(meta, i, codeText, m), locale), ''),
              ];
            }),
          ),
          ...(home
            ? {
                reply:
                  key === code
                    ? cellOf(
                        measure === 'villages'
                          ? reply?.villages
                          : measure === 'communities'
                            ? reply?.communities
                            : totals[totals.length - 1],
                        '',
                      )
                    : cellOf(replyOfUnit(divisions, codeText, measure, locale), t('history.notInReply')),
              }
            : {}),
          ...changeCells(change, refs, locale),
        },
      };
    };
    const rows = city.counties.map((c) => row(c[0], countyName(c, locale).cell, c[0], c.slice(3) as ReleaseCounts[]));
    rows.push(row(code, textCell(t('history.cityTotal', { city: name })), code, city.totals));
    const title = t('history.trendTitle', { city: name });
    const model = frameModel(
      {
        id: 'nbs-trend',
        title,
        subtitle: t('history.trendSubtitle', { from: meta.releases[0]?.year, to: meta.releases[LAST]?.year }),
        notes: historyNotes(meta, locale, [
          ...(home ? [t('history.replyNote')] : []),
          t('history.percentNote', { min: PERCENT_BASE_MIN }),
        ]),
        unit: COUNT,
        chart: barChart({ layout: 'stacked', categories, series, totals }, locale),
        summary: t('history.trendSummary', { city: name }),
        table: { caption: `${title} · ${t(`map.measures.${measure}`)}`, columns, rows },
        ...(home
          ? replyCitations(
              divisions,
              city.counties.map((c) => c[0]),
              locale,
            )
          : { citations: [], figures: [] }),
        datasets: home ? [divisions] : [],
      },
      locale,
    );
    const withHistory = withSource(model, meta, locale);
    // Puyang's frame also cites the reply's figures: its source line names both.
    return home
      ? { ...withHistory, notes: [...withHistory.notes, model.source?.line ?? ''].filter(Boolean) }
      : withHistory;
  },
});

/** A city's county-level units in one release, by kind. */
export const nbsYearFrame = defineFrame({
  id: 'nbs-year',
  page: paths.trend,
  title: (t) => t('history.yearFrame'),
  needs: { datasets: [], history: (view) => ({ city: cityOfView(view) }) },
  controls: ['year'],
  skeletonHeight: 360,
  select(data, view, locale) {
    const { t } = locale;
    const history = data.history();
    const { meta } = history;
    const code = cityOfView(view);
    const city = cityOf(history, code, locale);
    if (isProblem(city)) return city;
    const i = view.year === null ? LAST : releaseIndex(view.year);
    const present = city.counties.filter((c) => c[3 + i] !== null && c[3 + i] !== undefined);
    if (present.length === 0)
      return { problem: 'not-found', message: t('history.noUnitsThen', { release: releaseLabel(meta, i, locale) }) };
    const categories: Category[] = present.map((c) => ({
      id: c[0],
      ...countyName(c, locale),
      href: paths.withQuery(paths.changes, `county=${c[0]}`),
    }));
    const counts = present.map((c) => (c[3 + i] ?? null) as ReleaseCounts);
    const series = kindSeries(counts, (j, k) => countRef(meta, i, present[j]?.[0] ?? '', k), locale, '');
    const totals = counts.map((c, j) =>
      countValue(totalOf(c) ?? 0, countRef(meta, i, present[j]?.[0] ?? '', 'total'), locale),
    );
    const name = cityName(city.city, locale);
    const release = releaseLabel(meta, i, locale, true);
    const title = t('history.yearTitle', { city: name, release: releaseLabel(meta, i, locale) });
    const absent = city.counties.length - present.length;
    return withSource(
      frameModel(
        {
          id: 'nbs-year',
          title,
          subtitle: release,
          notes: historyNotes(meta, locale, absent > 0 ? [t('history.absentNote', { count: absent })] : []),
          unit: COUNT,
          chart: barChart({ layout: 'stacked', categories, series, totals }, locale),
          summary: t('history.yearSummary', { city: name, units: present.length }),
          table: {
            caption: title,
            columns: [
              { key: 'unit', header: t('county.unit'), numeric: false },
              { key: 'code', header: t('nbs.code'), numeric: false },
              ...STACK.map((k) => ({ key: k, header: t(`nbs.kinds.${k}`), numeric: true, unit: COUNT })),
              { key: 'total', header: t('county.total'), numeric: true, unit: COUNT },
            ],
            rows: present.map((c, j) => ({
              key: c[0],
              cells: {
                unit: countyName(c, locale).cell,
                code: textCell(c[0]),
                ...Object.fromEntries(
                  STACK.map((k) => [
                    k,
                    cellOf(countValue(counts[j]?.[KIND_KEYS.indexOf(k)] ?? 0, countRef(meta, i, c[0], k), locale), ''),
                  ]),
                ),
                total: cellOf(totals[j], ''),
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
  },
});

/** Rows of a change table: a code, a name, its counts in the two releases and the change. */
interface ChangeRow {
  code: string;
  name: ReturnType<typeof countyName>;
  counts: readonly ReleaseCounts[];
  change: Change;
  highlight?: boolean;
  href?: string;
}

/** The chart and table of a change table: the two releases side by side, change and percent. */
function changeModel(
  id: string,
  rows: readonly ChangeRow[],
  meta: NbsMeta,
  view: FrameView,
  locale: ModelLocale,
  text: { title: string; summary: string; notes: readonly string[]; chartRows: number },
): FrameModel {
  const { t } = locale;
  const { from, to } = spanOf(view);
  const m = measureKeyOf(view.measure);
  const sorted = sortChanges(rows, view.rank);
  const shown = sorted.slice(0, text.chartRows);
  const fromLabel = releaseLabel(meta, from, locale);
  const toLabel = releaseLabel(meta, to, locale);
  const valueAt = (row: ChangeRow, i: number, which: 'from' | 'to') => {
    const v = row.change[which];
    return v === null ? null : countValue(v, countRef(meta, i, row.code, m), locale);
  };
  const categories: Category[] = shown.map((r) => ({ id: r.code, ...r.name, ...(r.href ? { href: r.href } : {}) }));
  const series: SeriesModel[] = [
    {
      key: 'from',
      label: fromLabel,
      color: 'series-3',
      values: shown.map((r) => valueAt(r, from, 'from')),
      missing: t('history.noCodeThen'),
    },
    {
      key: 'to',
      label: toLabel,
      color: 'series-1',
      values: shown.map((r) => valueAt(r, to, 'to')),
      missing: t('history.noCodeThen'),
    },
  ];
  const sortName = t(`history.sorts.${view.rank satisfies ChangeSort}`);
  return withSource(
    frameModel(
      {
        id,
        title: text.title,
        subtitle: t('history.changeSubtitle', {
          from: fromLabel,
          to: toLabel,
          measure: t(`map.measures.${view.measure}`),
          sort: sortName,
        }),
        notes: historyNotes(meta, locale, [
          ...text.notes,
          ...(rows.length > shown.length ? [t('history.chartShows', { shown: shown.length, count: rows.length })] : []),
          t('history.percentNote', { min: PERCENT_BASE_MIN }),
        ]),
        unit: COUNT,
        chart: barChart({ layout: 'grouped', categories, series }, locale),
        summary: text.summary,
        table: {
          caption: text.title,
          columns: [
            { key: 'unit', header: t('county.unit'), numeric: false },
            { key: 'code', header: t('nbs.code'), numeric: false },
            { key: 'from', header: fromLabel, numeric: true, unit: COUNT },
            { key: 'to', header: toLabel, numeric: true, unit: COUNT },
            {
              key: 'change',
              header: t('history.changeColumn', { from: fromLabel, to: toLabel }),
              numeric: true,
              unit: COUNT,
            },
            { key: 'percent', header: t('history.percentColumn'), numeric: true, unit: PERCENT },
          ],
          rows: sorted.map((r) => ({
            key: r.code,
            ...(r.highlight ? { highlight: true } : {}),
            cells: {
              unit: r.href ? { ...r.name.cell, href: r.href } : r.name.cell,
              code: textCell(r.code),
              from: cellOf(valueAt(r, from, 'from'), t('history.noCodeThen')),
              to: cellOf(valueAt(r, to, 'to'), t('history.noCodeThen')),
              ...changeCells(r.change, [countRef(meta, from, r.code, m), countRef(meta, to, r.code, m)], locale),
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

const changeOfCounts = (counts: readonly ReleaseCounts[], view: FrameView) => {
  const { from, to } = spanOf(view);
  return changeBetween(measureOf(counts[from] ?? null, view.measure), measureOf(counts[to] ?? null, view.measure));
};

/** A city's county-level units: their change from one release to a later one, sortable. */
export const nbsChangeFrame = defineFrame({
  id: 'nbs-change',
  page: paths.trend,
  title: (t) => t('history.changeFrame'),
  needs: { datasets: [], history: (view) => ({ city: cityOfView(view) }) },
  controls: ['measure', 'from', 'to', 'rank'],
  skeletonHeight: 420,
  select(data, view, locale) {
    const { t } = locale;
    const history = data.history();
    const code = cityOfView(view);
    const city = cityOf(history, code, locale);
    if (isProblem(city)) return city;
    const rows: ChangeRow[] = city.counties.map((c) => {
      const counts = c.slice(3) as ReleaseCounts[];
      return {
        code: c[0],
        name: countyName(c, locale),
        counts,
        change: changeOfCounts(counts, view),
        href: paths.withQuery(paths.changes, `county=${c[0]}`),
      };
    });
    const name = cityName(city.city, locale);
    return changeModel('nbs-change', rows, history.meta, view, locale, {
      title: t('history.changeTitle', { city: name }),
      summary: t('history.changeSummary', { city: name, units: rows.length }),
      notes: [],
      chartRows: 30,
    });
  },
});

/** Provinces, cities or counties of all China, ranked by their change; a chosen city highlighted. */
export const nbsRankFrame = defineFrame({
  id: 'nbs-rank',
  page: paths.china,
  title: (t) => t('history.rankFrame'),
  needs: {
    datasets: [],
    history: (view) => ({ index: true, ...(view.level === 'county' ? { counts: true } : {}) }),
  },
  controls: ['level', 'measure', 'from', 'to', 'rank'],
  skeletonHeight: 520,
  select(data, view, locale) {
    const { t, language } = locale;
    const history = data.history();
    const { index, counts } = history;
    if (!index) throw new Error('nbs-rank: the index is not loaded');
    const highlight = view.city;
    const provinceOf = new Map(index.provinces.map((p) => [p.code, language === 'zh' ? p.name : p.en]));
    const named = (zh: string, en: string, romanised: boolean): ChangeRow['name'] =>
      language === 'zh'
        ? { label: zh, cell: textCell(zh) }
        : romanised
          ? { label: en, native: zh, romanised: true, cell: textCell(en, { native: zh, romanised: true }) }
          : { label: en, cell: textCell(en) };
    let rows: ChangeRow[];
    if (view.level === 'province') {
      rows = index.provinces.map((p) => ({
        code: p.code,
        name: named(p.name, p.en, true),
        counts: p.totals,
        change: changeOfCounts(p.totals, view),
        ...(highlight?.startsWith(p.code) ? { highlight: true } : {}),
      }));
    } else if (view.level === 'city') {
      rows = index.cities.map((c) => ({
        code: c.code,
        name: named(c.name, c.en, true),
        counts: c.totals,
        change: changeOfCounts(c.totals, view),
        href: paths.withQuery(paths.trend, `city=${c.code}`),
        ...(highlight === c.code ? { highlight: true } : {}),
      }));
    } else {
      if (!counts) throw new Error('nbs-rank: the county counts are not loaded');
      // A county's name says its city: many districts share a name (朝阳区 in Beijing and Changchun).
      const cityNames = new Map(index.cities.map((c) => [c.code, language === 'zh' ? c.name : c.en]));
      rows = counts.counties.map((c) => {
        const list = c.slice(3) as ReleaseCounts[];
        const own = countyName(c, locale);
        const where = cityNames.get(c[0].slice(0, 4));
        const label = where ? t('history.countyInCity', { county: own.label, city: where }) : own.label;
        return {
          code: c[0],
          name: { ...own, label, cell: { ...own.cell, text: label } },
          counts: list,
          change: changeOfCounts(list, view),
          href: paths.withQuery(paths.changes, `county=${c[0]}`),
          ...(highlight && c[0].startsWith(highlight) ? { highlight: true } : {}),
        };
      });
    }
    const chosen = highlight ? index.cities.find((c) => c.code === highlight) : undefined;
    const level = t(`history.levels.${view.level}`);
    return changeModel('nbs-rank', rows, history.meta, view, locale, {
      title: t('history.rankTitle', { level }),
      summary: t('history.rankSummary', { level, count: rows.length }),
      notes: [
        ...(chosen
          ? [
              t('history.highlightNote', {
                city: language === 'zh' ? chosen.name : chosen.en,
                province: provinceOf.get(chosen.province) ?? chosen.province,
              }),
            ]
          : []),
      ],
      chartRows: 15,
    });
  },
});

/** One county's committees that appeared, disappeared, changed kind or were renamed, searchable. */
export const nbsCountyChangesFrame = defineFrame({
  id: 'nbs-county-changes',
  page: paths.changes,
  title: (t) => t('history.countyFrame'),
  needs: { datasets: [], history: (view) => ({ county: countyOfView(view) }) },
  skeletonHeight: 360,
  select: (data, view, locale) =>
    countyChangesModel('nbs-county-changes', data.history(), countyOfView(view), view.q, locale),
});

export const HISTORY_FRAMES = [nbsTrendFrame, nbsYearFrame, nbsChangeFrame, nbsCountyChangesFrame, nbsRankFrame];
