import { formatDate } from '@/lib/format';
import type { Dataset, Figure } from '@/data/model/dataset-schema';
import type { Marks, ModelValue, TableCell, TableColumn, TableModel, TableRow } from './frame-model';
import { COUNT, PERCENT, type UnitModel } from './units';
import { figureValue, marksWords, quantity, unitOfFigure, type ModelLocale } from './values';

export const valueCell = (value: ModelValue): TableCell => ({ type: 'value', value });
export const textCell = (
  text: string,
  extra: Omit<Extract<TableCell, { type: 'text' }>, 'type' | 'text'> = {},
): TableCell => ({
  type: 'text',
  text,
  ...extra,
});
export const missingCell = (text: string): TableCell => ({ type: 'missing', text });
/** A value, or what its absence is called. */
export const cellOf = (value: ModelValue | null | undefined, missing: string): TableCell =>
  value ? valueCell(value) : missingCell(missing);

/** A cell as plain text: a value with the unit of its column, if the column has one. */
export function cellText(cell: TableCell | undefined, column: TableColumn | undefined, locale: ModelLocale): string {
  if (!cell) return '';
  if (cell.type !== 'value') return cell.text;
  return column?.unit === PERCENT ? quantity(cell.value, PERCENT, locale) : cell.value.text;
}

/**
 * A list of figures as a table: item, value, unit, status, as-of date. The unit is a column of
 * its own, so a row never borrows another row's unit.
 */
export function figuresTable(
  caption: string,
  rows: readonly { key?: string; label: string; dataset: Dataset; figure: Figure }[],
  locale: ModelLocale,
): TableModel {
  const { t, language } = locale;
  const columns: TableColumn[] = [
    { key: 'item', header: t('frame.item'), numeric: false },
    { key: 'value', header: t('frame.value'), numeric: true },
    { key: 'unit', header: t('frame.unit'), numeric: false },
    { key: 'status', header: t('frame.status'), numeric: false },
    { key: 'asOf', header: t('frame.asOfColumn'), numeric: false },
  ];
  return {
    caption,
    columns,
    rows: rows.map(({ key, label, dataset, figure }): TableRow => ({
      key: key ?? figure.id,
      cells: {
        item: textCell(label),
        value: valueCell(figureValue(dataset.id, figure, locale)),
        unit: textCell(unitOfFigure(dataset, figure).label[language]),
        status: textCell(t(`status.${figure.status}`)),
        asOf: textCell(figure.asOf ? formatDate(figure.asOf, language) : ''),
      },
    })),
  };
}

/** The units of a figures table's rows, when they are all one (the chart's unit), else undefined. */
export function sharedUnit(rows: readonly { dataset: Dataset; figure: Figure }[]): UnitModel | undefined {
  const [first] = rows;
  if (!first) return undefined;
  const unit = unitOfFigure(first.dataset, first.figure);
  return rows.every((r) => unitOfFigure(r.dataset, r.figure).id === unit.id) ? unit : undefined;
}

/** Every value in a table, with the column it is in. */
export function tableValues(table: TableModel): { row: TableRow; column: TableColumn; value: ModelValue }[] {
  return table.rows.flatMap((row) =>
    table.columns.flatMap((column) => {
      const cell = row.cells[column.key];
      return cell?.type === 'value' ? [{ row, column, value: cell.value }] : [];
    }),
  );
}

/** A row's marked values as words: "社区：推断；合计：计算（合计）". Empty when nothing is marked. */
export function rowMarks(table: TableModel, row: TableRow, locale: ModelLocale): string {
  const { t } = locale;
  return table.columns
    .flatMap((column) => {
      const cell = row.cells[column.key];
      if (cell?.type !== 'value') return [];
      const words = marksWords(cell.value.marks, t);
      return words.length ? [`${column.header}${t('readout.colon')}${words.join(t('readout.separator'))}`] : [];
    })
    .join(t('readout.rowSeparator'));
}

/** The ways of marking a value that a table uses, each explained once (the key under a table). */
export function marksKey(table: TableModel, locale: ModelLocale): string[] {
  const present = new Set<string>();
  const note = (m: Marks) => {
    if (m.derivation) present.add(m.derivation);
    if (m.status !== 'actual') present.add(m.status);
    if (m.qualifier !== 'exact') present.add(m.qualifier);
  };
  for (const { value } of tableValues(table)) note(value.marks);
  const order = [
    'inferred',
    'sum',
    'share',
    'rank',
    'difference',
    'change',
    'count',
    'plan',
    'forecast',
    'more-than',
    'at-least',
    'less-than',
    'at-most',
    'approx',
  ] as const;
  return order.filter((k) => present.has(k)).map((k) => locale.t(`marksKey.${k}`));
}

export { COUNT, PERCENT };
