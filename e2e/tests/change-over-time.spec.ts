import { historyFile, totalOf, type ChangesFile, type CityFile, type MetaFile } from '../support/fixtures.ts';
import { HistoryPage } from '../pages/history.page.ts';
import { expect, test } from '../support/test.ts';

const meta = historyFile<MetaFile>('meta');
const puyang = historyFile<CityFile>('cities/4109');
const zhengzhou = historyFile<CityFile>('cities/4101');
const count = (n: number | null) => (n === null ? '' : n.toLocaleString('en-US'));

test.describe('change over time', () => {
  test("Puyang's series shows each release's counts for the city and for 华龙区, and the reply beside 2023", async ({
    page,
  }) => {
    await page.goto('/zh/trend');
    const frame = page.locator('[data-frame="nbs-trend"]');
    await frame.getByRole('tab', { name: '表格' }).click();
    const table = frame.getByRole('table');
    // The table's code loads on the reader's first input: wait for it before reading cells.
    await expect(table).toBeVisible();
    const cells = async (name: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
        .getByRole('cell')
        .allTextContents();
    const hualong = puyang.counties.find((c) => c[0] === '410902')!;
    // Columns: code, one per release, the reply, the change and the percent.
    const cityRow = await cells('濮阳市合计');
    const hualongRow = await cells('华龙区');
    meta.releases.forEach((_, i) => {
      expect(cityRow[1 + i]).toBe(count(totalOf(puyang.totals[i] ?? null)));
      expect(hualongRow[1 + i]).toBe(count(totalOf((hualong[3 + i] ?? null) as never)));
    });
    expect(hualongRow[0]).toBe('410902');
    // The reply's own figure for 华龙区 (villages + communities), marked as a sum of stated figures.
    await expect(table.getByRole('columnheader', { name: '答复（2023年）' })).toBeVisible();
    // Each release is labelled with its own cut-off date in the citation.
    const citation = frame.locator('.frame-source, footer').first();
    await expect(citation).toContainText('国家统计局');
    await frame.getByRole('tab', { name: '图表' }).click();
    await expect(frame.locator('.bar-chart__hit[data-category="reply"]')).toHaveCount(1);
  });

  test('another city shows its series and its change table, sortable', async ({ page }) => {
    const history = new HistoryPage(page);
    await page.goto('/zh/trend');
    await history.pickCity('郑州', '4101');
    await expect(page).toHaveURL(/city=4101/);
    await expect(page.locator('[data-frame="nbs-trend"] h2, [data-frame="nbs-trend"] h3').first()).toContainText(
      zhengzhou.city.name,
    );
    const change = page.locator('[data-frame="nbs-change"]');
    await change.getByLabel('排序').selectOption('code');
    await expect(page).toHaveURL(/rank=code/);
    await change.getByRole('tab', { name: '表格' }).click();
    const rows = change.getByRole('table').locator('tbody tr');
    await expect(rows).toHaveCount(zhengzhou.counties.length);
    await expect(rows.first().getByRole('cell').first()).toHaveText(zhengzhou.counties[0]![0]);
  });

  test('a county change list finds a committee by name: when a village became a community', async ({ page }) => {
    const changes = historyFile<ChangesFile>('changes/4109');
    const history = new HistoryPage(page);
    // A village of 华龙区 that became a community, read from the committed list.
    const transition = changes.counties['410902']!.find((t) => t.kind && t.kind.length > 0)!;
    const [, oldName, , newName] = transition.kind![0]!;
    const core = oldName.replace(/村委会$|村$/, '');
    await page.goto('/zh/changes?county=410902');
    await history.search(core);
    await expect(page).toHaveURL(/q=/);
    const row = history.results().getByRole('row').filter({ hasText: oldName });
    await expect(row.first()).toContainText(
      `${meta.releases[transition.from]!.year}→${meta.releases[transition.to]!.year}`,
    );
    await expect(row.first()).toContainText('类别变化');
    await expect(row.first()).toContainText('（推断）');
    await expect(row.first()).toContainText(newName ?? oldName);
  });

  test('the national ranking highlights a chosen city', async ({ page }) => {
    const history = new HistoryPage(page);
    await page.goto('/zh/ranking');
    await history.pickCity('濮阳', '4109', /突出显示一个城市/);
    await expect(page).toHaveURL(/city=4109/);
    const frame = page.locator('[data-frame="nbs-rank"]');
    await expect(frame).toContainText('突出显示：河南省濮阳市');
    await frame.getByRole('tab', { name: '表格' }).click();
    const marked = frame.locator('tr.row--highlight');
    await expect(marked).toHaveCount(1);
    await expect(marked.getByRole('rowheader')).toHaveText('河南省');
    // The county ranking loads the national county file and marks Puyang's counties.
    await frame.getByRole('radio', { name: '县级' }).check();
    await expect(page).toHaveURL(/level=county/);
    await frame.getByLabel('排序').selectOption('code');
    await expect(frame.getByRole('table')).toBeVisible();
    await expect(frame.locator('tbody tr').first()).toBeVisible();
  });

  for (const path of ['/en/trend', '/en/changes', '/en/ranking?level=city']) {
    test(`${path} shows romanised names, with no Chinese but names marked as such`, async ({ page }) => {
      const history = new HistoryPage(page);
      await page.goto(path);
      for (const frame of await page.locator('[data-frame]').all()) {
        const tab = frame.getByRole('tab', { name: 'Table' });
        if ((await tab.count()) > 0) await tab.click();
      }
      await expect(page.getByRole('table').first()).toBeVisible();
      await history.expectNoChineseOutsideMarkedNames();
    });
  }
});
