// The import page (issue #19): how long a pasted 20,000-character document takes to show its
// proposed figures, from the input event to the frame that paints the review table, at 1× and
// 4× CPU. The document is the bureau reply repeated, so every part of it holds figures. And how
// long a chosen 10,000-row XLSX takes to show its preview and matched places.
import { readFileSync } from 'node:fs';
/* global document, HTMLTextAreaElement, requestAnimationFrame */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import ExcelJS from 'exceljs';
import { CHROMIUM_ARGS, systemChromium } from '../chromium.mjs';
import { CPU_RATES } from './page-bench.mjs';
import { fmt, summarize } from './stats.mjs';

export const DOCUMENT_CHARS = 20_000;
export const TARGET_MS = 200;
export const TABLE_ROWS = 10_000;
export const TABLE_TARGET_MS = 1000;

/**
 * A 10,000-row workbook, a long table as a statistics office keeps one: every county-level unit of
 * China (NBS 2023) with its village and residents' committees, one row per unit and year.
 */
export async function benchWorkbook(root, rows = TABLE_ROWS) {
  const china = JSON.parse(readFileSync(join(root, 'fixtures', 'nbs', 'china-2023.json'), 'utf8'));
  const counties = china.cities.flatMap((c) => c.counties);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('表1');
  sheet.addRow(['县级单位', '年份', '居委会（个）', '村委会（个）']);
  for (let i = 0; i < rows; i += 1) {
    const [, name, , residents, villages] = counties[i % counties.length];
    sheet.addRow([name, 2023 - Math.floor(i / counties.length), residents, villages]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Starts the clock when the file input changes; resolves when the preview and the places are painted. */
function waitForPreview() {
  const input = document.querySelector('input[type=file][accept^=".csv"]');
  return new Promise((resolve) => {
    input.addEventListener(
      'change',
      () => {
        const started = performance.now();
        const check = () => {
          const status = document.querySelector('.import__progress')?.textContent ?? '';
          const places = [...document.querySelectorAll('[role=status]')].some((s) => /已匹配/.test(s.textContent));
          const preview = document.querySelectorAll('.import__preview tbody tr').length;
          if (/已读取/.test(status) && places && preview > 0)
            requestAnimationFrame(() => resolve({ ms: performance.now() - started, status }));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      },
      { once: true },
    );
  });
}

/** The reply, repeated and cut to `chars` characters. */
export function benchDocument(root, chars = DOCUMENT_CHARS) {
  const reply = readFileSync(join(root, 'fixtures', 'sources', 'puyang-mca-2023-188.txt'), 'utf8');
  return reply.repeat(Math.ceil(chars / reply.length)).slice(0, chars);
}

/**
 * One paste: sets the text as typing would and waits for the painted frame that lists the
 * figures (on the floor page, a bare textarea, for the frame that paints the text).
 */
function pasteAndWait({ text, floor }) {
  const area = document.querySelector('textarea');
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  return new Promise((resolve) => {
    const started = performance.now();
    setter.call(area, text);
    area.dispatchEvent(new Event('input', { bubbles: true }));
    const check = () => {
      const status = document.querySelector('.import__progress')?.textContent ?? '';
      const rows = document.querySelectorAll('.import__table tbody tr').length;
      if (floor || (rows > 0 && /\d/.test(status))) {
        // The frame after this one is the first with the rows painted.
        requestAnimationFrame(() => resolve({ ms: performance.now() - started, rows, status }));
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

async function previewTable(browser, origin, workbook, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${origin}/zh/import`);
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: '新建表格导入' }).click();
  // The division codes load when the table import opens: wait for them, so the timing is the table's.
  await page.getByText(/^(粘贴表格或选择文件后)/).waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const done = page.evaluate(waitForPreview);
  await page.locator('input[type=file][accept^=".csv"]').setInputFiles({
    name: 'counties.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: workbook,
  });
  const result = await done;
  await context.close();
  return result;
}

export async function runImportBench({ origin, root, runs }) {
  const text = benchDocument(root);
  const workbook = await benchWorkbook(root);
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
  try {
    const results = {};
    for (const rate of CPU_RATES) {
      const times = [];
      const floors = [];
      let status = '';
      for (let i = 0; i < runs; i += 1) {
        // Interleaved with the app: the same paste into a bare textarea (what the text alone costs).
        for (const floor of [false, true]) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
          const page = await context.newPage();
          if (floor) await page.setContent('<textarea rows="10" cols="100"></textarea>');
          else {
            await page.goto(`${origin}/zh/import`);
            await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
            await page.getByRole('button', { name: '新建文件导入' }).click();
            await page.locator('textarea').waitFor();
          }
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          const result = await page.evaluate(pasteAndWait, { text, floor });
          (floor ? floors : times).push(result.ms);
          if (!floor) status = result.status;
          await context.close();
        }
      }
      results[rate] = { ...summarize(times), floor: summarize(floors).median, status };
    }
    const tables = {};
    for (const rate of CPU_RATES) {
      const times = [];
      let status = '';
      for (let i = 0; i < runs; i += 1) {
        const result = await previewTable(browser, origin, workbook, rate);
        times.push(result.ms);
        status = result.status;
      }
      tables[rate] = { ...summarize(times), status };
    }
    return { chars: text.length, results, table: { bytes: workbook.length, rows: TABLE_ROWS, results: tables } };
  } finally {
    await browser.close();
  }
}

export function reportImport({ chars, results, table }) {
  const first = Object.values(results)[0];
  const lines = [
    `A ${fmt(chars)}-character document pasted into /zh/import, until its proposals are painted (${first?.status ?? ''}; the first page of the review table):`,
  ];
  for (const [rate, r] of Object.entries(results)) {
    const verdict =
      Number(rate) === 1 ? (r.median < TARGET_MS ? 'meets' : 'misses') + ` the ${TARGET_MS} ms target` : 'reported';
    lines.push(
      `  ${rate}× CPU: median ${fmt(r.median)} ms (min ${fmt(r.min)}, max ${fmt(r.max)}, ${r.count} pastes) — ${verdict}; the same paste into a bare textarea: ${fmt(r.floor)} ms`,
    );
  }
  lines.push(
    `A ${fmt(table.rows)}-row XLSX (${fmt(table.bytes / 1000)} kB) chosen on /zh/import, until its preview and places are painted (read in the worker; ${Object.values(table.results)[0]?.status ?? ''}):`,
  );
  for (const [rate, r] of Object.entries(table.results)) {
    const verdict =
      Number(rate) === 1
        ? (r.median < TABLE_TARGET_MS ? 'meets' : 'misses') + ` the ${fmt(TABLE_TARGET_MS)} ms target`
        : 'reported';
    lines.push(
      `  ${rate}× CPU: median ${fmt(r.median)} ms (min ${fmt(r.min)}, max ${fmt(r.max)}, ${r.count} files) — ${verdict}`,
    );
  }
  return lines;
}
