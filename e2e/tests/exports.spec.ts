import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Download, Locator, Page } from '@playwright/test';
import { readDataset, unitFigure, units } from '../support/fixtures.ts';
import { expect, test, waitForAppOnNavigation } from '../support/test.ts';

const BOM = '\uFEFF';
const divisions = readDataset('divisions');
const version = (JSON.parse(readFileSync('fixtures/datasets/divisions.json', 'utf8')) as { version: string }).version;
/** The nine units as the county table lists them (document order), with their stated counts. */
const expectedRows = units.map((u) => ({
  name: (u.shortName ?? u.name).zh,
  villages: unitFigure('divisions', 'villages', u.id)?.value ?? null,
  communities: unitFigure('divisions', 'communities', u.id)?.value ?? null,
}));

const zh = JSON.parse(readFileSync('src/locales/zh.json', 'utf8')) as {
  county: Record<'unit' | 'villages' | 'communities' | 'total' | 'share' | 'rank', string>;
  exports: { marksColumn: string; sourceLabel: string };
  marks: { inferred: string };
};

/** A CSV's lines: header, the table's rows, a blank line, then the citation and the release. */
const csvParts = (csv: string) => {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const blank = lines.indexOf('');
  return { header: lines[0], rows: lines.slice(1, blank), notes: lines.slice(blank + 1) };
};

/** Opens a page and waits until the app runs (the take-away tools need script). */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
}

const countyFrame = (page: Page) => page.getByRole('region', { name: '各县（区）村和社区数量' });
const tools = (frame: Locator) => frame.getByRole('group', { name: /下载与引用/ });

async function download(page: Page, frame: Locator, format: RegExp, scope?: string): Promise<Download> {
  const group = tools(frame);
  const menu = group.locator('details', { has: page.locator('summary', { hasText: '下载' }) });
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  if (scope) await group.getByRole('radio', { name: scope }).check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    group.getByRole('button', { name: format }).click(),
  ]);
  return file;
}

const text = async (file: Download) => readFileSync(await file.path(), 'utf8');

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('take the figures away', () => {
  test('CSV of the county breakdown: BOM, nine rows, the stated numbers, a name that says what it holds', async ({
    page,
  }) => {
    await open(page, '/zh/counties');
    const file = await download(page, countyFrame(page), /^CSV/);
    expect(file.suggestedFilename()).toBe(`divisions_counties_${version}.csv`);
    const csv = await text(file);
    expect(csv.startsWith(BOM)).toBe(true);
    const parts = csvParts(csv);
    const c = zh.county;
    expect(parts.header).toBe(
      [c.unit, c.villages, c.communities, c.total, `${c.share} (%)`, c.rank, zh.exports.marksColumn].join(','),
    );
    const rows = parts.rows.map((l) => l.split(','));
    expect(rows).toHaveLength(9);
    expect(rows.map(([name, villages, communities]) => ({ name, villages, communities }))).toEqual(
      expectedRows.map((r) => ({
        name: r.name,
        villages: r.villages === null ? '' : String(r.villages),
        communities: r.communities === null ? '' : String(r.communities),
      })),
    );
    // 台前县 states no communities: the 0 is inferred, and the file says so.
    const taiqian = rows.find(([name]) => name === '台前县')!;
    expect(taiqian.at(-1)).toContain(`${c.communities}：${zh.marks.inferred}`);
    // The file says where its figures come from.
    expect(parts.notes[0]).toMatch(new RegExp(`^${zh.exports.sourceLabel},濮阳市民政局《`));
  });

  test('CSV follows the view: sorted by total, the file name says so', async ({ page }) => {
    await open(page, '/zh/counties?sort=total');
    const file = await download(page, countyFrame(page), /^CSV/);
    expect(file.suggestedFilename()).toBe(`divisions_counties_sort-total_${version}.csv`);
    const totals = csvParts(await text(file)).rows.map((l) => Number(l.split(',')[3]));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  test('XLSX parses back to the same numbers, with a source sheet', async ({ page }) => {
    await open(page, '/zh/counties');
    const file = await download(page, countyFrame(page), /^Excel/);
    expect(file.suggestedFilename()).toBe(`divisions_counties_${version}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await file.path());
    const [data, source] = workbook.worksheets;
    const read = (r: number, c: number) => data!.getRow(r).getCell(c).value;
    for (const [i, row] of expectedRows.entries()) {
      expect(read(i + 2, 1)).toBe(row.name);
      expect(read(i + 2, 2)).toBe(row.villages);
      expect(read(i + 2, 3)).toBe(row.communities);
    }
    // The share in percent, as a number, its unit in the header; then the citation under the table.
    expect(read(1, 5)).toBe(`${zh.county.share} (%)`);
    expect(typeof read(2, 5)).toBe('number');
    expect(read(12, 1)).toBe(zh.exports.sourceLabel);
    expect(read(12, 2)).toEqual(expect.stringContaining('濮阳市民政局'));
    expect(source!.getRow(2).getCell(1).value).toContain('濮阳市民政局');
  });

  test('JSON of the whole dataset carries every figure with its quoted sentence', async ({ page }) => {
    await open(page, '/zh/counties');
    const file = await download(page, countyFrame(page), /^JSON/, '整个数据集');
    expect(file.suggestedFilename()).toBe(`divisions_all_${version}.json`);
    const json = JSON.parse(await text(file)) as {
      dataset: string;
      version: string;
      figures: { id: string; value: number; provenance: { quote: string } }[];
      source: { citation: string };
    };
    expect(json.dataset).toBe('divisions');
    expect(json.version).toBe(version);
    expect(json.figures.map((f) => [f.id, f.value])).toEqual(divisions.figures.map((f) => [f.id, f.value]));
    expect(json.figures.every((f) => f.provenance.quote.length > 0)).toBe(true);
    expect(json.source.citation).toContain('第 1.1 部分');
  });

  test('PNG is a real 2× image of the chart, the SVG its vector twin', async ({ page }) => {
    await open(page, '/zh/counties');
    const svgFile = await download(page, countyFrame(page), /^矢量图 SVG/);
    const svg = await text(svgFile);
    const [, width, height] = /^<svg[^>]*\bwidth="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    expect(Number(width)).toBeGreaterThan(300);
    expect(svg).toContain('各县（区）村和社区数量');
    expect(svg).toContain('濮阳市民政局');
    expect(svg).toContain('华龙区');
    const png = await download(page, countyFrame(page), /^图片 PNG/);
    expect(png.suggestedFilename()).toBe(`divisions_counties_${version}.png`);
    expect(pngSize(readFileSync(await png.path()))).toEqual({
      width: 2 * Number(width),
      height: 2 * Number(height),
    });
  });

  test('a label starting with = is neutralised in the CSV', async ({ page }) => {
    const path = '**/api/v1/datasets/rule-of-law.json';
    await page.route(path, async (route) => {
      const body = (await (await route.fetch()).json()) as { measures: { id: string; label: { zh: string } }[] };
      for (const m of body.measures) if (m.id === 'disputes-found') m.label.zh = '=1+2';
      await route.fulfill({ json: body });
    });
    // Arrive from another page, so the dataset is fetched (a prerendered page carries its own data).
    await open(page, '/zh/counties');
    await page.getByRole('navigation', { name: '主要页面' }).getByRole('link', { name: '法治与协商' }).click();
    const frame = page.getByRole('region', { name: '排查与化解的矛盾纠纷' });
    await frame.getByRole('tab', { name: '表格' }).click();
    await expect(frame.getByRole('rowheader', { name: '=1+2' })).toBeVisible();
    const csv = await text(await download(page, frame, /^CSV/));
    expect(csv).toContain("\r\n'=1+2,");
  });

  test('copy with citation puts the figures and a one-line citation on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/zh/counties');
    await tools(countyFrame(page)).getByRole('button', { name: '复制（附出处）' }).click();
    await expect(tools(countyFrame(page)).getByRole('status')).toHaveText('已复制到剪贴板。');
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    const puyang = expectedRows[0]!;
    // Every column the table shows, in its order: totals, shares and ranks too, marked as computed.
    expect(clip).toContain(`${puyang.name}：村 ${puyang.villages}，社区 ${puyang.communities}，合计 `);
    expect(clip).toMatch(
      /台前县：村 372，社区 0（推断），合计 372（计算），占全市比例 [\d.]+%（计算），合计排名 \d+（计算）/,
    );
    expect(clip.trimEnd().split('\n').at(-1)).toBe(
      '濮阳市民政局《关于对市政协九届一次会议第188号提案的答复》（2023年7月26日），第 1.1 部分。',
    );
  });

  test('the embed snippet renders the chart alone, pinned to its data release', async ({ page, browser }) => {
    await open(page, '/zh/counties?sort=communities');
    const group = tools(countyFrame(page));
    await group.locator('summary', { hasText: '嵌入' }).click();
    const code = await group.getByLabel('嵌入代码').inputValue();
    const src = /src="([^"]+)"/.exec(code)?.[1] ?? '';
    expect(code).toMatch(
      /^<iframe src="[^"]+" id="pgd-embed-counties" title="各县（区）村和社区数量" width="100%" height="\d+"/,
    );
    expect(src).toMatch(new RegExp(`/zh/embed/counties\\?sort=communities&v=${version}$`));
    const embed = waitForAppOnNavigation(await (await browser.newContext()).newPage());
    await embed.goto(src);
    await expect(embed.locator('[data-frame]')).toHaveCount(1);
    await expect(embed.locator('.site-header')).toHaveCount(0);
    await expect(embed.getByText(/链接固定为 2023年7月26日 时的数据/)).toBeVisible();
    await expect(embed.getByRole('img', { name: /各县（区）村和社区数量/ })).toBeVisible();
    await expect(embed.getByRole('link', { name: '在数据看板中查看完整页面' })).toHaveAttribute(
      'href',
      new RegExp(`/zh/counties\\?sort=communities&v=${version}#frame-counties$`),
    );
    // Sorted as in the snippet: 华龙区 has the most communities.
    await embed.getByRole('tab', { name: '表格' }).click();
    await expect(embed.locator('tbody tr').first().getByRole('rowheader')).toHaveText('华龙区');
  });
});
