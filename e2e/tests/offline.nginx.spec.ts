import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ImportPage } from '../pages/import.page.ts';
import { TableImportPage } from '../pages/table-import.page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { nginxPaths, prerenderedPages } from '../support/nginx.ts';
import { expect, test } from '../support/test.ts';

/**
 * The offline mode, against the deployment (nginx): after one visit the service worker holds
 * the whole build, so with no network every page (both languages), every dataset and the map
 * still work; a new version waits for the user instead of reloading anyone's page.
 */

/** Waits until the service worker controls the page (it has then cached the whole build). */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const logSize = () => statSync(nginxPaths.accessLog).size;

test('after one visit, every page works with no network', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/zh/');
  await waitForOfflineCopy(page);
  await context.setOffline(true);
  const served = logSize();
  expect(served, 'nginx logs what it serves').toBeGreaterThan(0);

  await test.step('the visited page reloads, and says it is offline and as of when', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
    await expect(page.getByRole('status').filter({ hasText: '当前离线' })).toContainText(/数据截至 \d{4}年/);
    await expect(page.getByRole('img', { name: /各县（区）村和社区数量/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('every prerendered page opens, with its charts and no error', async () => {
    for (const path of prerenderedPages()) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      await expect(page.locator('#main [role="alert"]'), path).toHaveCount(0);
    }
  });

  await test.step('the map draws offline', async () => {
    await page.goto('/en/counties');
    const map = page.getByRole('group', { name: /^Map of the county-level units/ });
    await expect(map).toBeVisible();
    await expect(map.locator('path').first()).toBeVisible();
  });

  await test.step('navigating inside the app loads each page from the saved copy', async () => {
    await page.goto('/zh/');
    const nav = page.getByRole('navigation', { name: '主要页面' });
    const links = await nav.getByRole('link').all();
    expect(links.length).toBeGreaterThan(3);
    for (const name of await Promise.all(links.map((l) => l.textContent()))) {
      await nav.getByRole('link', { name: name! }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('#main [role="alert"]')).toHaveCount(0);
    }
  });

  await test.step('a path the build did not prerender opens the saved shell', async () => {
    await page.goto('/zh/counties/no-such-unit');
    // The shell's unit page, which lists the units there are, all from the saved data.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个县级单位');
    await expect(page.locator('#main').getByRole('link', { name: '濮阳县', exact: true })).toBeVisible();
  });

  // Nothing of the above reached the server. The browser itself may still check /sw.js for an
  // update on navigation (a request of the browser, not the page, which page-level offline
  // emulation does not stop); that check is not something the app needs.
  const requests = readFileSync(nginxPaths.accessLog)
    .subarray(served)
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !/"GET \/sw\.js HTTP/.test(line));
  expect(requests).toEqual([]);
});

test('a new version waits for the user: a prompt, never a reload', async ({ page, context }) => {
  test.setTimeout(90_000);
  const sw = join(nginxPaths.site, 'sw.js');
  const v1 = readFileSync(sw, 'utf8');
  try {
    // The presenter's tab and a second tab, both on the current version.
    await page.goto('/zh/counties?table=counties');
    await waitForOfflineCopy(page);
    const presenter = await context.newPage();
    await presenter.goto('/en/renovation');
    await waitForOfflineCopy(presenter);
    const mark = (p: Page) => p.evaluate(() => ((window as unknown as { __v1: boolean }).__v1 = true));
    const marked = (p: Page) => p.evaluate(() => (window as unknown as { __v1?: boolean }).__v1 === true);
    await mark(page);
    await mark(presenter);

    // Publish a new version (a new service worker) and let the browser find it.
    writeFileSync(sw, `${v1}\n// e2e: a new build\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

    const prompt = page.getByRole('region', { name: '有新版本' });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await expect(prompt).toContainText('当前页面不会自动刷新');
    await expectNoAxeViolations(page);
    await expect(presenter.getByRole('region', { name: 'Update available' })).toBeVisible();
    // Give an automatic reload every chance to happen: none does.
    await page.waitForTimeout(2_000);
    expect(await marked(page)).toBe(true);
    expect(await marked(presenter)).toBe(true);

    // The prompt is reachable from the keyboard; Enter on its button reloads this tab only.
    const reload = prompt.getByRole('button', { name: '重新加载' });
    for (let i = 0; i < 80 && !(await reload.evaluate((b) => b === document.activeElement)); i += 1)
      await page.keyboard.press('Tab');
    await expect(reload).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => marked(page).catch(() => false), { timeout: 20_000 }).toBe(false);
    await expect(page).toHaveURL(/\/zh\/counties\?table=counties$/);
    await expect(page.getByRole('table').first()).toBeVisible();
    await expect(prompt).toBeHidden();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null))).toBe(
      null,
    );
    // The presenter's tab was not reloaded under them.
    expect(await marked(presenter)).toBe(true);
  } finally {
    writeFileSync(sw, v1);
  }
});

test('national NBS files are saved once viewed: a city looked at online opens offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/zh/trend');
  await waitForOfflineCopy(page);
  // Not saved up front: only Puyang's history files are in the precache.
  const precached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = (
      await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))
    ).flat();
    return urls.filter((u) => u.includes('/api/v1/nbs/history/')).map((u) => new URL(u).pathname.split('?')[0]);
  });
  expect(precached.sort()).toEqual([
    '/api/v1/nbs/history/changes/4109.json',
    '/api/v1/nbs/history/cities/4109.json',
    '/api/v1/nbs/history/meta.json',
  ]);
  await page.getByRole('searchbox', { name: '查找城市' }).fill('郑州');
  await page.locator('button[data-city="4101"]').click();
  await expect(page.getByRole('heading', { name: /^郑州市：历年村和社区数量/ })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: /^郑州市：历年村和社区数量/ })).toBeVisible();
  await expect(page.locator('#main [role="alert"]')).toHaveCount(0);
});

test('an import made on this device is still there offline, and can be reviewed there', async ({ page, context }) => {
  test.setTimeout(90_000);
  const importer = new ImportPage(page);
  await importer.open();
  await waitForOfflineCopy(page);
  await importer.startNew();
  await importer.paste('截至6月30日，甲县12个村，3个社区；乙区5个村。');
  await expect(importer.progress()).toHaveText('共 3 个：已采用 0 个，已舍弃 0 个，待审核 3 个。');

  await context.setOffline(true);
  await page.reload();
  await expect(importer.text()).toHaveValue('截至6月30日，甲县12个村，3个社区；乙区5个村。');
  await importer.acceptOpen();
  await expect(importer.progress()).toHaveText('共 3 个：已采用 3 个，已舍弃 0 个，待审核 0 个。');

  // A PDF reads offline: pdf.js, its worker and the Chinese fonts' character maps are on the device.
  await importer.startNew();
  await importer.choose({
    name: 'reply-excerpt.pdf',
    mimeType: 'application/pdf',
    buffer: readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'imports', 'reply-excerpt.pdf')),
  });
  await expect(importer.progress()).toHaveText('共 18 个：已采用 0 个，已舍弃 0 个，待审核 18 个。');
  expect(await page.evaluate(() => fetch('/pdfjs/cmaps/UniGB-UCS2-H.bcmap').then((r) => r.status))).toBe(200);
  await page.getByRole('textbox', { name: '导入名称' }).fill('PDF 摘录');

  // A table import works offline too: its worker and the division codes are on the device.
  const tables = new TableImportPage(page);
  await tables.startNewTable();
  await tables.chooseTable({
    name: 'nanjing-2023-gbk.csv',
    mimeType: 'text/csv',
    buffer: readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'imports', 'nanjing-2023-gbk.csv')),
  });
  await expect(tables.editor()).toHaveAttribute('data-read-in', 'worker');
  await expect(page.getByText('已匹配 11 个，需要选择 0 个，无代码 0 个。')).toBeVisible();

  // Back online, the work done offline is there.
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByText('已匹配 11 个，需要选择 0 个，无代码 0 个。')).toBeVisible();
  await page.getByRole('button', { name: '未命名导入' }).click();
  await expect(importer.progress()).toHaveText('共 3 个：已采用 3 个，已舍弃 0 个，待审核 0 个。');
});
