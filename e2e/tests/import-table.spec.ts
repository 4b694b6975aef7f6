import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildStaticApi } from '../../src/build/static-api.ts';
import { readFixtures } from '../../src/build/node/read-fixtures.ts';
import { FrameOnPage } from '../pages/frame.page.ts';
import { TableImportPage } from '../pages/table-import.page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { expect, test } from '../support/test.ts';

const root = join(import.meta.dirname, '..', '..');
const nbs = (name: string) =>
  JSON.parse(readFileSync(join(root, 'fixtures', 'nbs', `${name}.json`), 'utf8')) as unknown;
type County = [string, string, string, number, number, number, number];
const nanjing = (nbs('china-2023') as { cities: { code: string; counties: County[] }[] }).cities.find(
  (c) => c.code === '3201',
)!.counties;
const puyang = (nbs('puyang-2023') as { units: { code: string; name: string; counts: { villages: number } }[] }).units;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Puyang's units with their NBS village committees, as a bureau's workbook would hold them. */
async function puyangWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('表1');
  sheet.addRow(['濮阳市各县（区）村委会数量']);
  sheet.mergeCells('A1:B1');
  sheet.addRow(['县（区）', '村委会（个）']);
  for (const u of puyang) sheet.addRow([u.name, u.counts.villages]);
  const total = puyang.reduce((sum, u) => sum + u.counts.villages, 0);
  sheet.addRow(['合计', { formula: `SUM(B3:B${puyang.length + 2})`, result: total }]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Validates a downloaded dataset file with the build's own code, beside the built-in datasets. */
function expectBuildAccepts(file: { id: string }) {
  const fixtures = readFixtures(root, { history: false });
  const api = buildStaticApi({
    ...fixtures,
    datasets: [...fixtures.datasets, { file: `fixtures/datasets/${file.id}.json`, json: file }],
  });
  expect(api.get(`datasets/${file.id}.json`)).toMatchObject({ schemaVersion: 2, sourceId: file.id });
}

test.describe('import a table', () => {
  test('another city’s county table, a GBK CSV: read in the worker, names matched, charted, checked, kept', async ({
    page,
  }) => {
    const importer = new TableImportPage(page);
    await importer.open();
    await importer.startNewTable();
    await importer.chooseTable({
      name: 'nanjing-2023-gbk.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(join(root, 'fixtures', 'imports', 'nanjing-2023-gbk.csv')),
    });
    await expect(importer.progress()).toHaveText('已读取“nanjing-2023-gbk.csv”：14 行，3 列。 编码：GB18030。');
    await expect(importer.editor()).toHaveAttribute('data-read-in', 'worker');

    await test.step('every place is matched to its code, whatever its spelling', async () => {
      await expect(page.getByText('已匹配 11 个，需要选择 0 个，无代码 0 个。')).toBeVisible();
      await expect(importer.placeRow('鼓楼区')).toContainText('鼓楼区（江苏省南京市）320106');
      await expect(importer.placeRow('江宁')).toContainText('江宁区（江苏省南京市）320115');
      await expect(importer.placeRow('浦口区人民政府')).toContainText('320111');
      await expect(importer.placeRow('全市')).toContainText('合计行');
    });

    await importer.citeAll('南京市各区社区居委会和村委会数量', '国家统计局', '2023-09-11');
    await test.step('charted with the site’s kit, every figure as the table gives it, and the totals add up', async () => {
      const frame = new FrameOnPage(page, 'import-m1');
      await expect(frame.root.getByRole('heading', { name: '社区居委会' })).toBeVisible();
      await frame.openTable();
      for (const [, name, , residents] of nanjing) expect(await frame.row(name)).toContain(String(residents));
      await importer.expectAllChecksPass(2);
      await expectNoAxeViolations(page);
    });

    await test.step('the dataset file passes the build’s validation, each figure citing its cell', async () => {
      const download = await importer.downloadDataset();
      const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
        id: string;
        figures: { id: string; provenance: unknown }[];
      };
      expect(file.figures).toHaveLength(24);
      expect(file.figures.find((f) => f.id === 'm1.320106')?.provenance).toEqual({
        table: 'nanjing-2023-gbk.csv · B6',
      });
      expectBuildAccepts(file);
    });

    await test.step('after a reload the import is still there', async () => {
      await page.reload();
      await expect(importer.progress()).toHaveText('已读取“nanjing-2023-gbk.csv”：14 行，3 列。 编码：GB18030。');
      await expect(page.getByRole('button', { name: 'nanjing-2023-gbk' })).toBeVisible();
    });
  });

  test('an XLSX with a merged title and a formula total, in English: the city’s own units, noted and checked', async ({
    page,
  }) => {
    const importer = new TableImportPage(page);
    await importer.open('en');
    await importer.startNewTable();
    await importer.chooseTable({ name: 'puyang.xlsx', mimeType: XLSX, buffer: await puyangWorkbook() });
    const rows = puyang.length + 3;
    await expect(importer.progress()).toHaveText(`Read “puyang.xlsx”: ${rows} rows, 2 columns. Sheet: 表1.`);
    await expect(importer.editor()).toHaveAttribute('data-read-in', 'worker');
    await expect(page.getByText(`${puyang.length} matched, 0 to choose, 0 without a code.`)).toBeVisible();
    // The merged title above the header is not read, so it has no note.
    await expect(importer.messages()).toHaveText([
      `Row ${rows}, column “村委会（个）” (B${rows}): A formula: the result saved in the file, “${puyang.reduce((s, u) => s + u.counts.villages, 0)}”, is imported.`,
    ]);
    await importer.citeAll('Village committees by county', 'National Bureau of Statistics', '2023-09-11');
    const frame = new FrameOnPage(page, 'import-m1');
    await frame.openTable();
    const fan = puyang.find((u) => u.name === '范县')!;
    expect(await frame.row('Fan County')).toContain(String(fan.counts.villages));
    await importer.expectAllChecksPass(1);
  });

  test('each bad file gets its own message, and a pasted table’s problems name the row and column', async ({
    page,
  }) => {
    const importer = new TableImportPage(page);
    await importer.open('en');
    await importer.startNewTable();
    const workbook = await puyangWorkbook();
    // The same workbook, its directory claiming a part that unpacks to 4 GB.
    const bomb = Buffer.from(workbook);
    let end = bomb.length - 22;
    while (bomb.readUInt32LE(end) !== 0x06054b50) end -= 1;
    bomb.writeUInt32LE(0xfffffff0, bomb.readUInt32LE(end + 16) + 24);
    const compound = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(compound);
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const cases: [string, Buffer, string][] = [
      ['empty.csv', Buffer.alloc(0), '“empty.csv” is empty'],
      ['garbage.csv', garbage, '“garbage.csv” is not a text table'],
      ['old.xls', Buffer.from('x'), '“old.xls” is an old Excel (.xls) or WPS (.et) spreadsheet'],
      ['locked.xlsx', compound, '“locked.xlsx” is protected by a password'],
      ['bomb.xlsx', bomb, '“bomb.xlsx” would unpack to more than 100 MB'],
      ['broken.xlsx', garbage, '“broken.xlsx” is not a valid XLSX file'],
      ['huge.csv', Buffer.alloc(11 * 1024 * 1024, 0x31), '“huge.csv” is over 10 MB'],
      ['reply.docx', Buffer.from('x'), '“reply.docx” is a document, not a table'],
      ['map.png', Buffer.from('x'), 'table import takes CSV, TSV, TXT and XLSX files'],
    ];
    for (const [name, buffer, message] of cases) {
      await importer.chooseTable({ name, mimeType: 'application/octet-stream', buffer });
      await importer.hasProblem(message);
    }

    await importer.pasteTable(['地区\t村（个）', '范县\t约40', '鼓楼区\t5', '台前县\t40-50', '范县\t3'].join('\n'));
    await expect(importer.messages()).toHaveText([
      'Row 2, column “村（个）” (B2): “约40” says about, more than, at least or under: its number is imported and marked as approximate or a bound.',
      'Row 3: “鼓楼区” could be several county-level units: choose one under “Places and division codes”. Until then this row is left out.',
      'Row 4, column “村（个）” (B4): “40-50” is a range, not one number, and was left out. Write one number and note the range elsewhere.',
      'Row 5: “范县” is the same place as row 2: this row was left out.',
    ]);
    await page.getByRole('combobox', { name: 'Which county-level unit is “鼓楼区”' }).selectOption('410204');
    await expect(importer.placeRow('鼓楼区')).toContainText('410204');
    await expect(importer.messages()).toHaveCount(3);
  });
});
