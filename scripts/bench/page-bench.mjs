// Page speed: each prerendered page against its floor (its first chart alone in a minimal HTML
// page), cold loads at 1× and 4× CPU; the county page also against a hand-written d3 chart.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { initialScripts, jsSizes, prerenderedFile, writeFloorPage } from './pages.mjs';
import { CHROMIUM_ARGS, systemChromium } from '../chromium.mjs';
import { measureCityPicks, measureHistory, measureImageExport, measureLoad, throttleFactor } from './measure.mjs';
import { fmt, kB, summarize, table } from './stats.mjs';

export const CPU_RATES = [1, 4];

/** Progress goes to stderr so that stdout is the report alone. */
const progress = (text) => process.stderr.write(`${text}\n`);

/**
 * Measures every page: `runs` loads per CPU rate of the app and of its floor, alternating, so
 * drift in the machine's load hits both alike. `onBrowser` lets the caller close it on Ctrl-C.
 */
export async function runPageBench({ dist, origin, paths, runs, references = {}, journeys = true, onBrowser }) {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
  onBrowser(browser);
  try {
    // Floors, initial scripts and sizes are all read before any load, from one build.
    const pages = paths.map((path) => ({
      path,
      floorPath: writeFloorPage(dist, path),
      initial: initialScripts(dist, path),
    }));
    const sizes = jsSizes(dist);
    const builtAt = builtTime(dist, paths);
    const throttle = await throttleFactor(browser, origin + pages[0].floorPath, 4);
    const results = [];
    for (const { path, floorPath, initial } of pages) {
      // The app, its floor and (where there is one) the reference page, one load of each in turn.
      const urls = { app: path, floor: floorPath, ...(references[path] ? { d3: references[path] } : {}) };
      const loads = Object.fromEntries(Object.keys(urls).map((v) => [v, {}]));
      for (const cpuRate of CPU_RATES) {
        for (const variant of Object.keys(urls)) loads[variant][cpuRate] = [];
        for (let i = 0; i < runs; i += 1) {
          progress(`  ${path} at ${cpuRate}× CPU: load ${i + 1}/${runs}`);
          for (const [variant, url] of Object.entries(urls))
            loads[variant][cpuRate].push(
              await tryLoad(browser, origin + url, { cpuRate, interact: variant === 'app' }),
            );
        }
      }
      results.push({ path, floorPath, loads, js: jsFiles(sizes, initial, loads.app) });
    }
    // The journeys of the NBS and change-over-time pages and the image downloads.
    const { city, history, exports } = journeys ? await runJourneys(browser, origin, runs) : {};
    // Another build into dist/ during the loads (tests running alongside) makes pages 404 or mixes
    // two builds; say so rather than print figures that look clean.
    return { throttle, results, city, history, exports, distChanged: builtTime(dist, paths) !== builtAt };
  } finally {
    await browser.close();
  }
}

async function runJourneys(browser, origin, runs) {
  const city = {};
  for (const cpuRate of CPU_RATES) {
    city[cpuRate] = [];
    for (let i = 0; i < runs; i += 1) {
      progress(`  /zh/nbs, choosing cities, at ${cpuRate}× CPU: run ${i + 1}/${runs}`);
      city[cpuRate].push(await tryCityPicks(browser, origin, { cpuRate }));
    }
  }
  const history = {};
  for (const cpuRate of CPU_RATES) {
    history[cpuRate] = [];
    for (let i = 0; i < runs; i += 1) {
      progress(`  /zh/trend, change over time, at ${cpuRate}× CPU: run ${i + 1}/${runs}`);
      history[cpuRate].push(
        await tryMeasure(
          () => measureHistory(browser, origin, { cpuRate }),
          HISTORY_STEPS.map(([, key]) => key),
        ),
      );
    }
  }
  const exports = {};
  for (const cpuRate of CPU_RATES) {
    exports[cpuRate] = [];
    for (let i = 0; i < runs; i += 1) {
      progress(`  /zh/counties, PNG and SVG of the chart, at ${cpuRate}× CPU: run ${i + 1}/${runs}`);
      exports[cpuRate].push(
        await tryMeasure(() => measureImageExport(browser, origin, { cpuRate }), ['pngFirst', 'png', 'svg']),
      );
    }
  }
  return { city, history, exports };
}

/** When the pages in dist/ were written (changes with every build). */
function builtTime(dist, paths) {
  return paths
    .map((p) => statSync(prerenderedFile(dist, p) ?? join(dist, p), { throwIfNoEntry: false })?.mtimeMs ?? 0)
    .join();
}

/**
 * Runs `measure`; a failure is reported, not fatal (one timeout should not throw away minutes of
 * figures): the result then has the reason and NaN for each of `figures`.
 */
async function tryMeasure(measure, figures) {
  try {
    return await measure();
  } catch (error) {
    const reason = error.message.split('\n')[0];
    progress(`    failed: ${reason}`);
    return { failed: reason, scripts: [], ...Object.fromEntries(figures.map((key) => [key, Number.NaN])) };
  }
}

const LOAD_FIGURES = [
  'timeToChart',
  'blocking',
  'timeToInteractive',
  'tabSwitch',
  'sortChange',
  'unitChange',
  'languageSwitch',
];
const tryLoad = (browser, url, options) => tryMeasure(() => measureLoad(browser, url, options), LOAD_FIGURES);
const tryCityPicks = (browser, origin, options) =>
  tryMeasure(() => measureCityPicks(browser, origin, options), ['pickCity', 'cityTable', 'pickAnother']);

const EXPORT_STEPS = [
  ['PNG, first (its code loads)', 'pngFirst'],
  ['PNG, again', 'png'],
  ['SVG', 'svg'],
];

/** Target of issue #17: a county chart's PNG is ready within this, at full CPU speed. */
export const PNG_TARGET_MS = 300;

/** Table rows of timed steps: per step and CPU rate, median, min and max over the runs. */
function stepRows(steps, byRate, runs) {
  const rows = [];
  for (const [label, key] of steps) {
    CPU_RATES.forEach((rate, i) => {
      const s = summarize(byRate[rate].map((r) => r[key]));
      const n = s.count < runs ? ` (${s.count}/${runs})` : '';
      rows.push([i === 0 ? label : '', `${rate}×`, fmt(s.median, 1), fmt(s.min, 1), fmt(s.max, 1) + n]);
    });
    rows.push('-');
  }
  rows.pop();
  return rows;
}

/** The distinct reasons runs failed. */
const failures = (runs) => [...new Set(runs.filter((r) => r.failed).map((r) => r.failed))];

/** Lines of the report on the county chart's image downloads. */
export function reportExports(exports, runs) {
  const rows = stepRows(EXPORT_STEPS, exports, runs);
  const all = Object.values(exports).flat();
  const failed = failures(all);
  const png = summarize(exports[1].map((r) => r.pngFirst)).max;
  return [
    `Page /zh/counties, the chart as an image (${runs} runs per CPU rate, each in a fresh context; from the`,
    'click on the format to "downloaded" in the frame: the image is drawn from the frame\'s model)',
    '',
    ...table(['download (ms)', 'CPU', 'median', 'min', 'max'], rows, ['l', 'l', 'r', 'r', 'r']),
    '',
    `PNG of the county chart ready within ${PNG_TARGET_MS} ms at 1× (slowest first click): ${fmt(png, 1)} ms ${png < PNG_TARGET_MS ? 'PASS' : 'FAIL'}`,
    `failed runs: ${failed.length ? failed.join(' | ') : 'none'}`,
  ];
}

const CITY_STEPS = [
  ['choose a city (洛阳市), to its chart', 'pickCity'],
  ['switch its chart to the table', 'cityTable'],
  ['choose another (郑州市), to its table', 'pickAnother'],
];

export const HISTORY_STEPS = [
  ['choose a city (洛阳市), to its series', 'chooseCity'],
  ['change the release of its breakdown', 'changeYear'],
  ['sort its change table by percent', 'sort'],
  ["open a county's change list", 'openCounty'],
];

/** Lines of the report on the change-over-time views. */
export function reportHistory(history, runs) {
  const rows = stepRows(HISTORY_STEPS, history, runs);
  const all = Object.values(history).flat();
  const failed = failures(all);
  const errors = new Set(all.flatMap((r) => r.errors ?? []));
  return [
    `Page /zh/trend, change over time (${runs} runs per CPU rate, each in a fresh context; the city list is`,
    'loaded by the first search, before any timing; times from the click or choice to the result painted,',
    "including the city's or county's file and, for the change list, the page's code)",
    '',
    ...table(['step (ms)', 'CPU', 'median', 'min', 'max'], rows, ['l', 'l', 'r', 'r', 'r']),
    '',
    `failed runs: ${failed.length ? failed.join(' | ') : 'none'}`,
    `errors thrown in the page: ${errors.size ? [...errors].join(' | ') : 'none'}`,
  ];
}

/** Lines of the report on choosing cities from the all-China file. */
export function reportCity(city, runs) {
  const rows = stepRows(CITY_STEPS, city, runs);
  const all = Object.values(city).flat();
  const failed = failures(all);
  const errors = new Set(all.flatMap((r) => r.errors ?? []));
  return [
    `Page /zh/nbs with the all-China file (${runs} runs per CPU rate, each in a fresh context; the file is`,
    'loaded by the first search, before any timing; times from the click to the result painted)',
    '',
    ...table(['step (ms)', 'CPU', 'median', 'min', 'max'], rows, ['l', 'l', 'r', 'r', 'r']),
    '',
    `failed runs: ${failed.length ? failed.join(' | ') : 'none'}`,
    `errors thrown in the page: ${errors.size ? [...errors].join(' | ') : 'none'}`,
  ];
}

/** Every JS file the app page fetched in any load, whether the HTML asked for it, and its sizes. */
function jsFiles(sizes, initialPaths, appLoads) {
  const initial = new Set(initialPaths);
  const all = Object.values(appLoads).flat();
  const seen = new Map();
  for (const load of all) for (const s of load.scripts) seen.set(s.path, (seen.get(s.path) ?? 0) + 1);
  // A file the HTML names counts as initial even if a load somehow skipped it.
  for (const p of initial) if (!seen.has(p)) seen.set(p, 0);
  return [...seen].map(([file, loadedIn]) => ({
    file,
    initial: initial.has(file),
    loadedIn,
    loads: all.length,
    ...(sizes.get(file) ?? { raw: Number.NaN, gzip: Number.NaN }),
  }));
}

const pick = (loads, key) => loads.map((l) => l[key]);
const sumOf = (key) => (l) => (l.failed ? Number.NaN : l.scripts.reduce((s, x) => s + x[key], 0));

/** The figures the targets and the report need, from medians. */
export function pageFigures({ loads, js }) {
  const figure = (variant, rate, key) => summarize(pick(loads[variant][rate], key));
  const byRate = (f) => Object.fromEntries(CPU_RATES.map((r) => [r, f(r)]));
  const gzipOf = (initial) =>
    sum(
      js.filter((f) => f.initial === initial),
      'gzip',
    );
  const ofLoads = (f) => byRate((r) => summarize(loads.app[r].map(f)).median);
  const chart = Object.fromEntries(
    Object.keys(loads).map((variant) => [variant, byRate((r) => figure(variant, r, 'timeToChart').median)]),
  );
  return {
    chart,
    chartRatio: byRate((r) => chart.app[r] / chart.floor[r]),
    blockingDelta: byRate((r) => figure('app', r, 'blocking').median - figure('floor', r, 'blocking').median),
    tabSwitch: byRate((r) => figure('app', r, 'tabSwitch').median),
    sortChange: byRate((r) => figure('app', r, 'sortChange').median),
    unitChange: byRate((r) => figure('app', r, 'unitChange').median),
    languageSwitch: byRate((r) => figure('app', r, 'languageSwitch').median),
    initialGzip: gzipOf(true),
    laterGzip: gzipOf(false),
    // What the page fetched before the reader did anything (read once the page was quiet), as
    // the browser received it: gzip bytes, and how many script requests.
    jsBeforeInput: ofLoads(sumOf('encoded')),
    scriptRequests: ofLoads((l) => (l.failed ? Number.NaN : l.scripts.length)),
  };
}

/**
 * The overview of issue #20: per page, when its first chart is on screen, its ratio to the
 * floor at 1× and 4× CPU, and the JavaScript fetched before any input. The d3 reference and the
 * floor get rows of their own where they were measured.
 */
export function reportSummary(results) {
  const rows = [];
  for (const result of results) {
    const f = pageFigures(result);
    const ratio = (variant, r) => fmt(f.chart[variant][r] / f.chart.floor[r], 2) + '×';
    rows.push([
      result.path,
      fmt(f.chart.app[1]),
      ratio('app', 1),
      ratio('app', 4),
      `${kB(f.jsBeforeInput[1])} in ${fmt(f.scriptRequests[1])}`,
    ]);
    if (f.chart.d3)
      rows.push(['  hand-written d3 (same figures)', fmt(f.chart.d3[1]), ratio('d3', 1), ratio('d3', 4), '']);
    rows.push([`  floor ${result.floorPath}`, fmt(f.chart.floor[1]), '1×', '1×', '0']);
  }
  return [
    'Summary: first chart (or, without one, first contentful paint) on screen, medians of cold loads',
    '',
    ...table(
      ['page', 'on screen, 1× (ms)', 'ratio to floor, 1×', 'ratio, 4× CPU', 'JS before input (gzip, requests)'],
      rows,
      ['l', 'r', 'r', 'r', 'r'],
    ),
  ];
}

/** Lines of the per-page report. */
export function reportPage(result, runs) {
  const { path, floorPath, loads, js } = result;
  const variants = Object.keys(loads);
  const lines = [`Page ${path}  (floor: ${floorPath}; ${runs} cold loads each of ${variants.join(', ')}, in turn)`, ''];
  const rows = [];
  const metric = (label, key, variants, toNumber = (l) => l[key], decimals = 0) => {
    let first = true;
    for (const rate of CPU_RATES)
      for (const variant of variants) {
        const s = summarize(loads[variant][rate].map(toNumber));
        const n = s.count < runs ? ` (${s.count}/${runs})` : '';
        rows.push([
          first ? label : '',
          `${rate}×`,
          variant,
          fmt(s.median, decimals),
          fmt(s.min, decimals),
          fmt(s.max, decimals) + n,
        ]);
        first = false;
      }
    rows.push('-');
  };
  metric('time to chart (ms)', 'timeToChart', variants);
  metric('blocking time (ms)', 'blocking', variants);
  metric('app interactive (ms)', 'timeToInteractive', ['app']);
  metric('tab switch to table (ms)', 'tabSwitch', ['app'], undefined, 1);
  metric('sort change (ms)', 'sortChange', ['app'], undefined, 1);
  metric('unit change (ms)', 'unitChange', ['app'], undefined, 1);
  metric('language switch (ms)', 'languageSwitch', ['app']);
  metric('long tasks (count)', 'longTasks', variants);
  metric('JS transferSize (kB)', null, ['app'], (l) => sumOf('transfer')(l) / 1000, 1);
  metric('JS encodedBodySize (kB)', null, ['app'], (l) => sumOf('encoded')(l) / 1000, 1);
  rows.pop();
  lines.push(...table(['metric', 'CPU', 'page', 'median', 'min', 'max'], rows, ['l', 'l', 'l', 'r', 'r', 'r']));

  const f = pageFigures(result);
  lines.push(
    '',
    `time to chart, app ÷ floor (medians):   ${CPU_RATES.map((r) => `${r}× ${fmt(f.chartRatio[r], 2)}`).join('   ')}`,
    `blocking time, app − floor (medians):   ${CPU_RATES.map((r) => `${r}× ${fmt(f.blockingDelta[r])} ms`).join('   ')}`,
    ...notes(loads),
    '',
    'JS files the app page loaded (sizes of the files in dist/; gzip at level 6):',
    ...jsTable(js),
  );
  return lines;
}

/** Sanity notes: failed loads, errors thrown in the page, and whether hydration kept the SVG. */
function notes(loads) {
  const app = Object.values(loads.app).flat();
  const all = Object.values(loads).flatMap((byRate) => Object.values(byRate).flat());
  const failed = all.filter((l) => l.failed);
  const errors = new Set(all.flatMap((l) => l.errors ?? []));
  const kept = app.filter((l) => l.svgKept === true).length;
  const withChart = app.filter((l) => l.svgKept !== null && !l.failed).length;
  const reasons = [...new Set(failed.map((l) => l.failed))];
  return [
    withChart === 0
      ? 'prerendered chart SVG: none on this page'
      : `prerendered chart SVG still in place after hydration: ${kept}/${app.length} app loads`,
    `failed loads: ${failed.length}${reasons.length ? ` (${reasons.join(' | ')})` : ''}`,
    `errors thrown in the page: ${errors.size ? [...errors].join(' | ') : 'none'}`,
  ];
}

function jsTable(js) {
  const sorted = [...js].sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  const rows = sorted.map((f) => [
    f.initial ? 'initial' : 'later',
    f.file,
    kB(f.raw),
    kB(f.gzip),
    `${f.loadedIn}/${f.loads}`,
  ]);
  const total = (label, files) => [label, '', kB(sum(files, 'raw')), kB(sum(files, 'gzip')), ''];
  rows.push(
    '-',
    total(
      'initial',
      js.filter((f) => f.initial),
    ),
    total(
      'later',
      js.filter((f) => !f.initial),
    ),
    total('all', js),
  );
  return table(['when', 'file', 'raw', 'gzip', 'loaded in'], rows, ['l', 'l', 'r', 'r', 'r']);
}

const sum = (files, key) => files.reduce((s, f) => s + f[key], 0);

/** Issue #20's budget of JavaScript fetched before the reader interacts, gzip. */
export const JS_BEFORE_INPUT_BYTES = 100_000;

/** The targets, one line each, PASS or FAIL with the figure behind it. */
export function reportTargets(results, city, history) {
  const lines = [];
  // A figure that could not be measured (NaN) is neither a pass nor a fail.
  const check = (value, ok, text) => lines.push(`${Number.isNaN(value) ? 'N/A ' : ok ? 'PASS' : 'FAIL'}  ${text}`);
  for (const result of results) {
    const f = pageFigures(result);
    const p = result.path;
    for (const r of CPU_RATES)
      check(
        f.chartRatio[r],
        f.chartRatio[r] <= 1.3,
        `${p} time to chart ≤ 1.3 × floor at ${r}× CPU: ${fmt(f.chartRatio[r], 2)} ×`,
      );
    check(
      f.jsBeforeInput[1],
      f.jsBeforeInput[1] <= JS_BEFORE_INPUT_BYTES,
      `${p} JS before input ≤ ${kB(JS_BEFORE_INPUT_BYTES)} gzip: ${kB(f.jsBeforeInput[1])} (files the HTML names: ${kB(f.initialGzip)}; loaded later: ${kB(f.laterGzip)})`,
    );
    // Every interaction within 100 ms at 1×; the 4× figure is reported beside it.
    const interaction = (label, byRate) =>
      check(
        byRate[1],
        byRate[1] < 100,
        `${p} ${label} < 100 ms at 1× CPU: ${fmt(byRate[1], 1)} ms (4×: ${fmt(byRate[4], 1)} ms)`,
      );
    interaction('tab switch', f.tabSwitch);
    interaction('sort change', f.sortChange);
    interaction('unit change', f.unitChange);
    interaction('language switch', f.languageSwitch);
  }
  if (city)
    for (const [label, key] of CITY_STEPS) {
      const m = summarize(city[1].map((r) => r[key])).median;
      check(m, m < 100, `/zh/nbs ${label} < 100 ms at 1× CPU: ${fmt(m, 1)} ms`);
    }
  if (history)
    for (const [label, key] of HISTORY_STEPS) {
      const m = summarize(history[1].map((r) => r[key])).median;
      check(m, m < 100, `/zh/trend ${label} < 100 ms at 1× CPU: ${fmt(m, 1)} ms`);
    }
  return lines;
}
