import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** One chart frame on a page: its tabs, its chart's reading layer, its table and its downloads. */
export class FrameOnPage {
  readonly page: Page;
  readonly root: Locator;

  constructor(page: Page, id: string) {
    this.page = page;
    this.root = page.locator(`[data-frame="${id}"]`);
  }

  /** The band of a category in the chart (the hover and tap target), by category id. */
  bar(categoryId: string): Locator {
    return this.root.locator(`.bar-chart__hit[data-category="${categoryId}"]`);
  }

  tooltip(): Locator {
    return this.root.getByRole('tooltip');
  }

  async hasTooltipFor(categoryId: string, ...texts: string[]) {
    await this.bar(categoryId).hover();
    for (const text of texts) await expect(this.tooltip()).toContainText(text);
  }

  async openTable() {
    await this.root.getByRole('tab', { name: /表格|Table/ }).click();
    await expect(this.root.getByRole('table')).toBeVisible();
  }

  /** The text of every cell of a row, by the row's name. */
  async row(name: string): Promise<string[]> {
    const row = this.root
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
    return row.getByRole('cell').allTextContents();
  }

  /** Downloads the view in a format (its button's name starts with `label`) and reads the file. */
  async download(label: RegExp): Promise<{ name: string; text: string }> {
    const tools = this.root.getByRole('group', { name: /下载与引用|Download and cite/ });
    const menu = tools.locator('details', { has: this.page.locator('summary', { hasText: /下载|Download/ }) });
    if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
    const [file] = await Promise.all([
      this.page.waitForEvent('download'),
      tools.getByRole('button', { name: label }).click(),
    ]);
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
  }
}
