import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The import page: paste or choose a document, review its figures, take the dataset file. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async open(language: 'zh' | 'en' = 'zh') {
    await this.page.goto(`/${language}/import`);
  }

  async startNew() {
    await this.page.getByRole('button', { name: /^(新建文件导入|New document import)$/ }).click();
  }

  text(): Locator {
    return this.page.getByRole('textbox', { name: /^(文件正文|Document text)$/ });
  }

  async paste(text: string) {
    await this.text().fill(text);
  }

  async cite(title: string, issuer: string) {
    await this.page.getByLabel(/^(文件标题|Document title)$/).fill(title);
    await this.page.getByLabel(/^(发文单位|Issued by)$/).fill(issuer);
  }

  async choose(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.locator('input[type=file][accept^=".txt"]').setInputFiles(file);
  }

  progress(): Locator {
    return this.page.locator('.import__progress');
  }

  rows(): Locator {
    return this.page.getByRole('table').locator('tbody tr');
  }

  async acceptOpen() {
    await this.page.getByRole('button', { name: /^(采用全部待审核的数字|Accept all figures still to review)/ }).click();
  }

  async downloadDataset(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: /^(下载数据集文件|Download the dataset file)/ }).click(),
    ]);
    return download;
  }

  /** The PowerPoint file of every chart of the import (`count` of them). */
  async downloadSlides(count: number): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page
        .getByRole('button', {
          name: new RegExp(`^(下载全部图表的演示文稿（PowerPoint，${count} 页）|Download every chart as slides)`),
        })
        .click(),
    ]);
    return download;
  }

  async hasProblem(text: string) {
    await expect(this.page.getByRole('alert')).toContainText(text);
  }
}
