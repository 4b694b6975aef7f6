import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { keepScreenshot } from '../support/screenshots.ts';
import { expect, test } from '../support/test.ts';

/** The share of the stage that panels cover: header, each headline tile, each chart panel, footer. */
const coverage = (page: Page) =>
  page.evaluate(() => {
    const stage = document.querySelector('.wall-stage__stage')?.getBoundingClientRect();
    if (!stage) return 0;
    const boxes = [
      ...document.querySelectorAll(
        '.big-screen__header, .big-screen__tiles .tile, .big-screen .panel, .big-screen__footer',
      ),
    ].map((el) => el.getBoundingClientRect());
    return boxes.reduce((sum, b) => sum + b.width * b.height, 0) / (stage.width * stage.height);
  });

/** Holds the page's fake clock still, so only runFor moves it (timers fire exactly then). */
async function holdClock(page: Page) {
  // The page's clock runs on while this reaches it: aim a second ahead, again if it got there first.
  for (let attempt = 0; ; attempt += 1) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + 1_000);
      return;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('to the past')) throw error;
    }
  }
}

/**
 * Moves the held clock on in small steps until `check` passes: a response that arrives after a
 * runFor reaches the page through timers of its own (the query cache batches its updates with
 * setTimeout 0), which only fire when the clock moves.
 */
async function until(page: Page, check: () => Promise<void> | void) {
  await expect(async () => {
    await page.clock.runFor(100);
    await check();
  }).toPass({ timeout: 15_000 });
}

test.describe('big screen', () => {
  for (const { width, height } of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 1080 },
    { width: 1024, height: 768 },
    { width: 3840, height: 2160 },
  ]) {
    test(`at ${width}×${height} the panels fill the stage, undistorted, dark, axe clean`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.setViewportSize({ width, height });
      await page.goto('/zh/big-screen');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('濮阳市基层治理数据大屏');
      await expect(page.locator('.big-screen')).toHaveAttribute('data-theme-scope', 'wall');
      await expect(page.locator('.big-screen .county-map__svg')).toBeVisible();
      await expect(page.locator('.big-screen__tiles .tile')).toHaveCount(6);
      await expect(page.locator('.clock time')).toBeVisible();
      const stage = page.locator('.wall-stage__stage');
      // Uniform scale (no distortion), and the stage is the whole window between 4:3 and 32:9.
      const scaleX = await stage.getAttribute('data-scale-x');
      expect(scaleX).toBe(await stage.getAttribute('data-scale-y'));
      const box = await stage.boundingBox();
      expect(box).not.toBeNull();
      expect(box?.width).toBeCloseTo(width, 0);
      expect(box?.height).toBeCloseTo(height, 0);
      expect(await coverage(page)).toBeGreaterThanOrEqual(0.9);
      const scroll = await page.evaluate(() => ({
        x: document.documentElement.scrollWidth - window.innerWidth,
        y: document.documentElement.scrollHeight - window.innerHeight,
      }));
      expect(scroll).toEqual({ x: 0, y: 0 });
      // Nothing spills out of its panel, once the charts have measured their panels.
      const clipped = () =>
        page
          .locator('.big-screen__layout > *, .big-screen .tile, .big-screen .panel__body')
          .evaluateAll((panels: HTMLElement[]) =>
            panels
              .filter((p) => p.scrollHeight > p.clientHeight + 1)
              .map(
                (p) =>
                  `${p.closest('[data-slot]')?.getAttribute('data-slot') ?? p.className} by ${p.scrollHeight - p.clientHeight}px`,
              ),
          );
      await expect.poll(clipped).toEqual([]);
      if (width === 3840 && height === 1080) {
        // A two-screen wall gets the county ranking and a carousel too.
        await expect(page.locator('[data-slot="ranking"] .ranking-list__item')).toHaveCount(9);
        await expect(page.locator('[data-slot="carousel"] .panel')).toHaveCount(1);
      }
      await expectNoAxeViolations(page);
      const file = test.info().outputPath(`big-screen-${width}x${height}.png`);
      await page.screenshot({ path: file });
      keepScreenshot(file, `big-screen-${width}x${height}.png`);
    });
  }

  test('the URL chooses panels, their order, the light theme and the scale mode', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/en/big-screen?panels=disputes,map&theme=light&scale=stretch');
    await expect(page.locator('.big-screen')).toHaveAttribute('data-theme-scope', 'projector');
    await expect(page.locator('.big-screen__slot')).toHaveCount(2);
    await expect(page.locator('.big-screen__slot').first()).toHaveAttribute('data-slot', 'disputes');
    const stage = page.locator('.wall-stage__stage');
    await expect(stage).toHaveAttribute('data-scale-x', String(1024 / 1920));
    await expect(stage).toHaveAttribute('data-scale-y', String(768 / 1080));
    await expectNoAxeViolations(page);

    await page.goto('/en/big-screen?scale=width');
    await page.setViewportSize({ width: 1920, height: 540 });
    // Fill the width and scroll down: the stage is twice the window's height.
    await expect(page.locator('.wall-stage')).toHaveAttribute('data-scrolls', 'true');
    await expect(stage).toHaveAttribute('data-scale-x', '1');
  });

  test('a carousel URL rotates its panels, and the ranking its measures, at the interval (fake clock)', async ({
    page,
  }) => {
    const frames = ['councils', 'disputes', 'map'];
    const measures = ['total', 'villages', 'communities'];
    await page.clock.install();
    await page.goto(`/zh/big-screen?panels=ranking,carousel&rotate=${frames.join(',')}&interval=20`);
    const carousel = page.locator('[data-slot="carousel"] .panel');
    const ranking = page.locator('[data-slot="ranking"] .panel');
    await expect(ranking.locator('.ranking-list__item')).toHaveCount(9);
    await holdClock(page);
    // The turn follows the clock's 20-second boundaries (screens of a wall turn together).
    const now = await page.evaluate(() => Date.now());
    const step = Math.floor(now / 20_000);
    const shows = async (n: number) => {
      await expect(carousel).toHaveAttribute('data-frame', frames[n % 3] ?? '');
      await expect(ranking).toHaveAttribute('data-measure', measures[n % 3] ?? '');
      await expect(page.locator('.carousel__position')).toHaveText(`轮播 ${(n % 3) + 1} / 3`);
    };
    await shows(step);
    const toNext = 20_000 - (now % 20_000);
    await page.clock.runFor(toNext - 1);
    await shows(step);
    await page.clock.runFor(1);
    await shows(step + 1);
    await page.clock.runFor(19_999);
    await shows(step + 1);
    await page.clock.runFor(1);
    await shows(step + 2);
    // 华龙区 has the most communities (148), 濮阳县 the most villages and the largest total.
    await expect(ranking.locator('.ranking-list__item').first()).toContainText(
      measures[(step + 2) % 3] === 'communities' ? '华龙区' : '濮阳县',
    );
    await page.clock.runFor(20_000);
    await shows(step + 3);
  });

  test('a new release published to the API is taken in within one poll, without a reload or a flash', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install();
    let published = false;
    let checks = 0;
    await page.route(/\/api\/v1\/index\.json\?checked=/, async (route) => {
      checks += 1;
      const response = await route.fetch();
      const json = (await response.json()) as { datasets: { id: string; version: string }[] };
      if (published)
        json.datasets = json.datasets.map((d) => (d.id === 'divisions' ? { ...d, version: '2024-01-15' } : d));
      await route.fulfill({ response, json });
    });
    await page.route('**/api/v1/datasets/divisions.json', async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { version: string; figures: { id: string; value: number }[] };
      if (published) {
        // 20 more villages in 濮阳县, and the city's totals with them.
        const more: Record<string, number> = { 'villages.puyang-county': 20, 'villages.city': 20, 'total.city': 20 };
        json.version = '2024-01-15';
        json.figures = json.figures.map((f) => ({ ...f, value: f.value + (more[f.id] ?? 0) }));
      }
      await route.fulfill({ response, json });
    });
    await page.goto('/zh/big-screen?poll=60');
    const total = page.locator('.big-screen__tiles .tile').first();
    await expect(total).toContainText('3,159个');
    await holdClock(page);
    // The first check, one interval after the page opened, finds the release it shows.
    expect(checks).toBe(0);
    await page.clock.runFor(60_000);
    await expect.poll(() => checks).toBe(1);
    // Its answer taken in (the next check is an interval after it).
    await until(page, async () => expect(await page.locator('.big-screen[data-release-checked]').count()).toBe(1));
    await page.evaluate(() => {
      (window as Window & { sameDocument?: boolean }).sameDocument = true;
      // Any panel going back to "loading" while the new release comes in would be a flash.
      new MutationObserver(() => {
        if (document.querySelector('.big-screen [role="status"]:not(.clock *)')?.textContent?.includes('加载'))
          document.documentElement.dataset.flashed = 'true';
      }).observe(document.body, { subtree: true, childList: true });
    });

    published = true;
    // The next check is an interval after the last one's answer came in.
    await page.clock.runFor(60_000);
    await until(page, () => expect(checks).toBe(2));
    await until(page, async () => expect(await total.textContent()).toContain('3,179个'));
    await expect(page.locator('[data-slot="counties"]')).toContainText('1,034');
    await expect(page.locator('[data-slot="map"]')).toContainText('1,034');
    // Checks then go on at the same pace: no check in between.
    expect(checks).toBe(2);
    expect(await page.evaluate(() => (window as Window & { sameDocument?: boolean }).sameDocument)).toBe(true);
    await expect(page.locator('html')).not.toHaveAttribute('data-flashed', 'true');
  });

  test.describe(() => {
    // The check made to fail is logged by the browser.
    test.use({ allowConsoleErrors: [/Failed to load resource/] });
    test('offline, or when a check fails, the screen says since when its data is frozen; a good check clears it', async ({
      page,
      context,
    }) => {
      await page.clock.install();
      let checks = 0;
      let failing = false;
      await page.route(/\/api\/v1\/index\.json\?checked=/, (route) => {
        checks += 1;
        return failing ? route.abort('failed') : route.fallback();
      });
      await page.goto('/en/big-screen?poll=60');
      const status = page.locator('.big-screen__status');
      await expect(page.locator('.big-screen__tiles .tile')).toHaveCount(6);
      await holdClock(page);
      await expect(status).toHaveCount(0);
      await expect(page.locator('.big-screen__asof')).toHaveText('Data published 26 July 2023');

      await test.step('a check that fails freezes it until the next good one', async () => {
        failing = true;
        await page.clock.runFor(60_000);
        await until(page, async () => expect(await status.count()).toBe(1));
        expect(checks).toBe(1);
        failing = false;
        await page.clock.runFor(60_000);
        await until(page, async () => expect(await status.count()).toBe(0));
        expect(checks).toBe(2);
      });

      await test.step('offline: frozen at once, and no check is tried', async () => {
        await context.setOffline(true);
        await expect(status).toHaveText(/^Offline: data as of \d{1,2} [A-Z][a-z]+ at \d\d:\d\d$/);
        await page.clock.runFor(120_000);
        expect(checks).toBe(2);
      });

      await test.step('back online: cleared, as no check failed', async () => {
        await context.setOffline(false);
        await until(page, async () => expect(await status.count()).toBe(0));
      });

      await test.step('the frozen screen passes axe', async () => {
        // axe runs on timers of its own: let the clock go again.
        await page.clock.resume();
        await context.setOffline(true);
        await expect(status).toBeVisible();
        await expectNoAxeViolations(page);
        await context.setOffline(false);
      });
    });
  });
});
