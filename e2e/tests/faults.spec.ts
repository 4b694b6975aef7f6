import { expectNoAxeViolations } from '../support/axe.ts';
import { serveWithoutEmbeddedData } from '../support/embedded-data.ts';
import { expect, test } from '../support/test.ts';

/**
 * The reliability matrix's rows that need a real browser (row numbers: docs/reliability.md):
 * faults injected with page.route against the production build.
 */

test.describe(() => {
  test.use({ allowConsoleErrors: [/status of 404/] });
  test('row 16: a dataset that is gone says so, offers no retry, and the rest of the page works', async ({ page }) => {
    let requests = 0;
    await page.route('**/api/v1/datasets/consultation.json', (route) => {
      requests += 1;
      return route.fulfill({ status: 404, body: 'not found' });
    });
    await serveWithoutEmbeddedData(page, '/zh/rule-of-law');
    await page.goto('/zh/rule-of-law');
    const alert = page.locator('[data-frame="councils"]').getByRole('alert');
    await expect(alert).toContainText('此数据集不存在（404）');
    await expect(alert.getByRole('button')).toHaveCount(0);
    await expect(page.locator('[data-frame="disputes"]').getByRole('img').first()).toBeVisible();
    expect(requests).toBe(1); // a 4xx is not retried
    await expectNoAxeViolations(page);
  });
});

test.describe(() => {
  test.use({ allowConsoleErrors: [/ERR_CONNECTION_RESET|ERR_NAME_NOT_RESOLVED|Failed to load resource/] });
  test('row 17: a reset connection is retried, then reported with Retry, which recovers', async ({ page }) => {
    let fail = true;
    await page.route('**/api/v1/datasets/divisions.json', (route) =>
      fail ? route.abort('connectionreset') : route.fallback(),
    );
    await serveWithoutEmbeddedData(page, '/zh/counties');
    await page.goto('/zh/counties?sort=communities');
    const alert = page.locator('[data-frame="counties"]').getByRole('alert');
    await expect(alert).toContainText('网络请求失败', { timeout: 20_000 });
    fail = false;
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(page.getByRole('img', { name: /各县（区）村和社区数量/ })).toBeVisible();
    await expect(page).toHaveURL(/\?sort=communities$/); // the view survived
  });
});

test('row 7: markup and javascript: URLs in the data are shown as text, never run', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1"></svg><script>window.__pwned=2</script>javascript:alert(1)';
  await page.route('**/api/v1/datasets/divisions.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as {
      source: { issuer: { zh: string } };
      figures: { provenance: { quote: string } }[];
    };
    json.source.issuer.zh = hostile;
    json.figures.forEach((f) => (f.provenance.quote = hostile));
    await route.fulfill({ response, json });
  });
  await serveWithoutEmbeddedData(page, '/zh/counties');
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  await page.goto('/zh/counties');
  await expect(page.getByRole('img', { name: /各县（区）村和社区数量/ })).toBeVisible();
  await page.locator('[data-frame="counties"] details > summary').first().click();
  await expect(page.getByText(hostile).first()).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('#main img[src="x"], #main a[href^="javascript:"]').count()).toBe(0);
});

test('rows 25 and 27: garbage and prototype keys in the URL fall back to the defaults', async ({ page }) => {
  for (const query of [
    '?sort=abc&layout=1e999&table=%E0%A4%A',
    `?sort=${'x'.repeat(10_000)}`,
    '?__proto__[x]=1&constructor[prototype][y]=2',
  ]) {
    await page.goto(`/zh/counties${query}`);
    await expect(page.getByRole('img', { name: /各县（区）村和社区数量/ })).toBeVisible();
    await expect(page.getByRole('tab', { name: '图表' }).first()).toHaveAttribute('aria-selected', 'true');
    expect(await page.evaluate(() => [({} as Record<string, unknown>).x, ({} as Record<string, unknown>).y])).toEqual([
      undefined,
      undefined,
    ]);
  }
});

test('row 24: two tabs keep their own views', async ({ page, context }) => {
  await page.goto('/zh/counties');
  const other = await context.newPage();
  await other.goto('/zh/counties?table=counties');
  await page.getByRole('tab', { name: '表格' }).first().click();
  await expect(page).toHaveURL(/table=counties/);
  await other.getByRole('tab', { name: '图表' }).first().click();
  await expect(other).toHaveURL(/\/zh\/counties$/);
  await page.reload();
  await expect(page.getByRole('table').first()).toBeVisible();
  await other.reload();
  await expect(other.getByRole('img', { name: /各县（区）村和社区数量/ })).toBeVisible();
});

test.describe(() => {
  test.use({ allowConsoleErrors: [/Failed to load resource|net::ERR_FAILED/], waitForApp: false });
  test('row 34: when the JavaScript cannot load, the prerendered figures still show', async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort('failed'));
    await page.goto('/zh/counties');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('img', { name: /各县（区）村和社区数量/ })).toBeVisible();
  });
});
