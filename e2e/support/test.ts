import { test as base, expect } from '@playwright/test';

/**
 * Playwright's test, failing any test whose page throws or logs an error (a hydration mismatch,
 * a CSP violation, an uncaught promise). Expected failures (a 503 we inject) are listed per test.
 */
export const test = base.extend<{ allowConsoleErrors: RegExp[] }>({
  allowConsoleErrors: [[], { option: true }],
  page: async ({ page, allowConsoleErrors }, use) => {
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
