import type { Dataset, Figure, Measure } from '@/features/datasets/model/dataset-schema';
import type { FrameTable } from '@/features/datasets/model/frame-table';
import type { Language } from '@/lib/i18n';
import type { SheetCell } from './csv';

/** A table ready for a file: header, rows, and which columns hold numbers or percentages. */
export interface Sheet {
  header: readonly string[];
  rows: readonly (readonly SheetCell[])[];
  /** Column indexes holding shares (0–1) to show as percentages. */
  percentColumns: readonly number[];
  /** Cells (row, column) holding derived values. */
  derivedCells: readonly (readonly [number, number])[];
}

export interface SheetLabels {
  derivedColumn: string;
  /** Marks a row's derived columns in the last column: "合计、占比". */
  separator: string;
}

/**
 * The frame's table as a sheet, in the frame's order: its columns, then one column naming the
 * values we derived (so a derived number is never passed off as a stated one).
 */
export function viewSheet(table: FrameTable, labels: SheetLabels): Sheet {
  const columns = table.columns;
  const derivedCells: [number, number][] = [];
  const rows = table.rows.map((row, r) => {
    columns.forEach((c, i) => {
      if (row.derived.includes(c.key)) derivedCells.push([r, i]);
    });
    const derivedHeaders = columns.filter((c) => row.derived.includes(c.key)).map((c) => c.header);
    return [...columns.map((c) => row.cells[c.key] ?? null), derivedHeaders.join(labels.separator)];
  });
  return {
    header: [...columns.map((c) => c.header), labels.derivedColumn],
    rows,
    percentColumns: columns.flatMap((c, i) => (c.percent ? [i] : [])),
    derivedCells,
  };
}

/** Shares as percentages with two decimals, for CSV (which has no number formats). */
export function percentAsNumber(sheet: Sheet): Sheet {
  if (sheet.percentColumns.length === 0) return sheet;
  return {
    ...sheet,
    header: sheet.header.map((h, i) => (sheet.percentColumns.includes(i) ? `${h} (%)` : h)),
    rows: sheet.rows.map((row) =>
      row.map((cell, i) =>
        sheet.percentColumns.includes(i) && typeof cell === 'number' ? Math.round(cell * 10000) / 100 : cell,
      ),
    ),
    percentColumns: [],
  };
}

export interface DatasetSheetLabels {
  columns: Record<
    'figure' | 'measure' | 'dims' | 'value' | 'unit' | 'status' | 'kind' | 'asOf' | 'section' | 'quote',
    string
  >;
  unit: (unit: Measure['unit']) => string;
  status: (status: Figure['status']) => string;
  kind: (kind: Figure['kind']) => string;
}

/** Every figure of a dataset with its provenance, one row each. */
export function datasetSheet(dataset: Dataset, language: Language, labels: DatasetSheetLabels): Sheet {
  const measures = new Map(dataset.measures.map((m) => [m.id, m]));
  const c = labels.columns;
  const derivedCells: [number, number][] = [];
  const rows = dataset.figures.map((f, r) => {
    const measure = measures.get(f.measure);
    if (f.kind === 'derived') derivedCells.push([r, 3]);
    return [
      f.id,
      measure?.label[language] ?? f.measure,
      Object.entries(f.dims ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
      f.value,
      measure ? labels.unit(measure.unit) : '',
      labels.status(f.status),
      labels.kind(f.kind),
      f.asOf ?? null,
      f.provenance.section,
      f.provenance.quote,
    ];
  });
  return {
    header: [c.figure, c.measure, c.dims, c.value, c.unit, c.status, c.kind, c.asOf, c.section, c.quote],
    rows,
    percentColumns: [],
    derivedCells,
  };
}
