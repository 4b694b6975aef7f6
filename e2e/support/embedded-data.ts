import type { Page } from '@playwright/test';

/**
 * Serves the prerendered page at `pathname` without the data embedded in it (the
 * `prerender-state` script), so the app has to fetch its datasets: the path that meets injected
 * faults, served datasets and the validator.
 */
export async function serveWithoutEmbeddedData(page: Page, pathname: string): Promise<void> {
  await page.route(
    (url) => url.pathname === pathname,
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        /<script type="application\/json" id="prerender-state">.*?<\/script>/s,
        '',
      );
      await route.fulfill({ response, body });
    },
  );
}
