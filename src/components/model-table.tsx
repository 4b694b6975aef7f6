import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn } from './data-table';
import type { TableCell, TableModel, TableRow } from './model/frame-model';
import { marksKey } from './model/table';
import { KitLink } from './link';
import { ValueText } from './value-text';
import { useLanguage } from '@/lib/use-language';

function Cell({
  cell,
  column,
  marked,
}: {
  cell: TableCell | undefined;
  column: TableModel['columns'][number];
  marked?: boolean;
}) {
  if (!cell) return null;
  // A highlighted row's name is marked, so it is found by eye and by screen readers alike.
  if (marked) return <mark>{<Cell cell={cell} column={column} />}</mark>;
  if (cell.type === 'missing') return <span className="figure figure--missing">{cell.text}</span>;
  if (cell.type === 'value') return <ValueText value={cell.value} {...(column.unit ? { unit: column.unit } : {})} />;
  const label = cell.href ? <KitLink href={cell.href}>{cell.text}</KitLink> : cell.text;
  // A name given in Chinese on purpose (a committee's, on an English page) says its language.
  if (cell.native && cell.native === cell.text)
    return (
      <span lang="zh-CN" className="native-name native-name--only">
        {label}
      </span>
    );
  // A romanised or translated name keeps the Chinese one beside it.
  return cell.native && cell.native !== cell.text ? (
    <>
      {label}{' '}
      <span className="native-name" lang="zh-CN">
        {cell.native}
      </span>
    </>
  ) : (
    label
  );
}

/** A frame's table, in the frame's order, with a key to the marks its values carry. */
export function ModelTable({ table }: { table: TableModel }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns: DataColumn<TableRow>[] = table.columns.map((column, i) => ({
    key: column.key,
    header: column.header,
    numeric: column.numeric,
    cell: (row) => <Cell cell={row.cells[column.key]} column={column} marked={i === 0 && row.highlight === true} />,
  }));
  const key = marksKey(table, { language, t });
  return (
    <>
      <DataTable
        caption={table.caption}
        columns={columns}
        rows={table.rows}
        rowKey={(r) => r.key}
        highlighted={(r) => r.highlight === true}
      />
      {key.length > 0 && (
        <ul className="marks-key" aria-label={t('frame.marksKey')}>
          {key.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}
