/* global document, window -- used inside page.evaluate, which runs in the browser */
// Takes screenshots of the production build at phone, desktop and projector sizes, for people to
// look at (not a test). Usage: [THEME=dark|projector] node scripts/screenshots.mjs [outDir] [path …];
// needs `npm run build`.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './chromium.mjs';

const outDir = process.argv[2] ?? 'screenshots';
const paths = process.argv.slice(3).length > 0 ? process.argv.slice(3) : ['/zh/', '/en/'];
const sizes = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'projector', width: 1920, height: 1080 },
];
const PORT = 4179;
mkdirSync(outDir, { recursive: true });

const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
try {
  for (let i = 0; i < 50; i += 1) {
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
  for (const path of paths) {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
      if (process.env.THEME) await page.addInitScript((t) => localStorage.setItem('pgd.theme', t), process.env.THEME);
      await page.goto(`http://localhost:${PORT}${path}`);
      await page.waitForLoadState('networkidle');
      const slug = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
      const file = join(outDir, `${slug}-${size.name}${process.env.THEME ? `-${process.env.THEME}` : ''}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(`${file}${overflow > 0 ? `  (scrolls sideways by ${overflow}px)` : ''}`);
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.kill('SIGTERM');
}
