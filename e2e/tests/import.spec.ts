import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildStaticApi } from '../../src/build/static-api.ts';
import { readFixtures } from '../../src/build/node/read-fixtures.ts';
import { ImportPage } from '../pages/import.page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { readDataset } from '../support/fixtures.ts';
import { expect, test } from '../support/test.ts';

const root = join(import.meta.dirname, '..', '..');
const reply = readFileSync(join(root, 'fixtures', 'sources', 'puyang-mca-2023-188.txt'), 'utf8');
// Every built-in dataset, found from the files as the build finds them.
const DATASETS = readdirSync(join(root, 'fixtures', 'datasets'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const statedCount = DATASETS.flatMap((id) => readDataset(id).figures.filter((f) => f.kind === 'stated')).length;

test.describe('import a document', () => {
  test('the bureau reply, pasted: every stated figure proposed, reviewed, kept on reload, and a dataset file the build accepts', async ({
    page,
  }) => {
    const importer = new ImportPage(page);
    await importer.open();
    await importer.startNew();
    await test.step('paste the reply and see every stated figure proposed', async () => {
      await importer.paste(reply);
      await expect(importer.progress()).toHaveText(
        `共 ${statedCount} 个：已采用 0 个，已舍弃 0 个，待审核 ${statedCount} 个。`,
      );
      await expect(page.getByLabel('成文日期')).toHaveValue('2023-07-26');
      const first = importer.rows().first();
      await expect(first).toContainText('3159个');
      await expect(first.locator('mark')).toHaveText('3159个');
      // A page of 20 at a time (a page is painted at once, so it stays short): the rest are a click away.
      const pages = Math.ceil(statedCount / 20);
      const pager = page.getByRole('navigation', { name: '翻页' });
      await expect(pager).toContainText(`第 1 / ${pages} 页（第 1–20 个，共 ${statedCount} 个）`);
      await pager.getByRole('button', { name: '下一页' }).click();
      await expect(pager).toContainText(`第 2 / ${pages} 页（第 21–40 个，共 ${statedCount} 个）`);
      await expect(importer.rows()).toHaveCount(20);
      await pager.getByRole('button', { name: '上一页' }).click();
    });
    await test.step('cite it and accept every proposal', async () => {
      await importer.cite('关于对市政协九届一次会议第188号提案的答复', '濮阳市民政局');
      await importer.acceptOpen();
      await expect(importer.progress()).toHaveText(
        `共 ${statedCount} 个：已采用 ${statedCount} 个，已舍弃 0 个，待审核 0 个。`,
      );
      await expectNoAxeViolations(page);
    });
    await test.step('the county breakdown is drawn by the same kit, each figure linked to its sentence', async () => {
      const villages = page.getByRole('region', { name: '村', exact: true });
      await expect(villages.locator('svg.recharts-surface')).toBeVisible();
      await expect(villages).toContainText('您导入的数据');
      await villages.getByRole('tab', { name: '表格' }).click();
      const row = villages.getByRole('row').filter({ hasText: '濮阳县' });
      await expect(row).toContainText('980');
      await villages.getByText('查看每个数字的原文').click();
      await villages
        .getByRole('link', { name: /濮阳县/ })
        .first()
        .click();
      await expect(page.locator('.import__text mark:target')).toHaveText('980个');
    });
    await test.step('every chart is a slide of a PowerPoint file, with the same figures', async () => {
      const charts = await page.locator('.import__editor [data-frame]').count();
      expect(charts).toBeGreaterThan(1);
      const download = await importer.downloadSlides(charts);
      expect(download.suggestedFilename()).toMatch(/\.pptx$/);
      const zip = await JSZip.loadAsync(readFileSync(await download.path()));
      const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      // A title slide, then one per chart.
      expect(slides).toHaveLength(charts + 1);
      expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toContain('您导入的数据，保存在本设备上');
      const xml = (
        await Promise.all(
          Object.keys(zip.files)
            .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
            .map((n) => zip.file(n)!.async('string')),
        )
      ).join('');
      expect(xml).toContain('<c:v>980</c:v>');
    });
    await test.step('the charts as a slide show: full screen, turned by the keyboard, Esc back to the import', async () => {
      const charts = await page.locator('.import__editor [data-frame]').count();
      await page.getByRole('link', { name: `全屏演示这些图表（${charts} 页）` }).click();
      await expect(page).toHaveURL(/\/zh\/import\/slides\?import=imp-/);
      await expect(page.locator('html[data-interactive]')).toBeAttached();
      const first = page.getByRole('article', { name: '村', exact: true });
      await expect(first).toBeVisible();
      await expect(first).toContainText('980');
      await expect(first).toContainText(`1 / ${charts}`);
      await expectNoAxeViolations(page);
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('article', { name: '社区', exact: true })).toBeVisible();
      await expect(page).toHaveURL(/slide=2/);
      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(/\/zh\/import$/);
      await expect(importer.progress()).toContainText(`已采用 ${statedCount} 个`);
    });
    await test.step('the checks the audit page runs are proposed, and all pass', async () => {
      await expect(page.locator('.audit-summary')).toHaveText('全部 7 项检查通过。');
      await expect(page.locator('.audit-summary--pass')).toBeVisible();
    });
    await test.step('reload: the import and its review are still there', async () => {
      await page.reload();
      await expect(importer.progress()).toHaveText(
        `共 ${statedCount} 个：已采用 ${statedCount} 个，已舍弃 0 个，待审核 0 个。`,
      );
      await expect(page.getByLabel('发文单位')).toHaveValue('濮阳市民政局');
    });
    await test.step('the dataset file passes the build’s own validation beside the built-in datasets', async () => {
      const download = await importer.downloadDataset();
      const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { id: string; figures: unknown[] };
      expect(download.suggestedFilename()).toBe(`${file.id}.json`);
      expect(file.figures).toHaveLength(statedCount);
      const fixtures = readFixtures(root, { history: false });
      const api = buildStaticApi({
        ...fixtures,
        datasets: [...fixtures.datasets, { file: `fixtures/datasets/${file.id}.json`, json: file }],
      });
      expect(api.get(`datasets/${file.id}.json`)).toMatchObject({ schemaVersion: 2, sourceId: file.id });
    });
  });

  test('a file it cannot read gets a message that says what to do; a GBK text file and a DOCX read', async ({
    page,
  }) => {
    const importer = new ImportPage(page);
    await importer.open('en');
    await importer.startNew();
    await importer.choose({ name: 'reply.doc', mimeType: 'application/msword', buffer: Buffer.from('x') });
    await importer.hasProblem('“reply.doc” is an old Word or WPS document, which cannot be read. Save it as .txt');
    await importer.choose({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await importer.hasProblem('“empty.txt” is empty.');
    // 濮阳县980个村 in GBK, as Chinese Windows Notepad saves it.
    const gbk = Buffer.from([0xe5, 0xa7, 0xd1, 0xf4, 0xcf, 0xd8, 0x39, 0x38, 0x30, 0xb8, 0xf6, 0xb4, 0xe5]);
    await importer.choose({ name: 'gbk.txt', mimeType: 'text/plain', buffer: gbk });
    await expect(importer.text()).toHaveValue('濮阳县980个村');
    await expect(importer.progress()).toHaveText('1 in all: 0 accepted, 0 rejected, 1 to review.');
    // A Word document: its paragraphs' text, one per line.
    const docx = new JSZip();
    docx.file(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        '<w:p><w:r><w:t>濮阳县980个村，</w:t></w:r><w:r><w:t>34个社区</w:t></w:r></w:p><w:p><w:r><w:t>范县3个社区</w:t></w:r></w:p>' +
        '</w:body></w:document>',
    );
    await importer.choose({
      name: 'reply.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await docx.generateAsync({ type: 'nodebuffer' }),
    });
    await expect(importer.text()).toHaveValue('濮阳县980个村，34个社区\n范县3个社区');
    await expect(importer.progress()).toHaveText('3 in all: 0 accepted, 0 rejected, 3 to review.');
  });

  test('a PDF with a text layer gives its paragraphs, read by pdf.js in its own worker; a scan or a broken PDF says what to do', async ({
    page,
  }) => {
    const importer = new ImportPage(page);
    await importer.open();
    await importer.startNew();
    const pdf = (name: string) => ({
      name,
      mimeType: 'application/pdf',
      buffer: readFileSync(join(root, 'fixtures', 'imports', name)),
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    // An excerpt of the reply printed to PDF: its paragraph broken over three lines of the page.
    await importer.choose(pdf('reply-excerpt.pdf'));
    // The paragraph as the reply writes it: one line again, 华龙区 and 工业园区 as characters (the
    // PDF's font maps 龙 and 工 to radicals).
    const paragraph = reply.slice(reply.indexOf('（一）'), reply.indexOf('（二）')).trim();
    await expect(importer.text()).toHaveValue(`濮阳市民政局\n1、社区治理工作总体情况\n${paragraph}\n2023年7月26日`);
    await expect(page.getByLabel('成文日期')).toHaveValue('2023-07-26');
    await expect(importer.progress()).toHaveText('共 18 个：已采用 0 个，已舍弃 0 个，待审核 18 个。');
    expect(workers.some((url) => /\/assets\/pdf-worker-[\w-]+\.js$/.test(url))).toBe(true);
    await expect(page.getByRole('combobox', { name: '372个 所属的地方' })).toHaveValue('台前县');
    await expect(page.getByRole('combobox', { name: '20个 所属的地方' })).toHaveValue('华龙区');

    await importer.choose(pdf('scan-without-text.pdf'));
    await importer.hasProblem('“scan-without-text.pdf”是没有文字层的 PDF（多为扫描件），读不出文字。');
    const broken = readFileSync(join(root, 'fixtures', 'imports', 'reply-excerpt.pdf')).subarray(0, 4000);
    await importer.choose({ name: 'cut.pdf', mimeType: 'application/pdf', buffer: broken });
    await importer.hasProblem('“cut.pdf”不是完整的 PDF 文件');
    // What was read before stays.
    await expect(importer.text()).toHaveValue(/^濮阳市民政局/);
  });
});
