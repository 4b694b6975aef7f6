import { FrameOnPage } from '../pages/frame.page.ts';
import { readDataset, units } from '../support/fixtures.ts';
import { expect, test } from '../support/test.ts';

const renovation = readDataset('renovation').figures;
const floorArea = (year: string) => renovation.find((f) => f.id === `floor-area.${year}`)!.value;

test.describe('one model, every output', () => {
  test('hovering a bar of the county chart shows its values, units and marks; clicking opens the unit', async ({
    page,
  }) => {
    await page.goto('/zh/counties');
    const counties = new FrameOnPage(page, 'counties');
    await counties.hasTooltipFor('410926', '范县', '社区5个', '合计579个', '计算：合计');
    await counties.bar('410926').click();
    await expect(page).toHaveURL(/\/zh\/counties\/fanxian$/);
  });

  test('a tap on a bar shows its tooltip, with a link to the unit instead of leaving at once', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto('/zh/counties');
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    const counties = new FrameOnPage(page, 'counties');
    await counties.bar('410926').tap();
    await expect(counties.tooltip()).toContainText('社区5个');
    await expect(page).toHaveURL(/\/zh\/counties$/);
    await counties.tooltip().getByRole('link', { name: '查看范县的页面' }).tap();
    await expect(page).toHaveURL(/\/zh\/counties\/fanxian$/);
    await context.close();
  });

  test("/en/renovation's floor area is in units of 10,000 m² in the chart, the table rows and the CSV", async ({
    page,
  }) => {
    await page.goto('/en/renovation');
    const frame = new FrameOnPage(page, 'renovation-floor-area');
    await expect(frame.root.locator('.frame__subtitle')).toContainText('Unit: 10,000 m²');
    await frame.hasTooltipFor('renovation:floor-area.2022', '1.13 million m²');
    await frame.openTable();
    expect(await frame.row('2022')).toEqual([String(floorArea('2022')), '10,000 m²', 'actual', '']);
    const csv = await frame.download(/^CSV/);
    expect(csv.text).toContain(`\r\n2022,${floorArea('2022')},"10,000 m²",actual,,\r\n`);
    expect(csv.text).toContain(`\r\n2023 (plan),${floorArea('2023')},"10,000 m²",plan,,Value: plan\r\n`);
  });

  test('the county table reaches every column at 360 px: the names stay, the rest scroll', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/zh/counties?table=counties');
    const table = page.locator('[data-frame="counties"] .table-scroll');
    await expect(page.locator('[data-frame="counties"] .table-scroll__hint')).toBeVisible();
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '华龙区' }) });
    await row.scrollIntoViewIfNeeded();
    await table.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    // The last column is on screen, and the unit's name stays beside it.
    const inView = async (locator: typeof row) => {
      const box = await locator.boundingBox();
      return !!box && box.x >= 0 && box.x + box.width <= 360 + 0.5;
    };
    await expect.poll(() => inView(row.getByRole('cell').last())).toBe(true);
    expect(await inView(row.getByRole('rowheader'))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

test.describe('addresses that name nothing say so', () => {
  test('a city code that is no city', async ({ page }) => {
    await page.goto('/zh/nbs?city=9999');
    await expect(page.locator('[data-frame="nbs-city"]').getByRole('alert')).toHaveText(
      '没有代码为“9999”的地级单位。请在上面的搜索框中查找城市。',
    );
  });

  test('a deck link with no slide the app knows', async ({ page }) => {
    await page.goto('/zh/present?deck=zzz');
    await expect(page.getByRole('alert')).toContainText('这个演示链接中没有可以显示的幻灯片');
    await expect(page.locator('.presenter__count')).toHaveCount(0);
    await expect(page.getByText('1 / 0')).toHaveCount(0);
  });

  test('a unit that does not exist lists the nine that do', async ({ page }) => {
    await page.goto('/zh/counties/nowhere');
    await expect(page.getByRole('alert')).toContainText('没有名为“nowhere”的县级单位');
    const list = page.locator('.unit-list');
    for (const unit of units) await expect(list.getByRole('link', { name: unit.name.zh, exact: true })).toBeVisible();
  });
});

test.describe('links made before the redesign', () => {
  test("a permalink with the first release's view=table opens the county table", async ({ page }) => {
    await page.goto('/zh/counties?view=table&sort=communities');
    const counties = page.locator('[data-frame="counties"]');
    await expect(counties.getByRole('table')).toBeVisible();
    await expect(counties.locator('tbody tr').first().getByRole('rowheader')).toHaveText('华龙区');
  });

  test('a deck saved in the browser before the redesign opens with its slides and views', async ({ page }) => {
    await page.addInitScript(() =>
      localStorage.setItem('pgd.deck', 'v1.n周例会,counties.t.stotal,map.mvillages.d30,renovation-compounds'),
    );
    await page.goto('/zh/present');
    await expect(page.locator('.slide-frame--current .slide__title')).toHaveText('各县（区）村和社区数量');
    await expect(page.locator('.slide-frame--current table tbody tr').first().getByRole('rowheader')).toHaveText(
      '濮阳县',
    );
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.slide-frame--current .slide__subtitle')).toContainText('单位：个');
    await expect(page.locator('.slide-frame--current .county-map')).toBeVisible();
    await expect(page.locator('.slide-frame--current .slide__number')).toHaveText('2 / 3');
  });
});
