// Fails fast, with one clear line each, when what the end-to-end tests need is missing: a
// Chromium, nginx (the deployment tests serve the build through it) and LibreOffice (the
// PowerPoint export is opened in it).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './chromium.mjs';
import { findNginx } from './nginx-e2e.mjs';

if (!findNginx()) {
  console.error(
    'No nginx for the deployment tests: install it (Debian/Ubuntu: `sudo apt-get install -y nginx`) or set NGINX_PATH to an nginx binary.',
  );
  process.exit(1);
}
const hasCommand = (name) => {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
if (!hasCommand('libreoffice') && !hasCommand('soffice')) {
  console.error(
    'No LibreOffice for the PowerPoint export test: install it (Debian/Ubuntu: `sudo apt-get install -y libreoffice-impress`).',
  );
  process.exit(1);
}
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
