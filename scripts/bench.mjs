// Prints how fast the dashboard is and how its data path scales. A report, never a test: it
// exits 0 whether targets pass or fail (non-zero only if it could not measure at all).
//
//   npm run bench                         build, measure one page of each family, Lighthouse, then the scale run
//   npm run bench -- /en/renovation       also measure other prerendered paths
//   npm run bench -- --only /zh/counties  measure only the paths given
//   npm run bench -- --no-build           measure the dist/ that is there
//   npm run bench -- --runs=3             fewer loads per row (quicker, noisier)
//   npm run bench -- --pages-only | --scale-only | --no-lighthouse
//
// See docs/benchmarks.md for what each figure means.
import { rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  reportCity,
  reportExports,
  reportHistory,
  reportPage,
  reportSummary,
  reportTargets,
  runPageBench,
} from './bench/page-bench.mjs';
import { writeD3Page } from './bench/d3-reference.mjs';
import { reportImport, runImportBench } from './bench/import-bench.mjs';
import { reportLighthouse, runLighthouse } from './bench/lighthouse.mjs';
import { FLOOR_DIR, prerenderedFile } from './bench/pages.mjs';
import { reportScale, runScaleBench } from './bench/scale.mjs';
import { runBuild, startPreview } from './bench/server.mjs';
import { fmt } from './bench/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
/**
 * One page of each family (issue #20), in Chinese; the overview and the county page in English
 * too. The import page starts empty (its work is on the device), so its load is measured here and
 * its paste-to-proposals time in the import section.
 */
export const FAMILY_PATHS = [
  '/zh/',
  '/zh/counties',
  '/zh/counties/fanxian',
  '/zh/renovation',
  '/zh/rule-of-law',
  '/zh/community',
  '/zh/source',
  '/zh/audit',
  '/zh/nbs',
  '/zh/trend',
  '/zh/changes',
  '/zh/ranking',
  '/zh/big-screen',
  '/zh/import',
];
const DEFAULT_PATHS = [...FAMILY_PATHS, '/en/', '/en/counties'];
/** The page the hand-written d3 reference draws: the county chart. */
const D3_REFERENCE_OF = '/zh/counties';

function parseArgs(argv) {
  const options = { build: true, runs: 7, pages: true, scale: true, lighthouse: true, only: false, paths: [] };
  for (const arg of argv) {
    if (arg === '--no-build') options.build = false;
    else if (arg === '--only') options.only = true;
    else if (arg === '--no-lighthouse') options.lighthouse = false;
    else if (arg === '--pages-only') options.scale = false;
    else if (arg === '--scale-only') options.pages = options.lighthouse = false;
    else if (arg.startsWith('--runs=')) options.runs = Math.max(1, Number.parseInt(arg.slice(7), 10) || 7);
    else if (arg.startsWith('/')) options.paths.push(arg);
    else throw new Error(`unknown argument "${arg}" (paths start with "/")`);
  }
  options.paths = [...new Set([...(options.only ? [] : DEFAULT_PATHS), ...options.paths])];
  return options;
}

/**
 * Whatever must be undone (server, browser, floor pages) is registered here and undone on the
 * way out, also on Ctrl-C, so a run never leaves a preview server or a Chromium behind.
 */
const cleanups = [];
async function cleanUp() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (error) {
      console.error(`cleanup: ${error.message}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void cleanUp().then(() => process.exit(130)));

const loadNow = () => fmt(loadavg()[0], 2);

function print(lines = []) {
  for (const line of lines) console.log(line);
}

async function pageSection(options) {
  if (options.build) {
    console.error('building (npm run build)…');
    console.error(`  built in ${fmt((await runBuild(root)) / 1000, 1)} s`);
  }
  const paths = options.paths.filter((p) => {
    if (prerenderedFile(dist, p)) return true;
    // A trailing slash on a page other than a language's home is a different URL, which the host
    // answers with its fallback page: measuring that would not measure the prerendered page.
    const hint = /[^/]\/$/.test(p) && prerenderedFile(dist, p.slice(0, -1)) ? ` (did you mean ${p.slice(0, -1)}?)` : '';
    console.log(`skipped ${p}: dist/ has no prerendered page for it${hint}`);
    return false;
  });
  if (paths.length === 0) return;
  cleanups.push(() => rmSync(join(dist, FLOOR_DIR), { recursive: true, force: true }));
  const load = { start: loadNow() };
  const server = await startPreview(root);
  cleanups.push(server.stop);
  console.error(`serving dist/ at ${server.origin} (vite preview, pid ${server.pid})`);
  let browser;
  cleanups.push(() => browser?.close());
  const references = paths.includes(D3_REFERENCE_OF) ? { [D3_REFERENCE_OF]: await writeD3Page(root, dist) } : {};
  const { throttle, results, city, history, exports, distChanged } = await runPageBench({
    dist,
    origin: server.origin,
    paths,
    runs: options.runs,
    references,
    journeys: !options.only,
    onBrowser: (b) => (browser = b),
  });
  print([
    '== Page speed ==',
    `Chromium ${browser.version()}, headless, 1280×720, served gzipped by vite preview.`,
    `CPU throttling check: a busy loop ran ${fmt(throttle, 1)}× slower at 4×.`,
    `Machine: ${availableParallelism()} CPUs; 1-minute load average ${load.start} at the start, ${loadNow()} at the end`,
    '(other processes running during the loads make every figure noisier).',
    ...(distChanged
      ? ['WARNING: dist/ was rebuilt during the loads (by another process); figures may mix builds.']
      : []),
    '',
  ]);
  print([...reportSummary(results), '']);
  for (const result of results) print([...reportPage(result, options.runs), '']);
  if (city) {
    print([...reportCity(city, options.runs), '']);
    print([...reportHistory(history, options.runs), '']);
    print([...reportExports(exports, options.runs), '']);
  }
  print(['== Targets ==', ...reportTargets(results, city, history), '']);
}

/** Each measured page in both languages: Lighthouse's mobile run is quick enough for that. */
function lighthouseRoutes(paths) {
  const other = (p) => p.replace(/^\/(zh|en)(?=\/)/, (_m, l) => (l === 'zh' ? '/en' : '/zh'));
  return [...new Set(paths.flatMap((p) => [p, other(p)]))].filter((p) => prerenderedFile(dist, p));
}

async function importSection(options) {
  const server = await startPreview(root);
  cleanups.push(server.stop);
  const result = await runImportBench({ origin: server.origin, root, runs: options.runs });
  print(['== Import ==', ...reportImport(result), '']);
}

async function lighthouseSection(options) {
  // After the page loads, never beside them: Lighthouse's simulated 4× CPU multiplies whatever
  // else the machine is doing into its blocking time.
  const routes = lighthouseRoutes(options.paths);
  const result = await runLighthouse({ root, routes, onCleanup: (fn) => cleanups.push(fn) });
  print(['== Lighthouse ==', ...reportLighthouse(result), '']);
}

async function scaleSection() {
  print(['== Scale ==', ...reportScale(await runScaleBench(root)), '']);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  try {
    if (options.pages) await pageSection(options);
    if (options.pages && !options.only) await importSection(options);
    if (options.lighthouse) await lighthouseSection(options);
    if (options.scale) await scaleSection();
  } finally {
    await cleanUp();
  }
  console.log(`(bench took ${fmt((performance.now() - started) / 1000)} s)`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
