import { test as base, expect, type Page } from '@playwright/test';

/**
 * Makes `page.goto` and `page.reload` also wait until the app has taken over the prerendered page
 * (`html[data-interactive]`), as a reader waits for controls to respond. Playwright acts within
 * milliseconds of the load event, before hydration may have finished on a busy machine, and a
 * click on a prerendered button then does nothing. Pages of the test's own context get this
 * automatically; call it on a page of a context made with `browser.newContext()`.
 */
const patched = new WeakSet<Page>();

export function waitForAppOnNavigation(page: Page): Page {
  if (patched.has(page)) return page;
  patched.add(page);
  const appReady = async (waitUntil: string | undefined) => {
    if (waitUntil === 'commit') return;
    // Only the app's own pages (another site's page, a JSON file or an error page has no #root).
    if ((await page.locator('#root').count()) === 0) return;
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  };
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await appReady(options?.waitUntil);
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (options) => {
    const response = await reload(options);
    await appReady(options?.waitUntil);
    return response;
  };
  return page;
}

/**
 * Playwright's test, failing any test whose page throws or logs an error (a hydration mismatch,
 * a CSP violation, an uncaught promise). Expected failures (a 503 we inject) are listed per test.
 * Navigations wait for the app (above); tests of a page without its script set `waitForApp: false`.
 */
export const test = base.extend<{ allowConsoleErrors: RegExp[]; waitForApp: boolean }>({
  allowConsoleErrors: [[], { option: true }],
  waitForApp: [true, { option: true }],
  context: async ({ context, waitForApp, javaScriptEnabled }, use) => {
    if (waitForApp && javaScriptEnabled !== false) context.on('page', waitForAppOnNavigation);
    await use(context);
  },
  page: async ({ page, allowConsoleErrors, waitForApp, javaScriptEnabled }, use) => {
    if (waitForApp && javaScriptEnabled !== false) waitForAppOnNavigation(page);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (!allowConsoleErrors.some((re) => re.test(text))) problems.push(`console.error: ${text}`);
    });
    await use(page);
    expect(problems, 'errors in the page').toEqual([]);
  },
});

export { expect };
