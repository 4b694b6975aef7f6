import { describe, expect, it } from 'vitest';
import { renderApp, screen, userEvent, within } from '@/testing/test-utils';

describe('ShownPage', () => {
  it('keeps the current page on screen, not the loading fallback, while the next page loads', async () => {
    const user = userEvent.setup();
    await renderApp('/zh/counties');
    expect(await screen.findByRole('heading', { level: 1, name: '县（区）' })).toBeInTheDocument();
    // The route's fallback, not a frame's own loading line (the page's frames may still be loading).
    expect(document.querySelector('.page-loading')).toBeNull();
    // Every state the page passes through on the way to the next one.
    const seen: { fallback: boolean; busy: boolean } = { fallback: false, busy: false };
    const observer = new MutationObserver(() => {
      if (document.querySelector('.page-loading')) seen.fallback = true;
      if (document.querySelector('main[aria-busy="true"]')) seen.busy = true;
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    try {
      await user.click(screen.getByRole('link', { name: '术语' }));
      expect(await screen.findByRole('heading', { level: 1, name: '术语' })).toBeInTheDocument();
    } finally {
      observer.disconnect();
    }
    expect(seen).toEqual({ fallback: false, busy: true });
    expect(document.querySelector('main')).not.toHaveAttribute('aria-busy');
  });

  it('leaves a page as it was: its table does not fall back to the chart on the way out', async () => {
    const user = userEvent.setup();
    await renderApp('/zh/counties?table=counties');
    const frame = document.querySelector<HTMLElement>('[data-frame="counties"]')!;
    const link = await within(frame).findByRole('link', { name: '华龙区' });
    let chartShown = false;
    const observer = new MutationObserver(() => {
      if (frame.isConnected && frame.querySelector('svg.recharts-surface, .bar-chart')) chartShown = true;
    });
    observer.observe(frame, { childList: true, subtree: true });
    try {
      await user.click(link);
      expect(await screen.findByRole('heading', { level: 1, name: '华龙区' })).toBeInTheDocument();
    } finally {
      observer.disconnect();
    }
    expect(chartShown).toBe(false);
  });
});
