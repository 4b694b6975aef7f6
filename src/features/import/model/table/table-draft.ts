/**
 * A table import kept on this device: the grid as read, and every choice the reader made over
 * it. The structure, the matches and the dataset file are derived again from these on every
 * change, so replacing the grid with a corrected file keeps the settings and the answers.
 */
import { isCitation } from '../draft';
import type { ReadNote } from './read-table';

export interface ColumnSetting {
  /** Whether the column's figures are imported (numeric columns are, unless turned off). */
  use?: boolean;
  /** What the column counts, when the header does not say it well. */
  label?: string;
  /** The unit without its scale (人, 个, %) and the scale ('' | 万 | 亿). */
  unit?: string;
  scale?: string;
  /** Where in the source the column is: a page. */
  page?: string;
}

export interface TableDraft {
  kind: 'table';
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  citation: { title: string; issuer: string; date: string };
  table: {
    /** The file it came from, or '' for a paste. */
    file: string;
    grid: string[][];
    encoding?: string;
    sheet?: string;
    notes: ReadNote[];
  };
  settings: {
    headerRow?: number;
    placeColumn?: number;
    /** The date the figures stand at. */
    asOf?: string;
    /** In the one-column-per-year layout: what the years' figures count. */
    measure?: string;
    /** The source's name for the table (表1); cited with each figure's cell. */
    tableName?: string;
    columns: Record<string, ColumnSetting>;
  };
  /** The reader's answers by place as written: a division code, or '' for "no code". */
  matches: Record<string, string>;
}

export function newTableDraft(now: Date, random: () => number = Math.random): TableDraft {
  const stamp = now.toISOString();
  return {
    kind: 'table',
    id: `imp-${now.getTime().toString(36)}${Math.floor(random() * 36 ** 4).toString(36)}`,
    name: '',
    createdAt: stamp,
    updatedAt: stamp,
    citation: { title: '', issuer: '', date: '' },
    table: { file: '', grid: [], notes: [] },
    settings: { columns: {} },
    matches: {},
  };
}

export function isTableDraft(value: unknown): value is TableDraft {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  const table = d.table as Record<string, unknown> | undefined;
  const settings = d.settings as Record<string, unknown> | undefined;
  return (
    d.kind === 'table' &&
    typeof d.id === 'string' &&
    typeof d.name === 'string' &&
    typeof d.createdAt === 'string' &&
    typeof d.updatedAt === 'string' &&
    isCitation(d.citation) &&
    !!table &&
    typeof table.file === 'string' &&
    Array.isArray(table.grid) &&
    table.grid.every((row) => Array.isArray(row) && row.every((c) => typeof c === 'string')) &&
    Array.isArray(table.notes) &&
    !!settings &&
    typeof settings.columns === 'object' &&
    settings.columns !== null &&
    !!d.matches &&
    typeof d.matches === 'object'
  );
}
