import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expectNoAxeViolations } from '../support/axe.ts';
import { serveWithoutEmbeddedData } from '../support/embedded-data.ts';
import { unitFigure } from '../support/fixtures.ts';
import { expect, test } from '../support/test.ts';

const hualong = {
  villages: unitFigure('divisions', 'villages', 'hualong')!.value,
  communities: unitFigure('divisions', 'communities', 'hualong')!.value,
};
const CHINA_FILE = '/api/v1/nbs/china-2023.json';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test.describe('check every figure', () => {
  test('one click from a chart citation reaches the marked sentence in the source document', async ({ page }) => {
    await page.goto('/zh/counties');
    const frame = page.getByRole('region', { name: '各县（区）村和社区数量' });
    await frame.getByText('查看每个数字的原文').click();
    const citation = frame.locator('[data-figure-id="divisions:villages.hualong"]');
    await test.step('click "see in the document" on 华龙区 · 村', async () => {
      await citation.getByRole('link', { name: '在原文中查看：华龙区 · 村' }).click();
    });
    await expect(page).toHaveURL(/\/zh\/source\?figure=divisions:villages\.hualong$/);
    const mark = page.locator('mark.source-mark');
    await expect(mark).toBeVisible();
    await expect(mark).toBeInViewport();
    await expect(mark).toBeFocused();
    await expect(mark).toContainText(`华龙区${hualong.villages}`);
    await expect(mark).toContainText(`${hualong.communities}`);
    await expect(page.locator('.source-notice')).toHaveText(/^已标出原文句子：华龙区 · 村 20个$/);
    // The highlighted number links on to the chart that shows it.
    await mark.locator('#fig-divisions-villages-hualong').click();
    await expect(page).toHaveURL(/\/zh\/counties#frame-counties$/);
  });

  test('a deep link opened directly marks the sentence (English page)', async ({ page }) => {
    await page.goto('/en/source?figure=rule-of-law:disputes.resolution-rate');
    const mark = page.locator('mark.source-mark');
    await expect(mark).toBeInViewport();
    await expect(mark).toContainText('化解率96.2');
    await expectNoAxeViolations(page);
  });

  test('the 96.2% tile links to its sentence, highlighted with its sign, and to its audit row', async ({ page }) => {
    await page.goto('/zh/rule-of-law');
    const tile = page.locator('.tile[data-figure-id="rule-of-law:disputes.resolution-rate"]');
    await expect(tile.locator('.tile__value')).toHaveText('96.2%');
    await tile.getByText('原文出处').click();
    await test.step('the audit row of the resolution rate', async () => {
      await tile.getByRole('link', { name: '查看核查' }).click();
      await expect(page).toHaveURL(/\/zh\/audit#check-rule-of-law-resolution-rate$/);
      const row = page.locator('#check-rule-of-law-resolution-rate');
      await expect(row).toHaveAttribute('data-check', 'rule-of-law:resolution-rate');
      await expect(row).toBeInViewport();
    });
    await page.goBack();
    const details = tile.locator('details');
    if ((await details.getAttribute('open')) === null) await tile.getByText('原文出处').click();
    await tile.getByRole('link', { name: '在原文中查看' }).click();
    await expect(page).toHaveURL(/\/zh\/source\?figure=rule-of-law:disputes\.resolution-rate$/);
    await expect(page.locator('#fig-rule-of-law-disputes-resolution-rate')).toHaveText(/^96\.2%/);
  });

  test('the audit page shows every check passing', async ({ page }) => {
    await page.goto('/zh/audit');
    await expect(page.locator('.audit-summary')).toHaveText(/^全部 \d+ 项检查通过。$/);
    const rows = page.locator('tbody tr[data-check]');
    expect(await rows.count()).toBeGreaterThan(10);
    await expect(page.locator('tbody tr[data-status="fail"]')).toHaveCount(0);
  });

  test('the audit page names the figures of a check an inconsistent dataset fails', async ({ page }) => {
    const payload = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'api', 'v1', 'datasets', 'rule-of-law.json'), 'utf8'),
    ) as { figures: { id: string; value: number }[] };
    payload.figures.find((f) => f.id === 'disputes.resolved')!.value = 10000;
    await page.route('**/api/v1/datasets/rule-of-law.json', (route) => route.fulfill({ json: payload }));
    // Drop the data embedded in the prerendered page, so the page fetches the served datasets.
    await serveWithoutEmbeddedData(page, '/zh/audit');
    await page.goto('/zh/audit');
    const summary = page.locator('.audit-summary');
    await expect(summary).toContainText('项检查中有 1 项未通过');
    await expect(summary.getByRole('listitem')).toContainText('化解矛盾纠纷 = 10,000');
    await expect(summary.getByRole('listitem')).toContainText('排查矛盾纠纷 = 10,499');
    await expect(summary.getByRole('listitem')).toContainText('重新计算为 95.2');
    await expect(page.locator('tr[data-check="rule-of-law:resolution-rate"]')).toHaveAttribute('data-status', 'fail');
  });

  test('the NBS view shows 华龙区 20/148 in both columns and the other units’ differences', async ({ page }) => {
    const china: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes(CHINA_FILE)) china.push(r.url());
    });
    await page.goto('/zh/nbs');
    const frame = page.getByRole('region', { name: /答复与统计用区划代码/ });
    await frame.getByRole('tab', { name: '表格' }).click();
    const row = (name: string) => frame.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    const cells = row('华龙区').getByRole('cell');
    await expect(cells.nth(1)).toHaveText(String(hualong.villages));
    await expect(cells.nth(2)).toHaveText(String(hualong.villages));
    await expect(cells.nth(4)).toHaveText(String(hualong.communities));
    await expect(cells.nth(5)).toHaveText(String(hualong.communities));
    await expect(row('濮阳县').locator('mark.figure--difference')).toHaveCount(2);
    await expect(row('示范区')).toContainText('无单独代码');
    expect(china, 'the all-China file is not loaded with the page').toEqual([]);
    const html = await (await page.request.get('/zh/nbs')).text();
    expect(html).not.toContain('中原区');
  });

  test('another city (郑州市) can be found by pinyin and charted', async ({ page }) => {
    await page.goto('/zh/nbs');
    await page.getByRole('searchbox', { name: '查找城市' }).fill('zhengzhou');
    await page.getByRole('button', { name: /郑州市/ }).click();
    await expect(page).toHaveURL(/\?city=4101$/);
    const frame = page.getByRole('region', { name: /^郑州市：各县级单位/ });
    await expect(frame.locator('.bar-chart svg.recharts-surface')).toBeVisible();
    await frame.getByRole('tab', { name: '表格' }).click();
    await expect(frame.getByRole('rowheader', { name: '中原区' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('measure: download size of the all-China file and time to show a city', async ({ page }, testInfo) => {
    const response = await page.request.get(CHINA_FILE);
    const body = await response.body();
    const raw = body.length;
    const gzip = gzipSync(body, { level: 9 }).length;
    const deepLink: number[] = [];
    const choose: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      await test.step(`run ${run + 1}`, async () => {
        // Cold: open the page on ?city= (download, validation, chart chunk, render).
        const context = await page.context().browser()!.newContext();
        const cold = await context.newPage();
        const started = Date.now();
        await cold.goto('/zh/nbs?city=4101');
        await expect(cold.locator('[data-frame="nbs-city"] .bar-chart svg.recharts-surface')).toBeVisible();
        deepLink.push(Date.now() - started);
        // Choosing: from the click on a search result to the chart on screen (file already loaded).
        await cold.getByRole('searchbox', { name: '查找城市' }).fill('洛阳');
        const button = cold.getByRole('button', { name: /洛阳市/ });
        await button.waitFor();
        const clicked = Date.now();
        await button.click();
        await expect(
          cold.getByRole('region', { name: /^洛阳市：/ }).locator('.bar-chart svg.recharts-surface'),
        ).toBeVisible();
        choose.push(Date.now() - clicked);
        await context.close();
      });
    }
    const result = {
      rawBytes: raw,
      gzipBytes: gzip,
      openCityMedianMs: median(deepLink),
      chooseCityMedianMs: median(choose),
      runs: { deepLink, choose },
    };
    console.log(`NBS all-China file and city timing: ${JSON.stringify(result)}`);
    await testInfo.attach('nbs-measure.json', {
      body: JSON.stringify(result, null, 2),
      contentType: 'application/json',
    });
    expect(raw).toBeGreaterThan(100_000);
  });
});
