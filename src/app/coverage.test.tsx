import { describe, expect, it } from 'vitest';
import { DATASET_IDS } from '@/data/api/get-dataset';
import { datasetPayload } from '@/testing/fixtures';
import { renderApp, screen } from '@/testing/test-utils';
import { routes } from './routes';

/** Renders a page and returns every figure it cites (tiles and frames' source lists). */
async function citedOn(path: string): Promise<Set<string>> {
  const { container, unmount } = await renderApp(`/zh${path}`);
  await screen.findByRole('heading', { level: 1 });
  // Wait for every frame to leave its loading state (an empty live region is not one).
  await expect
    .poll(() => container.querySelectorAll('[aria-busy="true"], [role="status"]:not(:empty)').length, { timeout: 5000 })
    .toBe(0);
  const ids = new Set(
    [...container.querySelectorAll('[data-figure-id]')].map((el) => el.getAttribute('data-figure-id') ?? ''),
  );
  unmount();
  return ids;
}

describe('the dashboard', () => {
  it('shows every figure of every dataset on some page, with its source sentence', async () => {
    const cited = new Set<string>();
    for (const path of routes.flatMap((r) => (r.prerender === 'frames' ? [] : r.prerender)))
      for (const id of await citedOn(path)) cited.add(id);
    const all = DATASET_IDS.flatMap((id) => datasetPayload(id).figures.map((f) => `${id}:${f.id}`));
    expect(all.length).toBeGreaterThan(80);
    expect(all.filter((id) => !cited.has(id))).toEqual([]);
  }, 30_000);
});
