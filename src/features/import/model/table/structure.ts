/**
 * Finds how an imported table is laid out, so the reader only corrects what the page got wrong:
 * the header row (a title line above it is skipped), each column's type with the count of values
 * that do not read as numbers, the column of places, total rows (合计, 全市 …), and the layout:
 * one column per measure, one column per year, or a long table with a column of years.
 */
import { matchCountingUnit, type CountingUnit } from '../counting-units';
import { toHalfWidth } from '../numerals';
import { cellReader, type CellReading } from './parse-cell';

type ReadCell = (raw: string) => CellReading;

export type Layout = 'wide' | 'by-year' | 'long';

export interface ColumnProfile {
  index: number;
  /** The header as written. */
  header: string;
  /** The header without its unit: 村（个） → 村. */
  label: string;
  /** The unit the header names in brackets or after a slash: 村（个） → 个; 覆盖率% → %. */
  unit?: CountingUnit;
  /** The year the header is (2022, 2022年, 2022年底). */
  year?: string;
  numbers: number;
  problems: number;
  empty: number;
  kind: 'number' | 'text' | 'empty';
}

export interface TableStructure {
  headerRow: number;
  placeColumn: number;
  columns: ColumnProfile[];
  /** Rows (grid indexes) whose place is a total: 合计, 总计, 全市 … */
  totalRows: number[];
  layout: Layout;
  /** In the long layout: the column of years. */
  yearColumn?: number;
}

const TOTAL = /^(?:合\s*计|总\s*计|小\s*计|总数|全市|全县|全区|全省|全州|全盟|汇总|total|sum|all)$|合计$|总计$/i;
const YEAR_HEADER = /^((?:19|20)\d{2})\s*(?:年(?:度|底|末|初)?)?$/;
const YEAR_COLUMN = /^(?:年份|年度|年|year|period)$/i;

export const isTotalLabel = (text: string) => TOTAL.test(text.replace(/\s+/g, ''));

/** The header's label and unit: 村（个）, 村(个), 人口/万人, 人口（单位：万人）, 覆盖率% . */
export function splitHeader(header: string): { label: string; unit?: CountingUnit } {
  const h = toHalfWidth(header).trim();
  const bracket = /^(.*?)\s*[([【]\s*(?:单位\s*[:：]\s*)?([^()[\]【】]+?)\s*[)\]】]\s*$/.exec(h);
  const slash = /^(.*?)\s*\/\s*([^/]+)$/.exec(h);
  for (const m of [bracket, slash]) {
    const unit = m?.[2] ? matchCountingUnit(m[2]) : undefined;
    if (m?.[1] && unit && unit.zh === m[2]) return { label: m[1], unit };
  }
  if (/%$/.test(h) && h.length > 1) return { label: h.slice(0, -1).trim(), unit: matchCountingUnit('%') };
  return { label: header.trim() };
}

const nonEmpty = (row: readonly string[] | undefined) => (row ?? []).filter((c) => c.trim() !== '').length;
const numberCells = (row: readonly string[] | undefined, read: ReadCell) =>
  (row ?? []).filter((c) => read(c).kind === 'number').length;

/** The header row: the first of the top rows with two or more cells, mostly words, just above rows of numbers. */
function findHeaderRow(grid: readonly (readonly string[])[], read: ReadCell): number {
  for (let r = 0; r < Math.min(grid.length - 1, 10); r += 1) {
    const row = grid[r];
    // A header names two or more different things; a merged title repeats one text.
    if (new Set((row ?? []).map((c) => c.trim()).filter((c) => c !== '')).size < 2) continue;
    const headerYears = (row ?? []).filter((c) => YEAR_HEADER.test(toHalfWidth(c).trim())).length;
    if (numberCells(row, read) - headerYears > nonEmpty(row) / 2) continue;
    // Figures follow within a few rows (a first row may hold a cell that is not a number).
    if (grid.slice(r + 1, r + 4).some((next) => numberCells(next, read) > 0)) return r;
  }
  return 0;
}

export function profileColumns(
  grid: readonly (readonly string[])[],
  headerRow: number,
  read: ReadCell = cellReader(),
): ColumnProfile[] {
  const width = Math.max(0, ...grid.map((row) => row.length));
  const header = grid[headerRow] ?? [];
  return Array.from({ length: width }, (_, index) => {
    let numbers = 0;
    let problems = 0;
    let empty = 0;
    for (const row of grid.slice(headerRow + 1)) {
      const reading = read(row[index] ?? '');
      if (reading.kind === 'number') numbers += 1;
      else if (reading.kind === 'empty') empty += 1;
      else problems += 1;
    }
    const text = header[index]?.trim() ?? '';
    const year = YEAR_HEADER.exec(toHalfWidth(text))?.[1];
    const { label, unit } = splitHeader(text);
    return {
      index,
      header: text,
      label,
      ...(unit ? { unit } : {}),
      ...(year ? { year } : {}),
      numbers,
      problems,
      empty,
      kind: numbers === 0 && problems === 0 ? 'empty' : numbers >= problems ? 'number' : 'text',
    };
  });
}

/** The table's layout as the page reads it; `overrides` are the reader's corrections. */
export function detectStructure(
  grid: readonly (readonly string[])[],
  overrides: { headerRow?: number; placeColumn?: number } = {},
  read: ReadCell = cellReader(),
): TableStructure {
  const headerRow = Math.min(
    Math.max(0, overrides.headerRow ?? findHeaderRow(grid, read)),
    Math.max(0, grid.length - 1),
  );
  const columns = profileColumns(grid, headerRow, read);
  const textColumns = columns.filter((c) => c.kind === 'text');
  const yearColumn = columns.find(
    (c) =>
      YEAR_COLUMN.test(c.header) ||
      (c.numbers > 0 &&
        grid.slice(headerRow + 1).every((row) => row[c.index] === undefined || YEAR_HEADER.test(row[c.index] ?? ''))),
  );
  const placeColumn = Math.min(
    overrides.placeColumn ?? textColumns.find((c) => c.index !== yearColumn?.index)?.index ?? 0,
    Math.max(0, columns.length - 1),
  );
  const totalRows = grid.flatMap((row, r) => (r > headerRow && isTotalLabel(row[placeColumn] ?? '') ? [r] : []));
  const yearHeaders = columns.filter((c) => c.year !== undefined && c.kind === 'number').length;
  const layout: Layout =
    yearColumn && yearColumn.index !== placeColumn ? 'long' : yearHeaders >= 2 ? 'by-year' : 'wide';
  return {
    headerRow,
    placeColumn,
    columns,
    totalRows,
    layout,
    ...(layout === 'long' && yearColumn ? { yearColumn: yearColumn.index } : {}),
  };
}
