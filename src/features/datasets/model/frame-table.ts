import type { Dataset } from './dataset-schema';

/** A cell as data: numbers stay numbers (downloads, slides), text is already in the reader's language. */
export type FrameCell = string | number | null;

export interface FrameColumn {
  key: string;
  header: string;
  numeric: boolean;
  /** A share (0–1), shown and exported as a percentage. */
  percent?: boolean;
}

export interface FrameRow {
  /** Stable key (a figure or unit id). */
  key: string;
  cells: Readonly<Record<string, FrameCell>>;
  /** Column keys whose value we computed rather than read in the document. */
  derived: readonly string[];
  /** Figures (ids in the frame's dataset) the row's values come from. */
  figures: readonly string[];
}

/**
 * What a frame shows, as plain data: the one model that downloads (CSV, XLSX, JSON), slides and
 * exports are built from, so a file never disagrees with the table on screen.
 */
export interface FrameTable {
  title: string;
  datasetId: Dataset['id'];
  /** The dataset's release (its version). */
  version: string;
  columns: readonly FrameColumn[];
  rows: readonly FrameRow[];
  /** Numeric columns a chart of this table draws, in order. */
  series: readonly string[];
}
