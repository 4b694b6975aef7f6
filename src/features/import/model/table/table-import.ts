/**
 * A table import, derived whole from its draft: the structure, each place's division code, the
 * messages (row, column, what is wrong, and whether it blocks), and the dataset file in the
 * project's own format. Every figure cites the table and its cell (表1 · D7), so a reader can
 * find it in the source; a total row becomes a check that the places add up to it.
 */
import type { AdminUnit } from '@/data/model/dataset-schema';
import { unitCode } from '@/data/model/units';
import { countingUnitOf, matchCountingUnit, type CountingUnit } from '../counting-units';
import {
  datasetFileHead,
  measureUnitFields,
  type DatasetFile,
  type FileCheck,
  type FileFigure,
  type FileMeasure,
  type FileUnit,
} from '../to-dataset';
import { cellReader, type CellNote, type CellProblem } from './parse-cell';
import { matchRegions, type RegionIndex, type RegionMatch } from './regions';
import { detectStructure, isTotalLabel, type ColumnProfile, type TableStructure } from './structure';
import type { TableDraft } from './table-draft';

export type MessageCode =
  | CellProblem
  | Exclude<CellNote, 'full-width' | 'separators' | 'percent'>
  | 'formula'
  | 'merged'
  | 'error-value'
  | 'duplicate-place'
  | 'ambiguous-place'
  | 'no-code'
  | 'no-place'
  | 'negative'
  | 'no-measures'
  | 'no-rows';

/** A message about the table: where (1-based row as the spreadsheet numbers it, column header), and what. */
export interface TableMessage {
  severity: 'warning' | 'error';
  code: MessageCode;
  row?: number;
  column?: string;
  /** The cell as a spreadsheet names it: D7. */
  cell?: string;
  /** The cell's text, as written. */
  raw?: string;
  /** Another row it concerns (the first of two duplicates). */
  otherRow?: number;
}

export interface PlaceRow {
  /** Grid index. */
  row: number;
  written: string;
  total: boolean;
  match?: RegionMatch;
}

export interface MeasureColumn {
  column: ColumnProfile;
  label: string;
  unit: CountingUnit;
  year?: string;
}

export interface TableImport {
  structure: TableStructure;
  places: PlaceRow[];
  measures: MeasureColumn[];
  messages: TableMessage[];
  /** Null until there is a figure to keep. */
  file: DatasetFile | null;
  /** Each figure's cell, by figure id (the page links a figure to its cell). */
  cells: Record<string, string>;
}

/** A column's letters as a spreadsheet names it: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const cellName = (row: number, column: number) => `${columnLetters(column)}${row + 1}`;

/** The unit the reader chose for a column, else the header's, else % for percentages, else 个. */
function columnUnit(draft: TableDraft, column: ColumnProfile, percent: boolean): CountingUnit | undefined {
  const setting = draft.settings.columns[String(column.index)];
  if (setting?.unit !== undefined) return countingUnitOf(setting.unit, setting.scale ?? '');
  return column.unit ?? matchCountingUnit(percent ? '%' : '个');
}

/** The city's own units by division code and by name: an imported table of this city uses their ids. */
function ownUnits(cityUnits: readonly AdminUnit[]) {
  const byCode = new Map(cityUnits.map((u) => [unitCode(u), u]));
  const byName = new Map(
    cityUnits.flatMap((u) => [u.name.zh, u.shortName?.zh].filter((n) => n !== undefined).map((n) => [n, u] as const)),
  );
  const cityPrefix = cityUnits
    .map((u) => unitCode(u))
    .find((c) => /^\d{6}$/.test(c))
    ?.slice(0, 4);
  return { byCode, byName, cityPrefix };
}

export function buildTableImport(
  draft: TableDraft,
  index: RegionIndex | null,
  cityUnits: readonly AdminUnit[],
): TableImport {
  const { grid } = draft.table;
  const parseCell = cellReader();
  const structure = detectStructure(grid, draft.settings, parseCell);
  const { headerRow, placeColumn, columns } = structure;
  const messages: TableMessage[] = [];
  const header = (c: number) => columns[c]?.header || columnLetters(c);

  // Notes on the header and the rows below it: a title line above the header is not read.
  for (const note of draft.table.notes.filter((n) => n.row >= headerRow))
    messages.push({
      severity: 'warning',
      code: note.kind,
      row: note.row + 1,
      column: header(note.column),
      cell: cellName(note.row, note.column),
      raw: grid[note.row]?.[note.column] ?? '',
    });

  // Places: every row below the header with a name; totals apart.
  const places: PlaceRow[] = [];
  for (let r = headerRow + 1; r < grid.length; r += 1) {
    const written = grid[r]?.[placeColumn]?.trim() ?? '';
    if (written === '') {
      if ((grid[r] ?? []).some((c, i) => i !== placeColumn && parseCell(c).kind === 'number'))
        messages.push({ severity: 'warning', code: 'no-place', row: r + 1, column: header(placeColumn) });
      continue;
    }
    places.push({ row: r, written, total: isTotalLabel(written) });
  }
  const parts = places.filter((p) => !p.total);
  const matched = index ? matchRegions(index, [...new Set(parts.map((p) => p.written))], draft.matches) : undefined;
  const matchOf = new Map(
    matched ? [...new Set(parts.map((p) => p.written))].map((w, i) => [w, matched.matches[i]] as const) : [],
  );
  // A row named as the city itself (濮阳市) is its total.
  const city =
    matched?.cityCode && index
      ? [...index.byCode.values()].find((c) => c.cityCode === matched.cityCode)?.city
      : undefined;
  for (const p of places) {
    if (!p.total && city && (p.written === city || p.written === city.replace(/市$/, ''))) p.total = true;
    const match = p.total ? undefined : matchOf.get(p.written);
    if (match) p.match = match;
  }

  // Measures: the numeric columns the reader keeps.
  const yearColumn = structure.layout === 'long' ? structure.yearColumn : undefined;
  const measures: MeasureColumn[] = [];
  for (const column of columns) {
    if (column.index === placeColumn || column.index === yearColumn || column.kind !== 'number') continue;
    const setting = draft.settings.columns[String(column.index)];
    if (setting?.use === false) continue;
    const percent = grid.slice(headerRow + 1).some((row) => /[%％]\s*$/.test(row[column.index] ?? ''));
    const unit = columnUnit(draft, column, percent);
    if (!unit) continue;
    const byYear = structure.layout === 'by-year' && column.year !== undefined;
    measures.push({
      column,
      label: byYear
        ? draft.settings.measure || draft.citation.title || column.label
        : setting?.label || column.label || columnLetters(column.index),
      unit,
      ...(byYear ? { year: column.year } : {}),
    });
  }
  if (grid.length > 0 && measures.length === 0) messages.push({ severity: 'error', code: 'no-measures' });
  if (grid.length > 0 && parts.length === 0) messages.push({ severity: 'error', code: 'no-rows' });

  const own = ownUnits(cityUnits);
  const units = new Map<string, FileUnit>();
  const rowOfUnit = new Map<string, number>();
  const unitOfRow = new Map<number, string>();
  let named = 0;
  const namedIds = new Map<string, string>();
  for (const p of parts) {
    const m = p.match;
    let id: string | undefined;
    if (m?.status === 'matched') {
      const mine = own.byCode.get(m.candidate.code);
      id = mine ? mine.id : m.candidate.code;
      if (!mine) units.set(id, { id, name: { zh: m.candidate.name, en: m.candidate.en }, code: m.candidate.code });
    } else if (m?.status === 'ambiguous') {
      messages.push({
        severity: 'warning',
        code: 'ambiguous-place',
        row: p.row + 1,
        column: header(placeColumn),
        raw: p.written,
      });
    } else {
      const mine = own.byName.get(p.written);
      const sameCity = !matched?.cityCode || matched.cityCode === own.cityPrefix;
      if (mine && sameCity) id = mine.id;
      else {
        id = namedIds.get(p.written) ?? `named-${(named += 1)}`;
        namedIds.set(p.written, id);
        units.set(id, { id, name: { zh: p.written } });
        if (!m?.chosen)
          messages.push({
            severity: 'warning',
            code: 'no-code',
            row: p.row + 1,
            column: header(placeColumn),
            raw: p.written,
          });
      }
    }
    if (id === undefined) continue;
    // In the long layout a place repeats once per year; elsewhere a second row of it is left out.
    const year = yearColumn === undefined ? '' : (grid[p.row]?.[yearColumn] ?? '');
    const key = `${id}|${year}`;
    const first = rowOfUnit.get(key);
    if (first !== undefined) {
      messages.push({
        severity: 'warning',
        code: 'duplicate-place',
        row: p.row + 1,
        otherRow: first + 1,
        column: header(placeColumn),
        raw: p.written,
      });
      continue;
    }
    rowOfUnit.set(key, p.row);
    unitOfRow.set(p.row, id);
  }

  // Figures, cell by cell.
  const tableName = draft.settings.tableName || draft.table.sheet || draft.table.file || draft.citation.title;
  const fileMeasures = new Map<string, FileMeasure>();
  const figures: FileFigure[] = [];
  const cells: Record<string, string> = {};
  const totals = new Map<string, string>();
  const partsOf = new Map<string, string[]>();
  measures.forEach((m, i) => {
    const measureId = m.year !== undefined ? 'years' : `m${i + 1}`;
    const setting = draft.settings.columns[String(m.column.index)];
    for (const p of places) {
      const unit = p.total ? undefined : unitOfRow.get(p.row);
      if (!p.total && unit === undefined) continue;
      const raw = grid[p.row]?.[m.column.index] ?? '';
      const read = parseCell(raw);
      const cell = cellName(p.row, m.column.index);
      const at = { row: p.row + 1, column: m.column.header || columnLetters(m.column.index), cell, raw };
      if (read.kind === 'empty') continue;
      if (read.kind === 'problem') {
        messages.push({ severity: 'warning', code: read.problem, ...at });
        continue;
      }
      for (const note of read.notes)
        if (note === 'qualifier' || note === 'scale') messages.push({ severity: 'warning', code: note, ...at });
      const year = m.year ?? (yearColumn === undefined ? undefined : grid[p.row]?.[yearColumn]?.replace(/\D/g, ''));
      const dims: Record<string, string> = {
        ...(unit ? { unit } : { place: p.written }),
        ...(year ? { year } : {}),
      };
      const id = `${measureId}.${unit ?? 'total'}${year ? `.${year}` : ''}`;
      if (cells[id] !== undefined) continue;
      if (!fileMeasures.has(measureId))
        fileMeasures.set(measureId, { id: measureId, label: { zh: m.label }, ...measureUnitFields(m.unit) });
      if (read.value < 0) {
        const measure = fileMeasures.get(measureId);
        if (measure && !measure.signed) {
          measure.signed = true;
          messages.push({ severity: 'warning', code: 'negative', ...at });
        }
      }
      cells[id] = cell;
      figures.push({
        id,
        measure: measureId,
        dims,
        value: read.value,
        kind: 'stated',
        status: 'actual',
        qualifier: read.qualifier,
        decimals: read.decimals,
        ...(draft.settings.asOf ? { asOf: draft.settings.asOf } : {}),
        provenance: {
          table: `${tableName} · ${cell}`,
          ...(setting?.page ? { page: setting.page } : {}),
        },
      });
      const group = `${measureId}|${year ?? ''}`;
      if (p.total) {
        if (!totals.has(group)) totals.set(group, id);
      } else {
        const list = partsOf.get(group);
        if (list) list.push(id);
        else partsOf.set(group, [id]);
      }
    }
  });

  const checks: FileCheck[] = [];
  for (const [group, total] of totals) {
    const list = partsOf.get(group) ?? [];
    if (list.length < 2) continue;
    const measure = fileMeasures.get(group.split('|')[0] ?? '');
    const year = group.split('|')[1];
    const label = `${measure?.label.zh ?? ''}${year ? `（${year}年）` : ''}`;
    checks.push({
      id: `sum-${total}`,
      type: 'sum',
      label: { zh: `${label}：各地之和等于合计`, en: `${label}: the places add up to the total row` },
      parts: list,
      total,
    });
  }

  const file: DatasetFile | null =
    figures.length === 0
      ? null
      : {
          ...datasetFileHead(draft, draft.citation.title || draft.name || tableName),
          units: [...units.values()],
          measures: [...fileMeasures.values()],
          figures,
          checks,
        };
  // Messages in the table's order, so a reader fixes it top to bottom.
  messages.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.cell ?? '').localeCompare(b.cell ?? ''));
  return { structure, places, measures, messages, file, cells };
}
