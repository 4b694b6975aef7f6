import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { API_PATTERN } from '@/testing/mocks/handlers/api';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';

/** Records which API paths the page fetched. */
function recordRequests(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    seen.push(new URL(request.url).pathname);
  });
  return seen;
}
const fetched = (requests: readonly string[], name: string) =>
  requests.filter((p) => p.endsWith(`/nbs/history/${name}.json`)).length;

describe('change over time pages', () => {
  it('open on Puyang with only its own files, and load the list of cities when the picker is used', async () => {
    const requests = recordRequests();
    const user = userEvent.setup();
    await renderApp('/zh/trend');
    expect(await screen.findByRole('heading', { name: /^濮阳市：历年村和社区数量/ })).toBeInTheDocument();
    expect(fetched(requests, 'cities/4109')).toBe(1);
    expect(fetched(requests, 'index')).toBe(0);
    expect(fetched(requests, 'counts')).toBe(0);
    await user.type(screen.getByRole('searchbox', { name: '查找城市' }), '郑州');
    const result = await screen.findByRole('button', { name: /郑州市/ });
    expect(fetched(requests, 'cities/4101')).toBe(0);
    // Pointing at a result starts loading its city: the click finds it on its way or there.
    await user.hover(result);
    await waitFor(() => expect(fetched(requests, 'cities/4101')).toBe(1));
    await user.click(result);
    expect(fetched(requests, 'index')).toBe(1);
    expect(await screen.findByRole('heading', { name: /^郑州市：历年村和社区数量/ })).toBeInTheDocument();
    expect(window.location.search).toBe('?city=4101');
    expect(fetched(requests, 'cities/4101')).toBe(1);
    expect(fetched(requests, 'counts')).toBe(0);
  });

  it('search a county list by code: every result names it, with its span and kind of change', async () => {
    const user = userEvent.setup();
    await renderApp('/zh/changes?county=410902');
    const search = await screen.findByRole('searchbox', { name: '在变化明细中搜索名称或代码' });
    await user.click(search);
    await user.paste('410902203207');
    const results = await screen.findByRole('heading', { name: /^搜索结果：找到[1-9]\d*项（共\d+项）$/ });
    const table = within(results.closest('section')!).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveTextContent('410902203207');
    expect(table).toHaveTextContent('2019→2020');
    expect(table).toHaveTextContent('更名');
    await user.clear(search);
    await user.paste('没有这个名字');
    expect(await screen.findByText('没有找到包含“没有这个名字”的变化。')).toBeInTheDocument();
  });

  it('say which county code does not exist', async () => {
    await renderApp('/zh/changes?county=999999');
    expect(await screen.findByRole('alert')).toHaveTextContent('没有代码为“999999”的县级单位');
  });

  it('offer a retry when a change file fails, and recover', async () => {
    let fail = true;
    server.use(
      http.get(API_PATTERN, ({ request }) =>
        fail && request.url.includes('/nbs/history/changes/') ? HttpResponse.error() : undefined,
      ),
    );
    const user = userEvent.setup();
    await renderApp('/zh/changes?county=410902');
    const retry = await screen.findByRole('button', { name: '重试' });
    fail = false;
    await user.click(retry);
    expect(await screen.findByRole('heading', { name: /^华龙区：村和社区的变化明细/ })).toBeInTheDocument();
  });

  it('rank counties only after loading the national counts, highlighting the chosen city', async () => {
    const requests = recordRequests();
    const user = userEvent.setup();
    await renderApp('/zh/ranking?city=4109');
    expect(await screen.findByText('突出显示：河南省濮阳市。')).toBeInTheDocument();
    expect(fetched(requests, 'counts')).toBe(0);
    await user.click(screen.getByRole('radio', { name: '县级' }));
    expect(await screen.findByRole('heading', { name: '全国县级单位村和社区数量的变化' })).toBeInTheDocument();
    expect(fetched(requests, 'counts')).toBe(1);
  });
});
