import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Copies a test's screenshot into docs/screenshots under `name` when UPDATE_SCREENSHOTS=1. */
export function keepScreenshot(from: string, name: string): void {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  const dir = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  copyFileSync(from, join(dir, name));
}
