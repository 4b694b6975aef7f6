import { expect, type Locator } from '@playwright/test';
import { ImportPage } from './import.page.ts';

/** The import page's table import: paste or choose a table, check its places, take the dataset file. */
export class TableImportPage extends ImportPage {
  async startNewTable() {
    await this.page.getByRole('button', { name: /^(新建表格导入|New table import)$/ }).click();
  }

  async chooseTable(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.locator('input[type=file][accept^=".csv"]').setInputFiles(file);
  }

  async pasteTable(text: string) {
    await this.page.getByRole('textbox', { name: /^(粘贴表格|Paste a table)$/ }).fill(text);
  }

  async citeAll(title: string, issuer: string, date: string) {
    await this.cite(title, issuer);
    await this.page.getByLabel(/^(成文日期|Date of the document)$/).fill(date);
  }

  /** The editor section: where it says in which thread the file was read. */
  editor(): Locator {
    return this.page.locator('section.import__editor');
  }

  places(): Locator {
    return this.page.getByRole('table', { name: /^(地方与区划代码|Places and division codes)$/ });
  }

  /** The line of the places table for a place as written. */
  placeRow(written: string): Locator {
    return this.places()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: written, exact: true }) });
  }

  messages(): Locator {
    return this.page.locator('.import__messages li');
  }

  async expectAllChecksPass(count: number) {
    await expect(
      this.page.getByText(new RegExp(`^(全部 ${count} 项检查通过。|All ${count} checks pass\\.)$`)),
    ).toBeVisible();
  }
}
