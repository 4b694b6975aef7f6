// The import page (issue #19): how long a pasted 20,000-character document takes to show its
// proposed figures, from the input event to the frame that paints the review table, at 1× and
// 4× CPU. The document is the bureau reply repeated, so every part of it holds figures.
import { readFileSync } from 'node:fs';
/* global document, HTMLTextAreaElement, requestAnimationFrame */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../chromium.mjs';
import { CPU_RATES } from './page-bench.mjs';
import { fmt, summarize } from './stats.mjs';

export const DOCUMENT_CHARS = 20_000;
export const TARGET_MS = 200;

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

export async function runImportBench({ origin, root, runs }) {
  const text = benchDocument(root);
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
    return { chars: text.length, results };
  } finally {
    await browser.close();
  }
}

export function reportImport({ chars, results }) {
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
  lines.push('  Not measured: previewing a 10,000-row XLSX (table import is not built yet).');
  return lines;
}
