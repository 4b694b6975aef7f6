import { describe, expect, it } from 'vitest';
import { http } from 'msw';
import { API_PATTERN } from '@/testing/mocks/handlers/api';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent, within } from '@/testing/test-utils';

/** Records which API paths the page fetched. */
function recordRequests(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    seen.push(new URL(request.url).pathname);
  });
  return seen;
}

describe('NbsPage', () => {
  it("sets the reply's counts beside the NBS counts, unit by unit", async () => {
    const user = userEvent.setup();
    await renderApp('/zh/nbs');
    await user.click(await screen.findByRole('tab', { name: '表格' }));
    const table = await screen.findByRole('table', { name: /答复与统计用区划代码/ });
    const cells = (name: string) =>
      within(within(table).getByRole('rowheader', { name }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // code, reply villages, NBS villages, difference, reply communities, NBS, difference, similar ×2
    expect(cells('华龙区')).toEqual(['410902', '20', '20', '相同', '148', '148', '相同', '0', '0']);
    // 清丰县 lists one community more than NBS codes residents' committees: the same, counting a "similar" one.
    expect(cells('清丰县')[6]).toBe('+1');
    const frame = table.closest<HTMLElement>('[data-frame]')!;
    expect(within(frame).getByText(/^清丰县.*计入“类似居民委员会”后.*相同。$/)).toBeInTheDocument();
    expect(cells('示范区')).toContain('无单独代码');
    expect(table.querySelectorAll('mark.figure--difference').length).toBeGreaterThan(3);
  });

  it('loads the all-China file only when a city is looked for, then charts the chosen city', async () => {
    const requests = recordRequests();
    const user = userEvent.setup();
    await renderApp('/zh/nbs');
    await screen.findByRole('tab', { name: '图表' });
    expect(requests.some((p) => p.endsWith('/nbs/china-2023.json'))).toBe(false);
    await user.type(screen.getByRole('searchbox', { name: '查找城市' }), 'zhengzhou');
    await user.click(await screen.findByRole('button', { name: /郑州市/ }));
    expect(requests.filter((p) => p.endsWith('/nbs/china-2023.json'))).toHaveLength(1);
    expect(await screen.findByRole('heading', { name: /^郑州市：各县级单位/ })).toBeInTheDocument();
    expect(window.location.search).toBe('?city=4101');
    await user.click(screen.getAllByRole('tab', { name: '表格' })[1]!);
    expect(await screen.findByRole('rowheader', { name: '中原区' })).toBeInTheDocument();
  });

  it('shows an error with retry when the all-China file fails', async () => {
    server.use(
      http.get(API_PATTERN.replace('*', '*'), ({ request }) =>
        request.url.includes('/nbs/') ? Response.error() : undefined,
      ),
    );
    await renderApp('/zh/nbs?city=4101');
    expect(await screen.findByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});
