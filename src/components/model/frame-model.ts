/**
 * The FrameModel: everything one chart frame shows, in one language, as plain data. A frame
 * definition (a page feature's `select`) builds it from the datasets and the view; every output
 * renders it and adds no facts of its own: the page's chart and tooltip, its table, CSV, XLSX,
 * JSON, SVG and PNG images, the PowerPoint chart and notes, the PDF slide, the embed and the
 * big-screen panel. So they cannot disagree.
 */
import type { Language } from '@/lib/i18n';
import type { UnitModel } from './units';

export type { UnitModel } from './units';

/**
 * How a derived value came to be. `inferred`: the document implies it without stating it (a zero
 * read off a total, a base equal to another figure). The others are computed by us: a sum of
 * stated figures, a share of a whole, a rank, a difference between two sources, a change between
 * two releases of one source, a count of another source's list (the NBS codes).
 */
export const DERIVATIONS = ['inferred', 'sum', 'share', 'rank', 'difference', 'change', 'count'] as const;
export type Derivation = (typeof DERIVATIONS)[number];

export const STATUSES = ['actual', 'plan', 'forecast'] as const;
export type Status = (typeof STATUSES)[number];

import { QUALIFIERS } from '@/data/model/vocabulary';

export { QUALIFIERS };
export type Qualifier = (typeof QUALIFIERS)[number];

/** The three independent marks every value carries, exactly as the datasets do. */
export interface Marks {
  kind: 'stated' | 'derived';
  /** Set exactly when `kind` is `derived`. */
  derivation?: Derivation;
  status: Status;
  qualifier: Qualifier;
}

/** One value as every output shows it. */
export interface ModelValue {
  value: number;
  /** Decimal places the value is published (or computed) with; files round to these. */
  decimals: number;
  /** The number as written in the frame's language, qualifier included, unit not: "200余", "200+", "32.1%". */
  text: string;
  marks: Marks;
  /** The figures (`dataset:figure`) the value is, or is computed from. */
  refs: readonly string[];
}

/** Something a chart draws a bar, an area or a row for. */
export interface Category {
  /** Stable across languages and releases: a division code where the unit has one. */
  id: string;
  /** In the frame's language; a romanisation where `romanised` says so. */
  label: string;
  /** The Chinese name, when `label` is not it (a romanised or translated name). */
  native?: string;
  /** `label` is a machine romanisation of `native`, not an established English name. */
  romanised?: boolean;
  /** The page (without language prefix) a click on the category opens. */
  href?: string;
  /** The category's own unit, in a chart of counts of different things (个, 片, 套). */
  unit?: UnitModel;
}

/** Theme colour tokens the kit and the outputs know (CSS `--series-n`, the print palette). */
export type SeriesColor = 'series-1' | 'series-2' | 'series-3' | 'series-4';

export interface SeriesModel {
  key: string;
  label: string;
  color: SeriesColor;
  /** One per category; null where there is no value (not stated, no code). */
  values: readonly (ModelValue | null)[];
  /** What a missing value is called ("原文未载", "no code of its own"). */
  missing: string;
}

/** A value shown in the tooltip and table beside the bars (a unit's total, share, rank). */
export interface ExtraModel {
  key: string;
  label: string;
  values: readonly (ModelValue | null)[];
  /** The extra's own unit ("%" for a share), when it is not the chart's. */
  unit?: UnitModel;
}

export interface BarChartModel {
  kind: 'bar';
  layout: 'stacked' | 'grouped';
  categories: readonly Category[];
  series: readonly SeriesModel[];
  /** For stacked bars of several series: each category's total, written at the bar's end. */
  totals?: readonly (ModelValue | null)[];
  extras: readonly ExtraModel[];
  /** The value axis: always from zero. */
  domain: readonly [0, number];
  ticks: readonly number[];
  tickLabels: readonly string[];
}

export interface MapArea {
  id: string;
  label: string;
  value: ModelValue | null;
  /** Colour class, 0 (lowest) to classes - 1. */
  colorClass: number;
  href?: string;
}

export interface MapChartModel {
  kind: 'map';
  /** The design box the paths are drawn in. */
  width: number;
  height: number;
  areas: readonly (MapArea & { path: string; labelAt: readonly [number, number] })[];
  /** Units without a boundary of their own (functional zones), shown as tiles beside the map. */
  zones: readonly MapArea[];
  /** The colour key, lowest class first. */
  classes: readonly { from: number; to: number; label: string }[];
  measureLabel: string;
  zonesNote: string;
  attribution: string;
  highlight?: string;
}

export interface ProgressChartModel {
  kind: 'progress';
  done: { label: string; value: ModelValue; quantity: string };
  total: { label: string; value: ModelValue; quantity: string };
  share: ModelValue;
  /** "42.1% · 1.32亿元 completed of 3.16亿元 planned" as one line. */
  headline: string;
}

export interface HierarchyNode {
  label: string;
  value: ModelValue;
}

export interface HierarchyChartModel {
  kind: 'hierarchy';
  /** Tiers from the top down, each with side organisations at the same level. */
  tiers: readonly { node: HierarchyNode; beside: readonly HierarchyNode[] }[];
}

export interface TileModel {
  /** `dataset:figure`. */
  id: string;
  label: string;
  value: ModelValue;
  /** The value with its unit: "226.18万平方米", "2.26 million m²". */
  quantity: string;
  detail?: string;
  /** As-of date, status. */
  meta: string;
  /** The page the whole tile links to (a headline tile). */
  href?: string;
  /** A figure tile's source, one click away: the sentence, where it is, how a derived value is made. */
  source?: {
    quote?: string;
    line: string;
    explanation?: string;
    note?: string;
    /** The sentence marked in the document. */
    sentenceHref: string;
    /** The audit row that checks the figure, when a check uses it. */
    auditHref?: string;
  };
}

export interface TilesChartModel {
  kind: 'tiles';
  tiles: readonly TileModel[];
}

export type ChartModel = BarChartModel | MapChartModel | ProgressChartModel | HierarchyChartModel | TilesChartModel;
export type ChartKind = ChartModel['kind'];

/** How a legend entry's swatch is drawn. */
export type SwatchFill = 'solid' | 'hatch' | 'dots' | 'outline';

export interface LegendEntry {
  key: string;
  label: string;
  color: SeriesColor | 'neutral';
  fill: SwatchFill;
}

export type TableCell =
  | { type: 'text'; text: string; href?: string; native?: string; romanised?: boolean }
  | { type: 'value'; value: ModelValue }
  | { type: 'missing'; text: string };

export interface TableColumn {
  key: string;
  header: string;
  numeric: boolean;
  /** The unit of every value in the column, when it has one ("%" for shares). */
  unit?: UnitModel;
}

export interface TableRow {
  /** The category id (or figure id) the row is for. */
  key: string;
  cells: Readonly<Record<string, TableCell>>;
  /** A row the view singles out (a chosen city's units in a national ranking). */
  highlight?: boolean;
}

export interface TableModel {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
}

/** A figure of the document behind the frame, with the sentence it was read from. */
export interface CitationModel {
  ref: string;
  label: string;
  /** The value as shown, qualifier included. */
  text: string;
  marks: Marks;
  /** The sentence it stands in, verbatim, in Chinese; absent for a figure of a table without text. */
  quote?: string;
  /** The document's section, when it has sections. */
  section?: string;
  /** Where in a cited source without text it is: "第3页，表2". */
  place?: string;
}

export interface SourceModel {
  issuer: string;
  title: string;
  /** Formatted. */
  date: string;
  /** "来源：濮阳市民政局《…》，2023年7月26日": the line under a chart, a slide, an image. */
  line: string;
  /** The full citation, with the sections the frame's figures come from. */
  citation: string;
  licence: string;
}

/** The data release a frame draws. */
export interface ReleaseModel {
  /** The datasets (or other files) the frame reads. */
  datasets: readonly string[];
  /** ISO date of the release. */
  version: string;
  /** "数据版本 2023-07-26". */
  line: string;
}

export interface FrameModel {
  id: string;
  language: Language;
  title: string;
  subtitle?: string;
  /** Sentences under the chart (a footnote, a total line), kept in every output. */
  notes: readonly string[];
  /** The unit of the chart's values; undefined when they differ (the table then has a unit column). */
  unit?: UnitModel;
  /** "单位：万平方米" / "Unit: 10,000 m²" (or that units vary): every output that draws the chart shows it. */
  unitLine?: string;
  chart: ChartModel;
  legend: readonly LegendEntry[];
  /** What the chart shows, in a sentence or two, for screen readers and image descriptions. */
  summary: string;
  table: TableModel;
  citations: readonly CitationModel[];
  source?: SourceModel;
  release: ReleaseModel;
  /** One as-of date when every figure shares it, formatted ("数据截至2023年6月30日"). */
  asOf?: string;
}

/**
 * What a frame shows instead of a chart: the view names something that does not exist
 * (`not-found`, an error), or does not yet name what the frame needs (`choose`, a prompt).
 */
export interface FrameProblem {
  problem: 'not-found' | 'choose';
  /** Says what was asked for and why there is nothing ("No city has the code 9999."). */
  message: string;
}

export function isFrameProblem(value: FrameModel | FrameProblem): value is FrameProblem {
  return 'problem' in value;
}
