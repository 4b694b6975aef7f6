import { expect, test } from '../support/test.ts';

test.describe('language and theme preferences', () => {
  test('a first visit follows an English browser to /en/', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
    await context.close();
  });

  test('a first visit from a Chinese browser stays Chinese, with the prefix in the URL', async ({ page }) => {
    await page.goto('/?view=table');
    await expect(page).toHaveURL(/\/zh\/\?view=table$/);
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-client-view');
  });

  test('a prefixed link opens in its language whatever the browser prefers', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/zh/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
    await context.close();
  });

  test('switching language keeps the view and is remembered', async ({ page }) => {
    await page.goto('/zh/?view=table');
    const link = page.getByRole('link', { name: 'English' });
    // The prerendered link cannot know the query string; once the page is live it carries it.
    await expect(link).toHaveAttribute('href', '/en/?view=table');
    // In place: the document is the same one afterwards (a page load would drop this mark).
    await page.evaluate(() => document.documentElement.setAttribute('data-e2e-same-document', ''));
    await link.click();
    await expect(page).toHaveURL(/\/en\/\?view=table$/);
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Puyang grass-roots governance data');
    await expect(page.locator('html')).toHaveAttribute('data-e2e-same-document', '');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
  });

  test('the chosen theme applies at once and survives a reload', async ({ page }) => {
    await page.goto('/zh/');
    await page.getByLabel('主题').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByLabel('主题')).toHaveValue('dark');
  });
});
