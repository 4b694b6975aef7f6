import { expect, type Locator, type Page } from '@playwright/test';

/** The overview page: headline tiles and the county breakdown frame. */
export class OverviewPage {
  readonly page: Page;
  readonly countyFrame: Locator;

  constructor(page: Page) {
    this.page = page;
    this.countyFrame = page.locator('[data-frame="counties"]');
  }

  async goto(path = '/') {
    await this.page.goto(path);
  }

  async hasTotal(text: string) {
    await expect(this.page.locator('.tile[data-figure-id="divisions:total.city"]')).toContainText(text);
  }

  async hasChartWithUnits(names: readonly string[]) {
    // The labelled chart image (Recharts' inner <svg> also has an implicit img role, without a name).
    const chart = this.countyFrame.getByRole('img', { name: /\S/ });
    await expect(chart).toBeVisible();
    for (const name of names) await expect(chart.getByText(name, { exact: true })).toBeVisible();
  }

  async openTable() {
    await this.countyFrame.getByRole('tab', { name: /表格|Table/ }).click();
    await expect(this.countyFrame.getByRole('table')).toBeVisible();
  }

  async hasTableRows(names: readonly string[]) {
    const table = this.countyFrame.getByRole('table');
    await expect(table.locator('tbody tr')).toHaveCount(names.length);
    for (const name of names) await expect(table.getByRole('rowheader', { name, exact: true })).toBeVisible();
  }

  async rowCells(name: string): Promise<string[]> {
    const row = this.countyFrame
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
    return row.getByRole('cell').allTextContents();
  }
}
