import { expectNoAxeViolations } from '../support/axe.ts';
import { readDataset, unitFigure } from '../support/fixtures.ts';
import { LANGUAGES, PAGES } from '../support/routes.ts';
import { expect, test } from '../support/test.ts';

const hualong = {
  villages: unitFigure('divisions', 'villages', 'hualong')!.value,
  communities: unitFigure('divisions', 'communities', 'hualong')!.value,
};
const renovation = readDataset('renovation').figures;
const value = (id: string) => renovation.find((f) => f.id === id)!.value;

test.describe('dashboard journeys', () => {
  test('sort the county breakdown by communities, then open the first unit', async ({ page }) => {
    await page.goto('/zh/counties');
    const frame = page.getByRole('region', { name: '各县（区）村和社区数量' });
    await frame.getByLabel('排序').selectOption('communities');
    await expect(page).toHaveURL(/sort=communities/);
    await frame.getByRole('tab', { name: '表格' }).click();
    const firstRow = frame.getByRole('table').locator('tbody tr').first();
    await expect(firstRow.getByRole('rowheader')).toHaveText('华龙区');
    await expect(firstRow.getByRole('cell').nth(1)).toHaveText(String(hualong.communities));
    await firstRow.getByRole('link', { name: '华龙区' }).click();
    await expect(page).toHaveURL(/\/zh\/counties\/hualong$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('华龙区');
    const tile = (measure: string) => page.locator(`[data-figure-id="divisions:${measure}.hualong"] .tile__value`);
    await expect(tile('villages')).toHaveText(`${hualong.villages}个`);
    await expect(tile('communities')).toHaveText(`${hualong.communities}个`);
  });

  test('a map area opens its unit page', async ({ page }) => {
    await page.goto('/zh/counties');
    await page.getByRole('link', { name: /^台前县：/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('台前县');
  });

  test('switch a chart to its table and back; a reload keeps the view', async ({ page }) => {
    await page.goto('/zh/renovation');
    const frame = page.getByRole('region', { name: '改造小区（个）' });
    await frame.getByRole('tab', { name: '表格' }).click();
    await expect(frame.getByRole('table')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('region', { name: '改造小区（个）' }).getByRole('table')).toBeVisible();
    await page.getByRole('region', { name: '改造小区（个）' }).getByRole('tab', { name: '图表' }).click();
    await expect(page).toHaveURL(/\/zh\/renovation$/);
  });

  test('the renovation page shows 2022 vs 2023 compounds and the investment progress', async ({ page }) => {
    await page.goto('/zh/renovation');
    const compounds = page.getByRole('region', { name: '改造小区（个）' });
    await compounds.getByRole('tab', { name: '表格' }).click();
    const rows = compounds.getByRole('table').locator('tbody tr');
    await expect(rows.nth(0)).toContainText(`2022年${value('compounds.2022')}`);
    await expect(rows.nth(1)).toContainText(`2023年（计划）${value('compounds.2023')}`);
    const progress = page.getByRole('region', { name: '2023年投资进度' });
    await expect(progress.locator('.progress__share')).toHaveText(`${value('investment-completed-share.2023')}%`);
    await expect(progress.getByRole('img')).toHaveAccessibleName(/已完成 42%：1.32亿元 \/ 3.16亿元/);
  });

  test('a source line opens the sentence each figure comes from', async ({ page }) => {
    await page.goto('/zh/rule-of-law');
    const frame = page.getByRole('region', { name: '排查与化解的矛盾纠纷' });
    await frame.getByText('查看每个数字的原文').click();
    await expect(frame.locator('blockquote').first()).toContainText('全市共排查各类矛盾纠纷10499起');
  });

  for (const language of LANGUAGES) {
    test(`every page fits a 360 px phone without sideways scrolling (${language})`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 780 });
      for (const path of PAGES) {
        await page.goto(`/${language}${path === '/' ? '/' : path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${language}${path} scrolls sideways`).toBeLessThanOrEqual(0);
      }
    });
  }

  // One test per page: an axe scan takes seconds on a busy machine, and ten in one test ran past
  // its time limit; a failure now also names its page.
  for (const path of PAGES) {
    test(`${path} is accessible at phone width`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(`/zh${path === '/' ? '/' : path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test('every page is prerendered: figures and charts show with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const language of LANGUAGES) {
    for (const path of PAGES) {
      await page.goto(`/${language}${path === '/' ? '/' : path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language === 'zh' ? 'zh-CN' : 'en');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Pages without chart frames show their own content: the linked text, the audit table.
      if (path === '/source') await expect(page.locator('.source-text a.source-figure').first()).toBeVisible();
      else if (path === '/audit') await expect(page.locator('.audit-table tbody tr').first()).toBeVisible();
      else if (path === '/import') await expect(page.locator('.page-intro')).toBeVisible();
      else if (path !== '/glossary') await expect(page.locator('section.frame').first()).toBeVisible();
      if (['/', '/counties', '/renovation'].includes(path))
        await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    }
  }
  await context.close();
});
