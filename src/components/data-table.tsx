import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** A column of a data table; `cell` renders one row's value. */
export interface DataColumn<Row> {
  key: string;
  header: string;
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
}

export interface DataTableProps<Row> {
  caption: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** A closing row such as the city total. */
  footer?: Row;
  /** Rows the view singles out (drawn marked). */
  highlighted?: (row: Row) => boolean;
}

/** Above this many rows only the rows in view are in the DOM (a 10,000-row table stays fast). */
export const VIRTUAL_ROWS_FROM = 200;
/** Height of a body row in CSS pixels (.data-table--virtual fixes it). */
const ROW_PX = 37;

function TableRow<Row>({
  row,
  columns,
  index,
  marked,
}: {
  row: Row;
  columns: readonly DataColumn<Row>[];
  index?: number;
  marked?: boolean;
}) {
  return (
    <tr aria-rowindex={index} className={marked ? 'row--highlight' : undefined}>
      {columns.map((c, i) =>
        i === 0 ? (
          <th key={c.key} scope="row">
            {c.cell(row)}
          </th>
        ) : (
          <td key={c.key} className={c.numeric ? 'num' : undefined}>
            {c.cell(row)}
          </td>
        ),
      )}
    </tr>
  );
}

/** Only the rows in view (plus a margin), with spacer rows keeping the scroll height true. */
function VirtualBody<Row>({
  rows,
  columns,
  rowKey,
  highlighted,
  scrollElement,
}: Pick<DataTableProps<Row>, 'rows' | 'columns' | 'rowKey' | 'highlighted'> & {
  scrollElement: () => HTMLDivElement | null;
}) {
  // The compiler skips this component (the virtualizer is a mutable object); it re-renders on scroll anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: scrollElement,
    estimateSize: () => ROW_PX,
    overscan: 12,
    // Before layout (and in tests without layout) draw a screenful rather than nothing.
    initialRect: { width: 800, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <tbody>
      {before > 0 && <tr aria-hidden="true" className="spacer" style={{ height: before }} />}
      {items.map((item) => {
        const row = rows[item.index];
        // aria-rowindex counts the header row as 1.
        return row === undefined ? null : (
          <TableRow
            key={rowKey(row)}
            row={row}
            columns={columns}
            index={item.index + 2}
            marked={highlighted?.(row) === true}
          />
        );
      })}
      {after > 0 && <tr aria-hidden="true" className="spacer" style={{ height: after }} />}
    </tbody>
  );
}

/** Whether the element is wider than its box (so it scrolls sideways); false before layout. */
function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const check = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(element);
    check();
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}

/**
 * A plain, accessible table; it scrolls inside its frame instead of widening the page. The first
 * column stays in place while the others scroll, and a table wider than its frame says so.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, footer, highlighted }: DataTableProps<Row>) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(scroller);
  const virtual = rows.length >= VIRTUAL_ROWS_FROM;
  return (
    <>
      {overflows && (
        <p className="table-scroll__hint" aria-hidden="true">
          {t('frame.scrollHint')} →
        </p>
      )}
      <div
        ref={scroller}
        className={`table-scroll${virtual ? ' table-scroll--virtual' : ''}${overflows ? ' table-scroll--overflows' : ''}`}
        // Focusable so keyboard users can scroll a wide table (WCAG 2.1.1; axe scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="region"
        aria-label={caption}
      >
        <table
          className={virtual ? 'data-table data-table--virtual' : 'data-table'}
          aria-rowcount={virtual ? rows.length + 1 + (footer ? 1 : 0) : undefined}
        >
          <caption>{caption}</caption>
          <thead>
            <tr aria-rowindex={virtual ? 1 : undefined}>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          {virtual ? (
            <VirtualBody
              rows={rows}
              columns={columns}
              rowKey={rowKey}
              {...(highlighted ? { highlighted } : {})}
              scrollElement={() => scroller.current}
            />
          ) : (
            <tbody>
              {rows.map((row) => (
                <TableRow key={rowKey(row)} row={row} columns={columns} marked={highlighted?.(row) === true} />
              ))}
            </tbody>
          )}
          {footer && (
            <tfoot>
              <TableRow row={footer} columns={columns} index={virtual ? rows.length + 2 : undefined} />
            </tfoot>
          )}
        </table>
      </div>
    </>
  );
}
