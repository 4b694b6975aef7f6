import { describe, expect, it } from 'vitest';
import { renderWithProviders, screen, within } from '@/testing/test-utils';
import { DataTable, VIRTUAL_ROWS_FROM } from './data-table';

interface Row {
  id: string;
  value: number;
}
const rows = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ id: `u${i}`, value: i }));
const columns = [
  { key: 'id', header: '单位', cell: (r: Row) => r.id },
  { key: 'value', header: '数值', numeric: true, cell: (r: Row) => r.value },
];

describe('DataTable', () => {
  it('renders every row of a short table', async () => {
    await renderWithProviders(<DataTable caption="t" columns={columns} rows={rows(12)} rowKey={(r) => r.id} />);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(13);
  });

  it('keeps only the rows in view in the DOM for a long table, and says how many there are', async () => {
    const { container } = await renderWithProviders(
      <DataTable caption="t" columns={columns} rows={rows(10_000)} rowKey={(r) => r.id} />,
    );
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    const drawn = container.querySelectorAll('tbody tr:not(.spacer)');
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(60);
    expect(drawn[0]).toHaveAttribute('aria-rowindex', '2');
    expect(within(table).getByRole('rowheader', { name: 'u0' })).toBeInTheDocument();
    expect(within(table).queryByRole('rowheader', { name: 'u9999' })).not.toBeInTheDocument();
    expect(VIRTUAL_ROWS_FROM).toBeLessThanOrEqual(10_000);
  });
});
