import { expect, test } from '../support/test.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { LANGUAGES, PAGES, THEMES } from '../support/routes.ts';

test.describe('accessibility', () => {
  // Every page in both languages, light and dark; the projector theme on the chart-heavy pages.
  const combos = LANGUAGES.flatMap((language) =>
    THEMES.flatMap((theme) =>
      PAGES.filter((path) => theme !== 'projector' || path === '/' || path === '/counties').map((path) => ({
        language,
        theme,
        path,
      })),
    ),
  );
  for (const { language, theme, path } of combos) {
    test(`no axe violations: /${language}${path} (${theme})`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('pgd.theme', t), theme);
      await page.goto(`/${language}${path === '/' ? '/' : path}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('html')).toHaveAttribute('lang', language === 'zh' ? 'zh-CN' : 'en');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
      const tableTab = page.getByRole('tab', { selected: false }).first();
      if ((await tableTab.count()) > 0) {
        const frame = await tableTab.evaluate((tab) => tab.closest('[data-frame]')?.getAttribute('data-frame'));
        await tableTab.click();
        // That frame's table (its code loads on demand), not some other table on the page.
        const scope = frame ? page.locator(`[data-frame="${frame}"]`) : page;
        await expect(scope.getByRole('table').first()).toBeVisible();
        // The rest of the page was checked above and did not change: check the frame that did.
        await expectNoAxeViolations(page, frame ? `[data-frame="${frame}"]` : undefined);
      }
    });
  }

  test('the system dark scheme applies when no theme is chosen, with no violations', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/zh/');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 23, 27)');
    await expectNoAxeViolations(page);
  });

  test('keyboard only: reach the county chart and read a bar, then switch language', async ({ page }) => {
    await page.goto('/zh/');
    const explorer = page.getByRole('listbox', { name: /方向键/ }).first();
    await test.step('tab to the chart explorer', async () => {
      for (let i = 0; i < 40 && !(await explorer.evaluate((el) => el === document.activeElement)); i += 1) {
        await page.keyboard.press('Tab');
      }
      await expect(explorer).toBeFocused();
    });
    await test.step('arrow down to 华龙区 and read its values', async () => {
      for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowDown');
      // The tooltip shows the bar's values with their units and marks; a screen reader hears the same.
      await expect(page.getByRole('tooltip')).toContainText('华龙区');
      await expect(page.getByRole('tooltip')).toContainText('社区148个');
      const activeId = await explorer.getAttribute('aria-activedescendant');
      await expect(page.locator(`[id="${activeId}"]`)).toHaveText(/^华龙区：村 20个，社区 148个/);
    });
    await test.step('shift-tab back to the language link and press Enter', async () => {
      const link = page.getByRole('link', { name: 'English' });
      for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i += 1) {
        await page.keyboard.press('Shift+Tab');
      }
      await expect(link).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/en\/$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  });
});
