import { describe, expect, it } from 'vitest';
import { apiPaths } from '@/build/static-api';
import { datasetPayload } from '@/testing/fixtures';
import { faults } from '@/testing/mocks/handlers/api';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, within } from '@/testing/test-utils';

describe('AuditRoute', () => {
  it('lists every check of the source document as passing', async () => {
    await renderApp('/zh/audit');
    const summary = await screen.findByText(/^全部 \d+ 项检查通过。$/);
    const count = Number(/\d+/.exec(summary.textContent ?? '')![0]);
    const table = screen.getByRole('table', { name: '一致性检查' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(count);
    expect(rows.every((r) => r.getAttribute('data-status') === 'pass')).toBe(true);
    const rate = rows.find((r) => r.getAttribute('data-check') === 'rule-of-law:resolution-rate')!;
    expect(rate).toHaveTextContent('四舍五入到 1 位小数');
    expect(rate).toHaveTextContent('96.2');
    expect(rate).toHaveTextContent('rule-of-law:disputes.resolved');
  });

  it('shows the failing check of an inconsistent dataset, naming the figures involved', async () => {
    const ruleOfLaw = datasetPayload('rule-of-law');
    ruleOfLaw.figures.find((f) => f.id === 'disputes.resolved')!.value = 10000;
    server.use(faults.body(apiPaths.dataset('rule-of-law'), ruleOfLaw));
    await renderApp('/zh/audit');
    const alert = await screen.findByText(/项检查中有 1 项未通过/);
    const item = within(alert.closest('.audit-summary') as HTMLElement).getByRole('listitem');
    // The stated rate, the recomputed one and both inputs, by name and value.
    expect(item).toHaveTextContent('化解率');
    expect(item).toHaveTextContent('96.2');
    expect(item).toHaveTextContent('95.2');
    expect(item).toHaveTextContent('10,000');
    expect(item).toHaveTextContent('10,499');
    const row = document.querySelector('tr[data-check="rule-of-law:resolution-rate"]')!;
    expect(row.getAttribute('data-status')).toBe('fail');
    expect(row).toHaveTextContent('不一致');
  });
});
