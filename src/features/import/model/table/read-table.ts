/**
 * Reads a table the reader pasted, chose or dropped into a grid of cell texts. CSV is decoded
 * whatever its encoding (Chinese Excel and WPS save GBK/GB18030) and split on the delimiter it
 * uses (comma, tab, semicolon); XLSX is read with exceljs, loaded only when one arrives, after
 * its zip directory is checked: a workbook that would unpack past a stated size, or that is
 * encrypted (a password), is refused before anything is unpacked. Runs in the table worker.
 */
import type { CellValue } from 'exceljs';
import Papa from 'papaparse';
import { decodeText, looksBinary } from '../read-text-file';
import { inspectZip, isCompoundFile, MAX_UNZIPPED_BYTES } from '../zip-directory';

/** Refused above this: a county table is kilobytes; 10 MB is already a large spreadsheet. */
export const MAX_TABLE_BYTES = 10 * 1024 * 1024;
export const MAX_TABLE_ROWS = 50_000;

export type TableProblem =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'old-sheet'
  | 'encrypted'
  | 'zip-bomb'
  | 'not-a-workbook'
  | 'too-many-rows'
  | 'document'
  | 'unknown-type';

/** Something the reading changed or noticed in a cell: `row` and `column` count from 0. */
export interface ReadNote {
  kind: 'formula' | 'merged' | 'error-value';
  row: number;
  column: number;
}

export interface ReadTable {
  grid: string[][];
  /** How a CSV was decoded; the sheet an XLSX was read from. */
  encoding?: string;
  sheet?: string;
  notes: ReadNote[];
}

export type TableReadResult = { ok: true; table: ReadTable } | { ok: false; problem: TableProblem };

const BY_EXTENSION: Readonly<Record<string, TableProblem>> = {
  xls: 'old-sheet',
  et: 'old-sheet',
  doc: 'document',
  docx: 'document',
  wps: 'document',
  pdf: 'document',
};

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Drops trailing empty cells and empty rows, so a sheet's formatting does not make columns. */
function tidy(rows: readonly (readonly string[])[]): string[][] {
  const kept = rows.map((row) => {
    const cells = row.map((c) => c.trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (kept.length > 0 && (kept[kept.length - 1]?.length ?? 0) === 0) kept.pop();
  return kept;
}

/** Splits delimited text (a paste from a spreadsheet, or a CSV) into rows of cells. */
export function parseDelimited(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: ['\t', ',', ';', '|', '，'],
    skipEmptyLines: 'greedy',
  });
  return tidy(result.data);
}

function checked(grid: string[][], rest: Omit<ReadTable, 'grid'>): TableReadResult {
  if (grid.length === 0 || grid.every((row) => row.every((c) => c === ''))) return { ok: false, problem: 'empty' };
  if (grid.length > MAX_TABLE_ROWS) return { ok: false, problem: 'too-many-rows' };
  return { ok: true, table: { grid, ...rest } };
}

/** Reads pasted text as a table. */
export function readPastedTable(text: string): TableReadResult {
  if (looksBinary(text)) return { ok: false, problem: 'binary' };
  return checked(parseDelimited(text), { notes: [] });
}

/** A cell's value as the text a reader sees; formulas give their saved result. */
function cellText(value: CellValue): { text: string; formula: boolean; error: boolean } {
  if (value === null || value === undefined) return { text: '', formula: false, error: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), formula: false, error: false };
  if (typeof value !== 'object') return { text: String(value), formula: false, error: false };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: CellValue }).result;
    const inner = cellText(result === undefined ? null : result);
    return { ...inner, formula: true };
  }
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join(''), formula: false, error: false };
  if ('error' in value) return { text: '', formula: false, error: true };
  if ('text' in value) return { text: String(value.text), formula: false, error: false };
  return { text: '', formula: false, error: false };
}

async function readWorkbook(bytes: Uint8Array): Promise<TableReadResult> {
  if (isCompoundFile(bytes)) return { ok: false, problem: 'encrypted' };
  const zip = inspectZip(bytes);
  if (!zip.zip) return { ok: false, problem: 'not-a-workbook' };
  if (zip.encrypted) return { ok: false, problem: 'encrypted' };
  if (zip.unpacked > MAX_UNZIPPED_BYTES) return { ok: false, problem: 'zip-bomb' };
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return { ok: false, problem: 'not-a-workbook' };
  }
  // The first sheet with anything in it.
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) return { ok: false, problem: 'empty' };
  // exceljs computes these by walking every row: read them once.
  const rowCount = sheet.rowCount;
  const columnCount = sheet.columnCount;
  if (rowCount > MAX_TABLE_ROWS) return { ok: false, problem: 'too-many-rows' };
  const notes: ReadNote[] = [];
  const grid: string[][] = [];
  for (let r = 1; r <= rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= columnCount; c += 1) {
      const cell = row.getCell(c);
      const master = cell.isMerged ? cell.master : cell;
      const read = cellText(master.value);
      if (master !== cell) notes.push({ kind: 'merged', row: r - 1, column: c - 1 });
      else if (read.formula) notes.push({ kind: 'formula', row: r - 1, column: c - 1 });
      if (read.error) notes.push({ kind: 'error-value', row: r - 1, column: c - 1 });
      cells.push(read.text);
    }
    grid.push(cells);
  }
  return checked(tidy(grid), { sheet: sheet.name, notes });
}

/** Reads a chosen or dropped file as a table, or says why it cannot. */
export async function readTableBytes(name: string, bytes: Uint8Array): Promise<TableReadResult> {
  const extension = extensionOf(name);
  const known = BY_EXTENSION[extension];
  if (known) return { ok: false, problem: known };
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > MAX_TABLE_BYTES) return { ok: false, problem: 'too-large' };
  if (extension === 'xlsx') return readWorkbook(bytes);
  if (!['csv', 'tsv', 'txt', 'text', ''].includes(extension)) return { ok: false, problem: 'unknown-type' };
  // A workbook saved with a .csv name is still read as the workbook it is.
  if (inspectZip(bytes).zip) return readWorkbook(bytes);
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) return { ok: false, problem: 'binary' };
  return checked(parseDelimited(text), { encoding, notes: [] });
}
