import type { Frame, Page } from '@playwright/test';
import { APP_ORIGIN, OTHER_ORIGIN } from '../support/nginx.ts';
import { expect, test } from '../support/test.ts';

/**
 * Another site (another origin) frames the dashboard's pages: embed pages render inside its
 * iframe, every other page is refused by the browser (frame-ancestors 'none').
 */

// The browser reports the refused frame as a console error of the framing page: expected here.
const REFUSED = /violates the following Content Security Policy directive: "frame-ancestors/;
test.use({ allowConsoleErrors: [REFUSED] });

// Embed pages in both languages (the CSP spec checks every prerendered embed page's policy).
const EMBEDS = ['/zh/embed/counties', '/en/embed/map', '/zh/embed/renovation-investment'];

async function frameFromOtherSite(page: Page, path: string): Promise<{ frame: Frame; refused: string[] }> {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (REFUSED.test(m.text())) refused.push(m.text());
  });
  await page.goto(`${OTHER_ORIGIN}/frame.html?src=${encodeURIComponent(`${APP_ORIGIN}${path}`)}`);
  await expect(page.getByRole('heading', { name: 'Another site' })).toBeVisible();
  const iframe = page.locator('#framed');
  await expect(iframe).toHaveAttribute('src', `${APP_ORIGIN}${path}`);
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame for ${path}`);
  await frame.waitForLoadState('load');
  return { frame, refused };
}

for (const path of ['/zh/', '/en/counties', '/zh/counties/hualong', '/shell.html']) {
  test(`another site cannot frame ${path}`, async ({ page }) => {
    const { frame, refused } = await frameFromOtherSite(page, path);
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    expect(refused.join('\n')).toContain("frame-ancestors 'none'");
    // Nothing of the dashboard is in the frame: the browser shows its own error page.
    expect(frame.url()).not.toContain(APP_ORIGIN);
    expect(await frame.locator('#root').count()).toBe(0);
  });
}

for (const path of EMBEDS) {
  test(`another site can frame the embed page ${path}`, async ({ page }) => {
    const { frame, refused } = await frameFromOtherSite(page, path);
    await expect(frame.locator('#root')).not.toBeEmpty();
    await expect(frame.locator('[data-frame]')).toHaveCount(1);
    await expect(frame.locator('.site-header')).toHaveCount(0);
    expect(frame.url()).toBe(`${APP_ORIGIN}${path}`);
    expect(refused).toEqual([]);
  });
}
