import type { FrameModel } from '@/components/model/frame-model';
import { cellText } from '@/components/model/table';
import type { ModelLocale } from '@/components/model/values';

/**
 * The counties ranked by one measure, largest first: from the frame model's table (the map's,
 * whose value column is the measure shown), so the ranking says what the map and its table say.
 */
export function RankingList({ model, locale }: { model: FrameModel; locale: ModelLocale }) {
  const { table } = model;
  const name = table.columns[0];
  const valueColumn = table.columns.find((c) => c.key === 'value');
  const rows = table.rows
    .map((row) => {
      const cell = row.cells.value;
      return { row, value: cell?.type === 'value' ? cell.value.value : null };
    })
    .filter((r): r is { row: (typeof table.rows)[number]; value: number } => r.value !== null)
    .sort((a, b) => b.value - a.value);
  const top = rows[0]?.value ?? 0;
  return (
    <ol className="ranking-list">
      {rows.map(({ row, value }, i) => (
        <li key={row.key} className="ranking-list__item">
          <span className="ranking-list__rank">{i + 1}</span>
          <span className="ranking-list__name">{cellText(row.cells[name?.key ?? 'unit'], name, locale)}</span>
          <span className="ranking-list__bar" aria-hidden="true">
            <meter className="ranking-list__meter" min={0} max={top || 1} value={value} />
          </span>
          <span className="ranking-list__value">{cellText(row.cells.value, valueColumn, locale)}</span>
        </li>
      ))}
    </ol>
  );
}
