/* global document, window -- page.evaluate callbacks run in the browser */
// Measures which CSP relaxations the pages need: serves the build through nginx with
// deploy/nginx.conf's policy minus `style-src-attr 'unsafe-inline'` (so style attributes fall
// under `style-src 'self'`; Trusted Types stay report-only as deployed), visits every prerendered
// page in Chromium and prints the violations per directive and disposition. Not a test; docs/security.md quotes it.
//
//   npm run build && node scripts/csp-measure.mjs [port]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './chromium.mjs';
import { findNginx, nginxArgs, prepare } from './nginx-e2e.mjs';

const port = Number(process.argv[2] ?? 8090);
const paths = prepare(port);
const conf = readFileSync(paths.conf, 'utf8');
const strict = conf.replace("style-src-attr 'unsafe-inline'; ", '');
if (strict === conf) throw new Error('csp-measure: the policy in deploy/nginx.conf changed; update this script');
writeFileSync(paths.conf, strict);
const nginx = spawn(findNginx(), nginxArgs(paths), {
  stdio: 'inherit',
});
await new Promise((r) => setTimeout(r, 500));

const dist = join(import.meta.dirname, '..', 'dist');
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (['api', 'assets'].includes(e.name) ? [] : walk(join(dir, e.name))) : [join(dir, e.name)],
  );
const pages = walk(dist)
  .filter((f) => f.endsWith('.html') && !f.endsWith('shell.html'))
  .map(
    (f) =>
      '/' +
      relative(dist, f)
        .split(sep)
        .join('/')
        .replace(/index\.html$/, '')
        .replace(/\.html$/, ''),
  );

const browser = await chromium.launch({ executablePath: systemChromium(), args: [...CHROMIUM_ARGS] });
const totals = new Map();
try {
  for (const path of pages) {
    const page = await browser.newPage();
    const seen = [];
    await page.exposeFunction('__report', (v) => seen.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__report(`${e.disposition} ${e.effectiveDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(`http://localhost:${port}${path}`);
    await page.waitForLoadState('networkidle');
    const tab = page.getByRole('tab', { name: /^(表格|Table)$/ }).first();
    if (await tab.isVisible()) await tab.click();
    await page.waitForTimeout(200);
    const styled = await page.evaluate(() => document.querySelectorAll('[style]').length);
    console.log(`${path}: ${seen.length} violations, ${styled} elements with a style attribute`);
    for (const v of seen) totals.set(v, (totals.get(v) ?? 0) + 1);
    await page.close();
  }
} finally {
  await browser.close();
  nginx.kill('SIGQUIT');
}
console.log(`\n${pages.length} pages; violations by disposition, directive and blocked resource:`);
for (const [v, n] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${v}`);
