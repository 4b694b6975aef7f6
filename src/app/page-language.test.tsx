import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, renderApp, screen, userEvent } from '@/testing/test-utils';

describe('switching language', () => {
  it('re-renders the page in the other language in place, and Back switches back', async () => {
    const user = userEvent.setup();
    const description = document.createElement('meta');
    description.name = 'description';
    document.head.append(description);
    await renderApp('/zh/counties?table=counties');
    expect(await screen.findByRole('heading', { level: 1, name: '县（区）' })).toBeInTheDocument();
    // Anything shown on the way: a page that is not the county page (a fallback, "not found").
    let left = false;
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-frame="counties"]')) left = true;
    });
    observer.observe(document.body, { childList: true, subtree: true });
    try {
      await user.click(screen.getByRole('link', { name: 'English' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Counties' })).toBeInTheDocument();
    } finally {
      observer.disconnect();
    }
    expect(left).toBe(false);
    expect(window.location.pathname + window.location.search).toBe('/en/counties?table=counties');
    expect(document.documentElement.lang).toBe('en');
    // The page's own title and description, in English.
    expect(document.title).toBe('Counties · Puyang grass-roots governance data');
    expect(description.content).toMatch(/^Villages and communities in Puyang's nine county-level units/);
    // The view in the address is kept, and links now lead to English pages.
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Glossary' })).toHaveAttribute('href', '/en/glossary');
    expect(screen.getByRole('link', { name: '中文' })).toHaveAttribute('href', '/zh/counties?table=counties');

    act(() => window.history.back());
    expect(await screen.findByRole('heading', { level: 1, name: '县（区）' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe('县（区） · 濮阳市基层治理数据');
    expect(description.content).toMatch(/^濮阳市九个县级单位的村和社区数量/);
    description.remove();
    expect(screen.getByRole('link', { name: '术语' })).toHaveAttribute('href', '/zh/glossary');
  });

  it('leaves a click that opens a new tab or window to the browser', async () => {
    await renderApp('/zh/');
    const link = await screen.findByRole('link', { name: 'English' });
    // fireEvent returns false when the handler prevented the browser's default action.
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(fireEvent.click(link, { shiftKey: true })).toBe(true);
    expect(window.location.pathname).toBe('/zh/');
    expect(fireEvent.click(link)).toBe(false);
  });
});
