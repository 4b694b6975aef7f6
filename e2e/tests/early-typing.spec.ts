import { expect, test } from '../support/test.ts';

// A reader on a slow connection types into the prerendered search field before the app's script
// has run; what they typed must count once the app takes over.
test('text typed into the city search before the app starts is searched', async ({ page }) => {
  let release!: () => void;
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  // The module script defers DOMContentLoaded, so wait only for the prerendered field.
  const navigation = page.goto('/zh/nbs');
  const field = page.getByRole('searchbox', { name: '查找城市' });
  await expect(field).toBeVisible();
  await field.fill('zhengzhou');
  await expect(page.locator('html[data-interactive]')).toHaveCount(0);
  release();
  await navigation;
  await expect(page.locator('html[data-interactive]')).toHaveCount(1);
  await expect(field).toHaveValue('zhengzhou');
  await page.getByRole('button', { name: /郑州市/ }).click();
  await expect(page).toHaveURL(/\?city=4101$/);
});
