import { describe, expect, it } from 'vitest';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

/** Role queries over the whole document are slow in jsdom; the anchors have stable ids. */
const anchor = (id: string) => document.getElementById(id);

describe('SourceRoute', () => {
  it('highlights every extracted number and links it to the chart that shows it', { timeout: 15_000 }, async () => {
    await renderApp('/zh/source');
    const hualong = await waitFor(() => {
      const a = anchor('fig-divisions-villages-hualong');
      if (!a) throw new Error('the source text has not rendered yet');
      return a;
    });
    expect(hualong.tagName).toBe('A');
    expect(hualong).toHaveAttribute('href', '/zh/counties#frame-counties');
    expect(hualong).toHaveTextContent(/^20（华龙区 · 村 20个，见图表“各县（区）村和社区数量”）$/);
    const rate = anchor('fig-rule-of-law-disputes-resolution-rate')!;
    expect(rate).toHaveTextContent(/^96\.2%（化解率 96\.2%，见所在页面）$/);
    expect(rate.getAttribute('href')).toMatch(/^\/zh\/rule-of-law/);
    // Every stated figure of every dataset is a highlighted number.
    expect(document.querySelectorAll('.source-text a.source-figure').length).toBeGreaterThanOrEqual(80);
    // The contact person's line is not in this copy.
    const body = document.querySelector('.source-text')!.textContent;
    expect(body).toMatch(/^ ?濮阳市民政局/);
    expect(body).not.toMatch(/联系人|电话|\d{4}-?\d{7}/);
    expect(screen.getByText('文末联系人姓名与电话已从本副本中略去。')).toBeInTheDocument();
    expect(document.querySelector('mark.source-mark')).toBeNull();
  });

  it("marks a deep link's sentence, focuses it and says which figure it is", async () => {
    await renderApp('/zh/source?figure=divisions:communities.hualong');
    const status = await screen.findByText(/^已标出原文句子：华龙区 · 社区 148个$/);
    expect(status).toHaveAttribute('aria-live', 'polite');
    const mark = document.querySelector('mark.source-mark') as HTMLElement;
    expect(mark).toHaveTextContent(/^标出的句子开始：华龙区20（.*）个村，148（.*）个社区（标出的句子结束）$/);
    expect(document.activeElement).toBe(mark);
    expect(within(mark).getByRole('link', { name: /^148（/ })).toBeInTheDocument();
  });

  it('says so when the linked figure does not exist', async () => {
    await renderApp('/zh/source?figure=divisions:nothing.here');
    expect(await screen.findByText('在原文中找不到数字 divisions:nothing.here。')).toBeInTheDocument();
    expect(document.querySelector('mark.source-mark')).toBeNull();
  });
});
