import { OverviewPage } from '../pages/overview.page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { serveWithoutEmbeddedData } from '../support/embedded-data.ts';
import { cityFigure, units, unitFigure } from '../support/fixtures.ts';
import { expect, test } from '../support/test.ts';

const zhNames = units.map((u) => (u.shortName ?? u.name).zh);
const enNames = units.map((u) => (u.shortName ?? u.name).en);
const total = cityFigure('divisions', 'villages-and-communities').value;

test.describe('overview @smoke', () => {
  test('shows the city total and all nine units in chart and table', async ({ page }) => {
    const overview = new OverviewPage(page);
    await test.step('open the home page', () => overview.goto('/'));
    await test.step('the headline total is the stated 3,159', () => overview.hasTotal(total.toLocaleString('en')));
    await test.step('the chart names every unit', () => overview.hasChartWithUnits(zhNames));
    await test.step('the table has a row per unit with its counts', async () => {
      await overview.openTable();
      await overview.hasTableRows(zhNames);
      const cells = await overview.rowCells('华龙区');
      expect(cells.slice(0, 2)).toEqual([
        String(unitFigure('divisions', 'villages', 'hualong')?.value),
        String(unitFigure('divisions', 'communities', 'hualong')?.value),
      ]);
    });
    await test.step('the table view is in the URL and survives a reload', async () => {
      await expect(page).toHaveURL(/\?table=counties$/);
      await page.reload();
      await expect(overview.countyFrame.getByRole('table')).toBeVisible();
    });
    await expectNoAxeViolations(page);
  });

  test('the chart is in the HTML before any JavaScript runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const overview = new OverviewPage(page);
    await overview.goto('/');
    await overview.hasTotal(total.toLocaleString('en'));
    await overview.hasChartWithUnits(zhNames);
    await context.close();
  });

  test('a prerendered page opened a month after the build fetches no data and loads no validator', async ({ page }) => {
    // The page carries its data; how long ago it was built must not make that data "stale".
    await page.clock.setFixedTime(Date.now() + 30 * 24 * 3600_000);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/zh/');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.bar-chart svg.recharts-surface').first()).toBeVisible();
    expect(requested.filter((p) => p.startsWith('/api/'))).toEqual([]);
    expect(requested.filter((p) => /\/zod-[\w-]+\.js$/.test(p))).toEqual([]);
  });

  test('a prerendered page switches every frame to its table and sorts without building a formatter', async ({
    page,
  }) => {
    // Building the first Intl formatter loads the locale's data in one long task; the page carries
    // the formatted figures of its tables (src/entry-server.tsx), so none should be built here.
    await page.addInitScript(() => {
      const built: string[] = [];
      (window as unknown as { __intlBuilt: string[] }).__intlBuilt = built;
      const intl = Intl as unknown as Record<string, new (...args: unknown[]) => object>;
      for (const name of ['NumberFormat', 'DateTimeFormat']) {
        const original = intl[name]!;
        const count = () => built.push(`${name} ${new Error().stack?.split('\n')[3]?.trim() ?? ''}`);
        intl[name] = new Proxy(original, {
          construct: (target, args: unknown[]): object => (count(), Reflect.construct<unknown[], object>(target, args)),
          apply: (target, self, args: unknown[]): unknown => (count(), Reflect.apply(target, self, args) as unknown),
        });
      }
    });
    const built = () => page.evaluate(() => (window as unknown as { __intlBuilt: string[] }).__intlBuilt);
    for (const path of ['/zh/counties', '/en/', '/zh/renovation']) {
      await page.goto(path);
      await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
      const frames = page.locator('[data-frame]');
      expect(await frames.count()).toBeGreaterThan(0);
      for (const frame of await frames.all()) {
        const tab = frame.getByRole('tab', { name: /表格|Table/ });
        if ((await tab.count()) === 0) continue;
        await tab.click();
        await expect(frame.getByRole('table')).toBeVisible();
      }
      const sort = page.locator('select[id$="-sort"]').first();
      if ((await sort.count()) > 0) {
        for (const option of await sort.locator('option').all())
          await sort.selectOption((await option.getAttribute('value')) ?? '');
        await expect(page).toHaveURL(/sort=/);
      }
      expect(await built(), path).toEqual([]);
    }
  });

  test('the English page shows the same figures in English', async ({ page }) => {
    const overview = new OverviewPage(page);
    await overview.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await overview.hasTotal(total.toLocaleString('en'));
    await overview.hasChartWithUnits(enNames);
    await expectNoAxeViolations(page);
  });

  test.describe(() => {
    // The injected 503s are logged by the browser as failed loads.
    test.use({ allowConsoleErrors: [/503/] });
    test('a failing dataset shows an error with retry, and retry recovers', async ({ page }) => {
      let fail = true;
      await page.route('**/api/v1/datasets/divisions.json', (route) =>
        fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
      );
      // Drop the data embedded in the prerendered page, so the page has to fetch it.
      await serveWithoutEmbeddedData(page, '/');
      await page.goto('/');
      const alert = page.locator('[data-frame="counties"]').getByRole('alert');
      // The app retries a 503 three times with backoff (about 7 s) before it reports it.
      await expect(alert).toContainText('服务器返回错误（503）', { timeout: 20_000 });
      await expectNoAxeViolations(page);
      fail = false;
      await alert.getByRole('button', { name: '重试' }).click();
      await expect(page.getByRole('img', { name: /各县（区）村和社区数量/ })).toBeVisible();
    });
  });
});
