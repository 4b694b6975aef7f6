import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { keepScreenshot } from '../support/screenshots.ts';
import { expect, test } from '../support/test.ts';

/** The slide the room sees, and the slide the presenter view calls current. */
const roomSlide = (page: Page) => page.locator('.slide-frame--current');
const viewHeading = (view: Page) => view.locator('#pv-current');

test.describe('presenter view', () => {
  test('opens with S, shows the next slide and the notes with the quoted sentence, and both windows turn together', async ({
    page,
    context,
  }) => {
    // A deck with the presenter's own note on its first slide.
    await page.goto('/zh/present?deck=v1,renovation-compounds.o先讲总数!c再讲计划,disputes,councils');
    await expect(page.locator('.presenter[data-ready]')).toBeAttached();
    await expect(roomSlide(page)).toHaveAttribute('data-slide', '1');

    const [view] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const errors: string[] = [];
    view.on('pageerror', (e) => errors.push(e.message));
    await expect(view.locator('html[data-interactive]')).toBeAttached();
    await expect(view.locator('.presenter-view[data-ready]')).toBeAttached();
    await expect(view).toHaveURL(/\/zh\/presenter-view\?deck=/);

    await test.step('current and next slide, notes with the quoted sentence, timer and clock', async () => {
      await expect(viewHeading(view)).toHaveText('当前第 1 / 3 页：改造小区（个）');
      await expect(view.locator('#pv-next')).toHaveText('下一页：排查与化解的矛盾纠纷');
      const notes = view.locator('.presenter-view__notes');
      await expect(notes.locator('.slide-notes__own')).toHaveText('先讲总数,再讲计划');
      await expect(notes).toContainText('「其中2022年我市138个、10055户、419栋、112.64万平方米改造任务已全部完成」');
      await expect(notes).toContainText('2023年（计划）：93（计划）');
      await expect(view.getByRole('timer')).toHaveText(/^\d\d:\d\d$/);
      await expect(view.locator('.clock time')).toBeAttached();
      await expect(view.locator('.presenter-view__jump[aria-current]')).toContainText('1');
    });

    await test.step('→ in the presenter view turns the room’s slide', async () => {
      await view.keyboard.press('ArrowRight');
      await expect(viewHeading(view)).toContainText('当前第 2 / 3 页');
      await expect(roomSlide(page)).toHaveAttribute('data-slide', '2');
      await expect(view.locator('.presenter-view__notes')).toContainText('排查');
    });

    await test.step('← in the slide show turns the presenter view back', async () => {
      await page.keyboard.press('ArrowLeft');
      await expect(roomSlide(page)).toHaveAttribute('data-slide', '1');
      await expect(viewHeading(view)).toContainText('当前第 1 / 3 页');
      await page.keyboard.press('ArrowRight');
      await expect(viewHeading(view)).toContainText('当前第 2 / 3 页');
    });

    await test.step('a jump from the slide list moves both', async () => {
      await view.locator('.presenter-view__jump').nth(2).click();
      await expect(roomSlide(page)).toHaveAttribute('data-slide', '3');
      await expect(view.locator('#pv-next')).toHaveText('已是最后一页');
    });

    await test.step('the presenter view passes axe', async () => {
      await expectNoAxeViolations(view);
      const file = test.info().outputPath('presenter-view.png');
      await view.screenshot({ path: file, fullPage: true });
      keepScreenshot(file, 'presenter-view.png');
    });

    await test.step('closing the presenter view leaves the slide show working', async () => {
      await view.close();
      await page.keyboard.press('Home');
      await expect(roomSlide(page)).toHaveAttribute('data-slide', '1');
    });
    expect(errors).toEqual([]);
  });

  test('closing the slide show leaves the presenter view working, in English', async ({ page, context }) => {
    await page.goto('/en/present?deck=v1,disputes,councils');
    await expect(page.locator('.presenter[data-ready]')).toBeAttached();
    const [view] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Presenter view' }).click(),
    ]);
    await expect(view.locator('.presenter-view[data-ready]')).toBeAttached();
    await expect(viewHeading(view)).toHaveText('Slide 1 of 2: Disputes found and resolved');
    await page.close();
    await view.keyboard.press('ArrowRight');
    await expect(viewHeading(view)).toHaveText('Slide 2 of 2: Community consultation councils');
    await expect(view.locator('#pv-next')).toHaveText('This is the last slide');
  });
});
