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
    // Each language's page is described in its language (title, description) for links and search.
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Puyang grass-roots governance data');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Community-governance figures/);
    await page.goto('/zh/');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^濮阳市民政局答复/);
    await context.close();
  });

  test('each page names itself in its language: title, description and Open Graph tags', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const meta = (name: string) => page.locator(`meta[name="${name}"], meta[property="${name}"]`);
    await page.goto('/zh/counties/fanxian');
    await expect(page).toHaveTitle('范县 · 濮阳市基层治理数据');
    await expect(meta('description')).toHaveAttribute('content', /^范县：村和社区数量/);
    await expect(meta('og:title')).toHaveAttribute('content', '范县 · 濮阳市基层治理数据');
    await expect(meta('og:locale')).toHaveAttribute('content', 'zh_CN');
    // No absolute address is configured for this build: no og:url or og:image rather than wrong ones.
    await expect(meta('og:url')).toHaveCount(0);
    await expect(meta('og:image')).toHaveCount(0);
    await page.goto('/en/nbs');
    await expect(page).toHaveTitle('NBS codes · Puyang grass-roots governance data');
    await expect(meta('og:description')).toHaveAttribute('content', /^The reply's village and community counts/);
    await page.goto('/en/embed/map');
    await expect(page).toHaveTitle('Map of the county-level units · Puyang grass-roots governance data');
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

  test("the chart's code waits for the reader, and the server's drawing stays: no placeholder, no redraw", async ({
    page,
  }) => {
    // The page re-renders after mount (its width measured, its data settled) before the drawing's
    // code is there. Those renders must not reach the dehydrated drawing, or React drops the
    // server's SVG and shows the placeholder meanwhile; and a reader who only reads never loads
    // the drawing code (Recharts) or the table's.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as { serverChart?: Element | null }).serverChart = document.querySelector('.bar-chart svg');
      });
    });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const onIntent = (name: string) => requested.filter((p) => new RegExp(`/${name}-[\\w-]+\\.js$`).test(p));
    for (const path of ['/zh/counties', '/en/']) {
      requested.length = 0;
      await page.goto(path);
      await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      expect(onIntent('recharts-bars'), path).toEqual([]);
      expect(onIntent('model-table'), path).toEqual([]);
      // Pointing at a bar is intent: its tooltip shows at once (it needs no drawing code), the
      // code loads, and the bar it is on is then highlighted in the server's own SVG.
      const drawingCode = page.waitForResponse((r) => /\/recharts-bars-[\w-]+\.js$/.test(new URL(r.url()).pathname));
      await page.locator('.bar-chart__hit').first().hover();
      await expect(page.getByRole('tooltip')).toBeVisible();
      await drawingCode;
      await expect(page.locator('.bar-chart svg [fill-opacity="0.3"]').first()).toBeAttached();
      const kept = await page.evaluate(() => {
        const server = (window as { serverChart?: Element | null }).serverChart;
        return { prerendered: server != null, connected: server?.isConnected === true };
      });
      expect(kept, path).toEqual({ prerendered: true, connected: true });
      await expect(page.locator('.chart-placeholder')).toHaveCount(0);
    }
  });

  test("a prerendered page carries the formatted figures of every frame's table", async ({ page }) => {
    // Building the first Intl formatter loads the locale's data in one long task; a page carries
    // its tables' formatted figures (src/entry-server.tsx), so showing or sorting a table needs none.
    for (const path of ['/zh/counties', '/en/', '/zh/renovation']) {
      await page.goto(path);
      await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
      const carried = new Set(
        await page.evaluate(() => {
          const payload = JSON.parse(document.getElementById('prerender-state')?.textContent ?? '{}') as {
            formats?: Record<string, string>;
          };
          return Object.values(payload.formats ?? {});
        }),
      );
      const frames = page.locator('[data-frame]');
      expect(await frames.count()).toBeGreaterThan(0);
      const numbers: string[] = [];
      for (const frame of await frames.all()) {
        const tab = frame.getByRole('tab', { name: /表格|Table/ });
        if ((await tab.count()) === 0) continue;
        await tab.click();
        const cells = frame.getByRole('table').locator('td');
        await expect(frame.getByRole('table')).toBeVisible();
        // Each cell's number as shown (a figure, a share); text such as a unit or status is not a format.
        for (const text of await cells.allTextContents()) {
          // A percentage is its number and the sign: the number is the format.
          const shown = /^[\d.,%\s万亿KMB]+$/.test(text.trim()) ? text.trim().replace(/%$/, '') : null;
          if (shown && /\d/.test(shown)) numbers.push(shown);
        }
      }
      expect(numbers.length, path).toBeGreaterThan(5);
      expect(
        numbers.filter((n) => !carried.has(n)),
        path,
      ).toEqual([]);
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
