import { expect, type Locator, type Page } from '@playwright/test';

/** The change-over-time pages: pick a city or a county, search a change list. */
export class HistoryPage {
  constructor(readonly page: Page) {}

  /** Types into a city picker and chooses the city whose button carries its code. */
  async pickCity(
    query: string,
    code: string,
    label: RegExp = /查找城市|Find a city|突出显示一个城市|Highlight a city/,
  ) {
    await this.page.getByLabel(label).fill(query);
    await this.page.locator(`button[data-city="${code}"]`).click();
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: /搜索名称或代码|Search the changes/ }).fill(text);
  }

  /** The search results' table (the list under the search field). */
  results(): Locator {
    return this.page.locator('section[aria-live="polite"]').getByRole('table');
  }

  async expectNoChineseOutsideMarkedNames() {
    const stray = await this.page.evaluate(() => {
      const cjk = /[\u3400-\u9fff]/;
      const out: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!cjk.test(text)) continue;
        const parent = node.parentElement;
        // Names marked as Chinese, and quoted sentences.
        if (parent?.closest('[lang^="zh"], blockquote, q')) continue;
        out.push(text.trim());
      }
      return out;
    });
    expect(stray).toEqual([]);
  }
}
