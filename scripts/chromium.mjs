// Which Chromium the tests, the benchmark and the screenshot script launch, and with which flags:
// one answer for all of them. Debian's Chromium (or CHROMIUM_PATH) where it exists, because these
// machines cannot download Playwright's browsers; Playwright's own browser elsewhere.
import { existsSync } from 'node:fs';

/** Flags that let Chromium run headless here (as root, without a GPU) and keep it off the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The system Chromium to use, or undefined to let Playwright use its own. */
export function systemChromium() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => !!p && existsSync(p));
}
