// Fails fast, with one clear line, when no browser is available for the end-to-end tests.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './chromium.mjs';

if (systemChromium()) process.exit(0);
let bundled = '';
try {
  bundled = chromium.executablePath();
} catch {
  bundled = '';
}
if (bundled && existsSync(bundled)) process.exit(0);
console.error(
  'No browser for the end-to-end tests: install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-noto-cjk`), set CHROMIUM_PATH to a Chromium binary, or run `npx playwright install chromium`.',
);
process.exit(1);
