import type { Page } from '@playwright/test';
import { recordCspViolations } from '../support/csp.ts';
import { serveWithoutEmbeddedData } from '../support/embedded-data.ts';
import { prerenderedPages } from '../support/nginx.ts';
import { expect, test } from '../support/test.ts';

/**
 * Zero CSP violations on every page the build prerendered (read from dist/, so new pages are
 * covered without editing this file), served with the deployment's policy. The page fixture
 * also fails on any console error, which is where the browser reports a violation first.
 */
async function expectNoViolations(page: Page, path: string) {
  const violations = await recordCspViolations(page);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#root')).not.toBeEmpty();
  // Exercise what draws at run time: a chart's table view and a source note.
  const tableTab = page.getByRole('tab', { name: /^(表格|Table)$/ }).first();
  if (await tableTab.isVisible()) {
    await tableTab.click();
    await expect(page.getByRole('table').first()).toBeVisible();
  }
  const source = page.locator('details > summary').first();
  if (await source.isVisible()) await source.click();
  await page.waitForLoadState('networkidle');
  expect(await violations(), path).toEqual([]);
}

// The offline mode's service worker would precache the whole build (10 MB) in every test's new
// context before the network idles; its registration under this policy is tested by
// offline.nginx.spec.ts, which fails on any console error (where a violation is reported first).
test.use({ serviceWorkers: 'block' });

for (const path of prerenderedPages()) {
  test(`no CSP violation on ${path}`, ({ page }) => expectNoViolations(page, path));
}

test.describe('a path the build did not prerender (the shell, status 404)', () => {
  test.use({ allowConsoleErrors: [/the server responded with a status of 404/] });
  test('no CSP violation on /zh/counties/no-such-unit', async ({ page }) => {
    await expectNoViolations(page, '/zh/counties/no-such-unit');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

// Prerendered pages carry their data; a page without it fetches and validates it on the client,
// which loads the validator: that path must be clean too.
for (const path of ['/zh/', '/en/rule-of-law']) {
  test(`no CSP violation when ${path} fetches and validates its data`, async ({ page }) => {
    await serveWithoutEmbeddedData(page, path);
    const fetched = page.waitForResponse((r) => r.url().includes('/api/v1/datasets/'));
    await expectNoViolations(page, path);
    await fetched;
    await expect(page.locator('[data-frame] [role="alert"]')).toHaveCount(0);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /zod/.test(e.name)))).toBe(
      true,
    );
  });
}
