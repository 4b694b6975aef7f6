import { describe, expect, it } from 'vitest';
import { apiPaths } from '@/build/static-api';
import { datasetPayload } from '@/testing/fixtures';
import { faults } from '@/testing/mocks/handlers/api';
import { server } from '@/testing/mocks/server';
import { fireEvent, renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';

const PATH = apiPaths.dataset('divisions');
const divisions = datasetPayload('divisions');
const unitRows = divisions.figures.filter((f) => f.measure === 'villages' && f.dims?.unit);
const cityTotal = divisions.figures.find((f) => f.measure === 'villages-and-communities')!.value;

/** The county breakdown frame (pages can hold other frames, each with its own alert). */
const countyFrame = () =>
  screen.findByRole('region', { name: /^各县（区）村和社区数量$|^Villages and communities by county-level unit$/ });
const frameAlert = async () => within(await countyFrame()).findByRole('alert');

async function openTable() {
  await userEvent.setup().click(await screen.findByRole('tab', { name: '表格' }));
  // The table's code loads on demand.
  return screen.findByRole('table');
}

describe('Frame (the county breakdown on its page)', () => {
  it('shows a loading state, then the chart with a bar per unit and series', async () => {
    const held = faults.held(PATH);
    server.use(held.handler);
    const { container } = await renderApp('/');
    const frame = await countyFrame();
    expect(await within(frame).findByRole('status')).toHaveTextContent('正在加载数据');
    held.release();
    expect(await screen.findByRole('heading', { name: '各县（区）村和社区数量' })).toBeInTheDocument();
    const chart = await screen.findByRole('img', { name: /各县（区）村和社区数量/ });
    expect(await within(chart).findByText('华龙区')).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-yAxis .recharts-cartesian-axis-tick')).toHaveLength(unitRows.length);
  });

  it('renders a table row for each county with its stated counts', async () => {
    await renderApp('/');
    const table = await openTable();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(9);
    const hualong = within(table).getByRole('rowheader', { name: '华龙区' }).closest('tr')!;
    const value = (measure: string) =>
      divisions.figures.find((f) => f.measure === measure && f.dims?.unit === 'hualong')!.value;
    const [villages, communities] = [value('villages'), value('communities')];
    // Total, share and rank are derived: 华龙区 is sixth of nine by total.
    expect(
      within(hualong)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      String(villages),
      String(communities),
      String(villages + communities),
      `${((100 * (villages + communities)) / cityTotal).toFixed(1)}%`,
      '6',
    ]);
  });

  it('marks inferred counts (台前县 has no community count in the text) and keys the marks', async () => {
    await renderApp('/');
    const table = await openTable();
    const taiqian = within(table).getByRole('rowheader', { name: '台前县' }).closest('tr')!;
    expect(within(taiqian).getAllByRole('cell')[1]).toHaveTextContent('0推断');
    // Totals, shares and ranks are computed, and the key under the table says what both marks mean.
    const key = screen.getByRole('list', { name: '数字标注说明' });
    expect(key).toHaveTextContent('推断：原文没有直接写出');
    expect(key).toHaveTextContent('计算（合计）');
    expect(key).toHaveTextContent('计算（排名）');
  });

  it('keeps the chosen view in the URL', async () => {
    await renderApp('/');
    await openTable();
    expect(window.location.search).toBe('?table=counties');
    await userEvent.setup().click(screen.getByRole('tab', { name: '图表' }));
    expect(window.location.search).toBe('');
  });

  it('opens the table view from a link', async () => {
    await renderApp('/?table=counties');
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '表格' })).toHaveAttribute('aria-selected', 'true');
  });

  it('shows a server error with a retry that recovers', async () => {
    server.use(faults.status(PATH, 500));
    await renderApp('/');
    const alert = await frameAlert();
    expect(alert).toHaveTextContent('服务器返回错误（500）');
    server.resetHandlers();
    await userEvent.setup().click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('img', { name: /各县（区）村和社区数量/ })).toBeInTheDocument();
  });

  it('says the dataset does not exist on a 404, without a retry button', async () => {
    server.use(faults.status(PATH, 404));
    await renderApp('/');
    const alert = await frameAlert();
    expect(alert).toHaveTextContent('此数据集不存在（404）');
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows a network error', async () => {
    server.use(faults.networkError(PATH));
    await renderApp('/');
    expect(await frameAlert()).toHaveTextContent('网络请求失败');
  });

  it.each([
    ['an HTML page', faults.malformedJson(PATH)],
    ['truncated JSON', faults.truncatedJson(PATH)],
  ])('shows malformed JSON (%s) as such', async (_name, handler) => {
    server.use(handler);
    await renderApp('/');
    expect(await frameAlert()).toHaveTextContent('收到的数据不是有效的 JSON 文件');
  });

  it('names the dataset and field when the data fails its schema', async () => {
    const broken = datasetPayload('divisions');
    (broken.figures[0] as unknown as Record<string, unknown>).value = 'many';
    server.use(faults.body(PATH, broken));
    await renderApp('/');
    const alert = await frameAlert();
    expect(alert).toHaveTextContent('数据格式不正确');
    expect(alert).toHaveTextContent(
      'dataset "divisions": figures[0].value: Invalid input: expected number, received string',
    );
  });

  it('renders markup in a label as text, never as HTML', async () => {
    const hostile = datasetPayload('divisions');
    const payload = '<img src=x onerror="window.__pwned=1">';
    hostile.figures[0]!.provenance.quote = payload;
    hostile.source.issuer.zh = payload;
    server.use(faults.body(PATH, hostile));
    const { container } = await renderApp('/');
    await screen.findByRole('img', { name: /各县（区）村和社区数量/ });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(payload);
  });

  it('shows the English interface under /en/', async () => {
    await renderApp('/en/');
    expect(
      await screen.findByRole('heading', { name: 'Villages and communities by county-level unit' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /Hualong District/ })).toBeInTheDocument();
  });
});

describe('county chart keyboard explorer', () => {
  it('moves between bars with the arrow keys and reads out each value with its unit and marks', async () => {
    const user = userEvent.setup();
    await renderApp('/zh/');
    const explorer = await screen.findByRole('listbox', { name: /方向键/ });
    await user.tab(); // skip link
    while (document.activeElement !== explorer) await user.tab();
    const active = () => document.getElementById(explorer.getAttribute('aria-activedescendant') ?? '')?.textContent;
    expect(active()).toMatch(/^濮阳县：村 980个，社区 34个/);
    await user.keyboard('{End}');
    expect(active()).toMatch(/^工业园区/);
    await user.keyboard('{Home}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(active()).toBe(
      '华龙区：村 20个，社区 148个，合计 168个（计算：合计），占全市比例 5.3%（计算：占比），合计排名 6（计算：排名）',
    );
    // The tooltip shows the same, next to the bar.
    expect(screen.getByRole('tooltip')).toHaveTextContent(/^华龙区村20个社区148个/);
    // 台前县 states no communities: its 0 is inferred, and the read-out says so.
    await user.keyboard('{Home}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(active()).toMatch(/^台前县：村 372个，社区 0个（推断）/);
  });
});

describe('county chart tooltip', () => {
  it("shows a unit's values, units and marks on hover, and opens its page on click", async () => {
    const user = userEvent.setup();
    await renderApp('/zh/counties');
    const frame = await screen.findByRole('region', { name: '各县（区）村和社区数量' });
    const row = await waitFor(() => {
      const hit = frame.querySelector<HTMLElement>('.bar-chart__hit[data-category="410902"]');
      if (!hit) throw new Error('no hit area for 华龙区 yet');
      return hit;
    });
    await user.hover(row);
    const tooltip = await within(frame).findByRole('tooltip');
    expect(tooltip).toHaveTextContent('华龙区');
    expect(tooltip).toHaveTextContent('社区148个');
    expect(tooltip).toHaveTextContent('计算：占比');
    await user.unhover(row);
    expect(within(frame).queryByRole('tooltip')).not.toBeInTheDocument();
    await user.click(row);
    expect(await screen.findByRole('heading', { level: 1, name: '华龙区' })).toBeInTheDocument();
  });

  it('on a tap shows the tooltip with a link to the page, instead of leaving at once', async () => {
    await renderApp('/zh/counties');
    const frame = await screen.findByRole('region', { name: '各县（区）村和社区数量' });
    const row = await waitFor(() => {
      const hit = frame.querySelector<HTMLElement>('.bar-chart__hit[data-category="410926"]');
      if (!hit) throw new Error('no hit area for 范县 yet');
      return hit;
    });
    fireEvent.pointerDown(row, { pointerType: 'touch' });
    fireEvent.click(row);
    const tooltip = await within(frame).findByRole('tooltip');
    expect(tooltip).toHaveTextContent('社区5个');
    expect(within(tooltip).getByRole('link', { name: '查看范县的页面' })).toHaveAttribute(
      'href',
      '/zh/counties/fanxian',
    );
    expect(screen.getByRole('heading', { level: 1, name: '县（区）' })).toBeInTheDocument();
  });
});
