import type { FrameModel, TableCell, TableColumn } from '@/components/model/frame-model';
import { rowMarks } from '@/components/model/table';
import type { ModelLocale } from '@/components/model/values';
import { figureMarks, marksWords, provenanceOf } from '@/components/model/values';
import type { Dataset } from '@/data/model/dataset-schema';
import { measureOf } from '@/data/model/figures';
import { measureUnit } from '@/components/model/units';
import type { SheetCell } from './csv';

/** A table ready for a file: header, rows, and the notes under it (source, release). */
export interface Sheet {
  header: readonly string[];
  rows: readonly (readonly SheetCell[])[];
  /** Cells (row, column) holding values we computed or inferred (italic in a workbook). */
  derivedCells: readonly (readonly [number, number])[];
  /** Lines after the table: the citation and the release. */
  notes: readonly (readonly [string, string])[];
}

/** A value rounded to the decimals it is published or computed with (no 32.098765…). */
const rounded = (value: number, decimals: number) => Number(value.toFixed(decimals));

function sheetCell(cell: TableCell | undefined): SheetCell {
  if (!cell) return null;
  if (cell.type === 'value') return rounded(cell.value.value, cell.value.decimals);
  return cell.text;
}

/** A column's header with its unit, when its values carry one the header does not say: "占全市比例 (%)". */
function header(column: TableColumn, locale: ModelLocale): string {
  const unit = column.unit;
  if (!unit || unit.id === 'item') return column.header;
  return `${column.header} (${unit.label[locale.language]})`;
}

/**
 * The frame's table as a sheet, in the frame's order (its sort, its view): every column with
 * numbers as numbers, then a column naming each row's marked values (computed, inferred, planned,
 * a lower bound), then the citation and the release, so a file never passes a derived or planned
 * number off as a stated one, nor loses where it came from.
 */
export function viewSheet(model: FrameModel, locale: ModelLocale): Sheet {
  const { t } = locale;
  const { table } = model;
  const derivedCells: [number, number][] = [];
  const rows = table.rows.map((row, r) => {
    table.columns.forEach((column, c) => {
      const cell = row.cells[column.key];
      if (cell?.type === 'value' && cell.value.marks.kind === 'derived') derivedCells.push([r, c]);
    });
    return [...table.columns.map((column) => sheetCell(row.cells[column.key])), rowMarks(table, row, locale)];
  });
  return {
    header: [...table.columns.map((c) => header(c, locale)), t('exports.marksColumn')],
    rows,
    derivedCells,
    notes: [
      ...(model.source ? [[t('exports.sourceLabel'), model.source.citation] as const] : []),
      [t('exports.releaseLabel'), model.release.line],
    ],
  };
}

export interface DatasetSheetLabels {
  columns: Record<
    'figure' | 'measure' | 'dims' | 'value' | 'unit' | 'status' | 'kind' | 'asOf' | 'section' | 'quote',
    string
  >;
}

/** Every figure of a dataset with its provenance and marks, one row each. */
export function datasetSheet(dataset: Dataset, locale: ModelLocale, labels: DatasetSheetLabels): Sheet {
  const { t, language } = locale;
  const c = labels.columns;
  const derivedCells: [number, number][] = [];
  const rows = dataset.figures.map((f, r) => {
    const measure = measureOf(dataset, f);
    if (f.kind === 'derived') derivedCells.push([r, 3]);
    const marks = marksWords(figureMarks(f), t);
    const where = provenanceOf(f, t);
    return [
      f.id,
      measure.label[language],
      Object.entries(f.dims ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
      f.value,
      measureUnit(measure).label[language],
      t(`status.${f.status}`),
      marks.length ? marks.join(t('readout.separator')) : t('marks.stated'),
      f.asOf ?? null,
      where.section ?? null,
      where.quote ?? where.place ?? null,
    ];
  });
  return {
    header: [c.figure, c.measure, c.dims, c.value, c.unit, c.status, c.kind, c.asOf, c.section, c.quote],
    rows,
    derivedCells,
    notes: [[t('exports.releaseLabel'), t('exports.version', { version: dataset.version })]],
  };
}

/** Header, rows, a blank line and the notes: what a CSV file holds. */
export function sheetRows(sheet: Sheet): SheetCell[][] {
  return [[...sheet.header], ...sheet.rows.map((r) => [...r]), [], ...sheet.notes.map((n) => [...n])];
}
