import type { Frame, Page } from '@playwright/test';
import { APP_ORIGIN, OTHER_ORIGIN } from '../support/nginx.ts';
import { expect, test } from '../support/test.ts';

/** The embed code the county frame offers, as a journalist copies it. */
async function embedCode(page: Page): Promise<string> {
  await page.goto(`${APP_ORIGIN}/zh/counties`);
  const tools = page.locator('[data-frame="counties"]').getByRole('group', { name: /下载与引用/ });
  await tools.locator('summary', { hasText: '嵌入' }).click();
  return tools.getByLabel('嵌入代码').inputValue();
}

/** The embed's frame on the other site's page, once its chart is drawn. */
async function embedded(host: Page): Promise<Frame> {
  const handle = await host.locator('#embed iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the embed code made no iframe');
  await frame.locator('.frame__source').waitFor();
  await frame.locator('.bar-chart__category').first().waitFor();
  return frame;
}

for (const width of [360, 1440]) {
  test(`pasted on another site at ${width} px, an embed is as tall as its content: legend and source line, no inner scroll bar`, async ({
    page,
    browser,
  }) => {
    const code = await embedCode(page);
    expect(code).toMatch(/<script src="http:\/\/localhost:\d+\/embed\.js" async><\/script>$/);
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const host = await context.newPage();
    await host.goto(`${OTHER_ORIGIN}/embed.html?code=${encodeURIComponent(code)}`);
    const frame = await embedded(host);
    const iframe = host.locator('#embed iframe');
    // The embed reports its height and the host's script sizes the iframe to it: nothing scrolls inside.
    await expect
      .poll(async () => frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight))
      .toBeLessThanOrEqual(0);
    const box = await iframe.boundingBox();
    // The host's column is at most 1000 px wide; the embed takes its whole width.
    expect(box?.width).toBeGreaterThan(Math.min(width, 1000) * 0.8);
    for (const part of ['.bar-chart__legend', '.frame__source', '.embed__footer']) {
      // Boxes are in the page's coordinates: inside the iframe's box, so the host page shows it.
      const inner = await frame.locator(part).boundingBox();
      expect(inner, part).not.toBeNull();
      expect((inner?.y ?? 0) + (inner?.height ?? 0), part).toBeLessThanOrEqual((box?.y ?? 0) + (box?.height ?? 0) + 1);
    }
    await expect(frame.getByText(/来源：濮阳市民政局/)).toBeVisible();
    await expect(host.locator('#after')).toBeVisible();
    await context.close();
  });
}
