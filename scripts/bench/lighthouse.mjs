// Lighthouse on prerendered pages as a production host serves them: nginx with deploy/nginx.conf
// (its gzip, caching and security headers), Lighthouse's mobile preset with its default simulated
// throttling, one run per route. Lighthouse is about 180 MB with its dependencies, so it is not a
// project dependency: it is installed on first use into .cache/ (gitignored) and reused from there.
//
//   node scripts/bench/lighthouse.mjs /zh/ /en/counties     (report on stdout, progress on stderr)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, systemChromium } from '../chromium.mjs';
import { findNginx, nginxArgs, prepare } from '../nginx-e2e.mjs';
import { freePort } from './server.mjs';
import { fmt, table } from './stats.mjs';

/** The pinned Lighthouse: 12.x is the last line that runs on Node 20 (13 needs Node 22). */
export const LIGHTHOUSE_VERSION = '12.8.2';

/** The issue's goals for every page, under Lighthouse's mobile preset. */
export const LIGHTHOUSE_TARGETS = { performance: 95, tbtMs: 200 };

/** The pages measured when the CLI is given none (the bench's default pages). */
export const DEFAULT_ROUTES = ['/zh/', '/en/', '/zh/counties', '/en/counties'];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUN_TIMEOUT_MS = 120_000;
// A registry that is unreachable rather than refused can keep npm waiting for minutes.
const INSTALL_TIMEOUT_MS = 300_000;
// Only the end of a child's output is kept: enough for an error, not Lighthouse's whole log.
const OUTPUT_KEPT = 20_000;

const toStderr = (text) => process.stderr.write(`${text}\n`);

/** Where the pinned Lighthouse is cached (outside node_modules, so `npm ci` leaves it alone). */
export function lighthouseDir(root) {
  return join(root, '.cache', `lighthouse-${LIGHTHOUSE_VERSION}`);
}

const cliOf = (dir) => join(dir, 'node_modules', 'lighthouse', 'cli', 'index.js');

function cachedVersion(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/**
 * The path of Lighthouse's CLI in the cache, installing it there first when it is missing.
 * Resolves to `{ cli, installMs }` (installMs is 0 when the cache was reused) or, when npm could
 * not install it (offline, registry down), to `{ reason }`; it does not throw for those.
 */
export async function ensureLighthouse(root, { progress = toStderr } = {}) {
  const dir = lighthouseDir(root);
  if (cachedVersion(dir) === LIGHTHOUSE_VERSION && existsSync(cliOf(dir))) return { cli: cliOf(dir), installMs: 0 };
  progress(`Lighthouse ${LIGHTHOUSE_VERSION}: installing into ${relative(root, dir)}/ (about 180 MB, once)`);
  // Installed beside the cache and moved in once complete, so an interrupted install (or a second
  // bench installing at the same time) never leaves a half-filled cache that looks usable.
  const partial = `${dir}.partial-${process.pid}`;
  removeAbandoned(dir);
  mkdirSync(partial, { recursive: true });
  const started = performance.now();
  // --ignore-scripts: no package in Lighthouse 12.8.2's tree has an install script (checked), and
  // none is needed: it drives the system Chromium rather than downloading one.
  const { code, signal, output, timedOut, error } = await run(
    'npm',
    [
      'install',
      '--prefix',
      partial,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      `lighthouse@${LIGHTHOUSE_VERSION}`,
    ],
    { cwd: root, timeoutMs: INSTALL_TIMEOUT_MS },
  );
  const installMs = performance.now() - started;
  if (code !== 0 || cachedVersion(partial) !== LIGHTHOUSE_VERSION) {
    rmSync(partial, { recursive: true, force: true });
    const why = timedOut
      ? `no answer within ${INSTALL_TIMEOUT_MS / 1000} s`
      : (error?.message ?? npmError(output) ?? `exit ${code ?? signal}`);
    return { reason: `npm could not install lighthouse@${LIGHTHOUSE_VERSION} (${why})` };
  }
  if (cachedVersion(dir) === LIGHTHOUSE_VERSION && existsSync(cliOf(dir))) {
    // Another run finished its install first: use that one.
    rmSync(partial, { recursive: true, force: true });
  } else {
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  }
  return { cli: cliOf(dir), installMs };
}

/** Removes partial installs whose process is gone (killed mid-install): 180 MB each. */
function removeAbandoned(dir) {
  const prefix = `${basename(dir)}.partial-`;
  let names = [];
  try {
    names = readdirSync(dirname(dir)).filter((name) => name.startsWith(prefix));
  } catch {
    return; // no .cache/ yet
  }
  for (const name of names) {
    const pid = Number(name.slice(prefix.length));
    if (pid !== process.pid && isAlive(pid)) continue;
    rmSync(join(dirname(dir), name), { recursive: true, force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** npm's own summary of a failure: its error code and first message line, without the stack. */
function npmError(output) {
  const lines = output
    .split('\n')
    .filter((l) => l.startsWith('npm error '))
    .map((l) => l.slice('npm error '.length));
  const code = lines.map((l) => /^code (\S+)$/.exec(l)?.[1]).find(Boolean);
  const message = lines
    .find((l) => l.trim() && !/^(code|syscall|errno) \S+$/.test(l) && !/^\s/.test(l))
    ?.replace(/^(network|FetchError:) /, '');
  return [code, message].filter(Boolean).join(': ') || undefined;
}

/**
 * Runs a command to its end, keeping the tail of its output. `timeoutMs` stops it with
 * `stopSignal`, then SIGKILL if it lingers; `onStart` receives that same stop for a caller's
 * clean-up on Ctrl-C.
 */
function run(command, args, { cwd, env, timeoutMs, stopSignal = 'SIGTERM', onStart = () => {} }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    let killTimer;
    const stop = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(stopSignal);
      killTimer ??= setTimeout(() => child.kill('SIGKILL'), 5000);
    };
    onStart(stop);
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, timeoutMs);
    const keep = (d) => (output = (output + d).slice(-OUTPUT_KEPT));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const done = (result) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      resolve({ ...result, output, timedOut });
    };
    child.once('error', (error) => done({ code: null, signal: null, error }));
    child.once('close', (code, signal) => done({ code, signal }));
  });
}

/**
 * Serves a copy of dist/ with nginx and deploy/nginx.conf on a free port (the e2e tests' set-up)
 * and waits until it answers. `stop()` ends exactly that nginx and removes its work directory.
 */
async function startNginx(nginx) {
  const port = await freePort();
  const paths = prepare(port);
  const child = spawn(nginx, nginxArgs(paths), { stdio: 'ignore' });
  let spawnError;
  const exited = new Promise((resolve) => {
    child.once('exit', resolve);
    child.once('error', (error) => resolve((spawnError = error)));
  });
  let stopped;
  const stop = () =>
    (stopped ??= (async () => {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        // SIGQUIT is nginx's graceful shutdown; SIGKILL only if it hangs.
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(paths.work, { recursive: true, force: true });
    })());
  // deploy/nginx.conf serves the dashboard for the host name `localhost` only.
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (spawnError || child.exitCode !== null) {
      const log = errorLogTail(paths.errorLog);
      await stop();
      throw new Error(
        `nginx ${spawnError ? `could not start: ${spawnError.message}` : `exited (${child.exitCode})`}${log}`,
      );
    }
    try {
      const response = await fetch(`${origin}/zh/`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      const log = errorLogTail(paths.errorLog);
      await stop();
      throw new Error(`nginx did not answer ${origin}/zh/ within 10 s${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

function errorLogTail(file) {
  try {
    const tail = readFileSync(file, 'utf8').trim().split('\n').slice(-3).join('\n');
    return tail ? `: ${tail}` : '';
  } catch {
    return '';
  }
}

const finiteOrNull = (value) => (Number.isFinite(value) ? value : null);

/** A route's result without figures, and why. */
const notMeasured = (failed) => ({
  scores: { performance: null, accessibility: null, bestPractices: null, seo: null },
  tbt: null,
  fcp: null,
  lcp: null,
  si: null,
  cls: null,
  domElements: null,
  domWarning: null,
  warnings: [],
  failed,
});

/**
 * The figures of one Lighthouse result (the lhr, as the CLI writes it with --output=json). A
 * figure Lighthouse could not compute is null; a runtime error (the page did not load, nothing
 * was painted) is returned as `failed`.
 *
 * Excessive DOM size: the `dom-size` audit (shown under Diagnostics) scores the element count of
 * <body> on a log-normal curve (p10 818, median 1,400). Up to 818 elements that curve gives ≥ 0.9
 * and the audit passes with score 1 ("Avoids an excessive DOM size"); above it Lighthouse 12 sets
 * the score to 0.5, or 0 when style and layout work added Total Blocking Time, and titles it
 * "Avoid an excessive DOM size". So the warning is exactly `score < 1`.
 */
export function figuresFromLhr(lhr) {
  const url = lhr.finalDisplayedUrl ?? lhr.requestedUrl;
  const error = lhr.runtimeError;
  // No figure of a run that failed is trusted; every audit then fails with that same error, and
  // Lighthouse repeats it as a warning.
  if (error)
    return {
      ...notMeasured(`${error.code}: ${error.message}`),
      url,
      warnings: (lhr.runWarnings ?? []).filter((w) => w !== error.message),
    };
  const audits = lhr.audits ?? {};
  const numeric = (id) => finiteOrNull(audits[id]?.numericValue);
  const score = (id) => {
    const value = lhr.categories?.[id]?.score;
    // The report shows category scores rounded to whole points.
    return Number.isFinite(value) ? Math.round(value * 100) : null;
  };
  const dom = audits['dom-size'];
  return {
    url,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    },
    tbt: numeric('total-blocking-time'),
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    si: numeric('speed-index'),
    cls: numeric('cumulative-layout-shift'),
    domElements: numeric('dom-size'),
    domWarning: Number.isFinite(dom?.score) ? dom.score < 1 : null,
    warnings: [...(lhr.runWarnings ?? []), ...auditErrors(audits)],
  };
}

/** Audits that errored, one line per message (one cause, a missing trace say, fails many). */
function auditErrors(audits) {
  const byMessage = new Map();
  for (const audit of Object.values(audits)) {
    if (audit.scoreDisplayMode !== 'error') continue;
    const message = audit.errorMessage ?? 'no message';
    byMessage.set(message, [...(byMessage.get(message) ?? []), audit.id]);
  }
  return [...byMessage].map(([message, ids]) => {
    const names = ids.length > 3 ? `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more` : ids.join(', ');
    return `audit${ids.length > 1 ? 's' : ''} ${names} failed: ${message}`;
  });
}

/** What the run measured under (read from a result, so the report states what was used). */
export function environmentFromLhr(lhr) {
  const settings = lhr.configSettings ?? {};
  return {
    formFactor: settings.formFactor,
    throttlingMethod: settings.throttlingMethod,
    throttling: settings.throttling,
    chromium: /Chrome\/(\d+)/.exec(lhr.environment?.hostUserAgent ?? '')?.[1],
    benchmarkIndex: lhr.environment?.benchmarkIndex,
  };
}

/** One Lighthouse run in its own process, which also starts and ends its Chromium. */
async function lighthouseRoute({ cli, chromePath, url, file, timeoutMs, onStart }) {
  rmSync(file, { force: true });
  try {
    const { code, signal, output, timedOut, error } = await run(
      process.execPath,
      [
        cli,
        url,
        '--output=json',
        // A file rather than stdout: the JSON is ~700 kB and stays apart from the CLI's log.
        `--output-path=${file}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${['--headless=new', ...CHROMIUM_ARGS].join(' ')}`,
      ],
      // SIGINT first: the CLI's Chrome launcher then kills its Chromium before exiting.
      { env: { ...process.env, CHROME_PATH: chromePath }, timeoutMs, stopSignal: 'SIGINT', onStart },
    );
    if (timedOut) return notMeasured(`no result within ${timeoutMs / 1000} s (stopped)`);
    // After a runtime error the CLI still writes the result, then exits 1: its error says most.
    if (existsSync(file)) {
      const lhr = JSON.parse(readFileSync(file, 'utf8'));
      return { ...figuresFromLhr(lhr), environment: environmentFromLhr(lhr) };
    }
    const tail = output.trim().split('\n').slice(-3).join(' | ');
    return notMeasured(error?.message ?? `Lighthouse exited with ${code ?? signal}, no result: ${tail}`);
  } catch (error) {
    return notMeasured(`unreadable result: ${error.message}`);
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * Runs Lighthouse once per route, one after the other, against the dist/ that is there. Resolves
 * to `{ version, results, environment?, load?, installMs?, skipped? }`: a result per route is
 * `{ route, url, scores: { performance, accessibility, bestPractices, seo } (0–100), tbt, fcp, lcp,
 * si (ms), cls, domElements, domWarning, warnings, ms (the run's wall time), failed? }`. Never
 * throws for a missing tool or a failed page: the first gives `skipped` (a reason), the second
 * a result with `failed`. `onCleanup(fn)` receives a function that stops whatever is still
 * running (Lighthouse, its Chromium, nginx), for the caller's Ctrl-C handling.
 */
export async function runLighthouse({
  root,
  routes = DEFAULT_ROUTES,
  progress = toStderr,
  timeoutMs = RUN_TIMEOUT_MS,
  onCleanup = () => {},
}) {
  const result = { version: LIGHTHOUSE_VERSION, results: [] };
  const chromePath = systemChromium() ?? process.env.CHROME_PATH;
  if (!chromePath) return { ...result, skipped: 'no Chromium (/usr/bin/chromium, or set CHROMIUM_PATH)' };
  const nginx = findNginx();
  if (!nginx) return { ...result, skipped: 'nginx is not installed (or set NGINX_PATH)' };
  const lighthouse = await ensureLighthouse(root, { progress });
  if (lighthouse.reason) return { ...result, skipped: lighthouse.reason };
  if (lighthouse.installMs) result.installMs = lighthouse.installMs;

  let server;
  let stopRun = () => {};
  const work = mkdtempSync(join(tmpdir(), 'pgd-lighthouse-'));
  onCleanup(async () => {
    stopRun();
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  });
  try {
    server = await startNginx(nginx);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    return { ...result, skipped: `nginx: ${error.message}` };
  }
  try {
    result.load = { start: loadavg()[0] };
    for (const route of routes) {
      progress(`  Lighthouse ${route}`);
      const started = performance.now();
      const { environment, ...figures } = await lighthouseRoute({
        cli: lighthouse.cli,
        chromePath,
        url: new URL(route, server.origin).href,
        file: join(work, 'lhr.json'),
        timeoutMs,
        onStart: (stop) => (stopRun = stop),
      });
      const ms = performance.now() - started;
      progress(
        `  Lighthouse ${route}: ${figures.failed ? `failed (${figures.failed})` : 'done'} in ${fmt(ms / 1000, 1)} s`,
      );
      result.environment ??= environment;
      result.results.push({ route, ...figures, ms });
    }
    result.load.end = loadavg()[0];
  } finally {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
  return result;
}

/**
 * The three goals for one route: `ok` is true (all met), false (one missed) or null (a figure is
 * missing and none was missed).
 */
export function checkTargets(route) {
  const { performance } = route.scores;
  const checks = {
    performance: performance === null ? null : performance >= LIGHTHOUSE_TARGETS.performance,
    tbt: route.tbt === null ? null : route.tbt < LIGHTHOUSE_TARGETS.tbtMs,
    dom: route.domWarning === null ? null : !route.domWarning,
  };
  const values = Object.values(checks);
  const ok = values.includes(false) ? false : values.includes(null) ? null : true;
  return { ok, checks };
}

const verdict = (ok) => (ok === null ? 'N/A' : ok ? 'PASS' : 'MISS');
const seconds = (ms) => (ms === null ? '–' : fmt(ms / 1000, 1));

/** The report: what was measured and how, a table of the figures, then the targets per route. */
export function reportLighthouse(result) {
  if (result.skipped) return [`Lighthouse: not measured: ${result.skipped}`];
  const env = result.environment;
  const t = env?.throttling;
  const throttling = t
    ? `simulated throttling: ${fmt(t.rttMs)} ms RTT, ${fmt(t.throughputKbps / 1000, 1)} Mbps, ${fmt(t.cpuSlowdownMultiplier)}× CPU slowdown`
    : 'simulated throttling';
  const lines = [
    `Lighthouse ${result.version}, ${env?.formFactor ?? 'mobile'} preset (${throttling}), one run per route.`,
    `Served by nginx with deploy/nginx.conf (a copy of dist/) at http://localhost:<port>.`,
  ];
  if (env)
    lines.push(
      `Chromium ${env.chromium ?? '?'}, Lighthouse benchmark index ${fmt(env.benchmarkIndex)}; 1-minute load average ` +
        `${fmt(result.load?.start, 2)} at the start, ${fmt(result.load?.end, 2)} at the end (a busy machine inflates TBT).`,
    );
  lines.push('');
  const rows = result.results.map((r) => [
    r.route,
    fmt(r.scores.performance),
    fmt(r.tbt),
    seconds(r.fcp),
    seconds(r.lcp),
    seconds(r.si),
    fmt(r.cls, 3),
    `${fmt(r.domElements)}${r.domWarning ? ' !' : ''}`,
    fmt(r.scores.accessibility),
    fmt(r.scores.bestPractices),
    fmt(r.scores.seo),
  ]);
  lines.push(
    ...table(
      [
        'route',
        'performance',
        'TBT ms',
        'FCP s',
        'LCP s',
        'SI s',
        'CLS',
        'DOM elements',
        'accessibility',
        'best pr.',
        'SEO',
      ],
      rows,
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  if (result.results.some((r) => r.domWarning))
    lines.push('! Lighthouse warns "Avoid an excessive DOM size" (more than 818 elements in <body>).');
  for (const r of result.results) {
    if (r.failed) lines.push(`Not measured: ${r.route}: ${r.failed}`);
    for (const warning of r.warnings) lines.push(`Lighthouse warned on ${r.route}: ${warning}`);
  }

  const { performance: minScore, tbtMs } = LIGHTHOUSE_TARGETS;
  lines.push('', `Targets: performance ≥ ${minScore}, TBT < ${tbtMs} ms, no excessive-DOM warning.`);
  const checked = result.results.map((r) => ({ r, ...checkTargets(r) }));
  const mark = (ok) => (ok === null ? '' : ok ? 'ok' : 'MISS');
  lines.push(
    ...table(
      ['', 'route', `performance ≥ ${minScore}`, `TBT < ${tbtMs} ms`, 'DOM elements, no warning'],
      checked.map(({ r, ok, checks }) => [
        verdict(ok),
        r.route,
        `${fmt(r.scores.performance)} ${mark(checks.performance)}`,
        `${fmt(r.tbt)} ${mark(checks.tbt)}`,
        `${fmt(r.domElements)} ${mark(checks.dom)}`,
      ]),
    ),
  );
  const count = (ok) => checked.filter((c) => c.ok === ok).length;
  const unknown = count(null);
  lines.push(
    `Targets met on ${count(true)} of ${checked.length} routes` + (unknown ? ` (${unknown} not measured).` : '.'),
  );
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const routes = process.argv.slice(2);
  const cleanups = [];
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => void Promise.all(cleanups.map((fn) => fn())).then(() => process.exit(130)));
  const result = await runLighthouse({
    root,
    routes: routes.length ? routes : DEFAULT_ROUTES,
    onCleanup: (fn) => cleanups.push(fn),
  });
  console.log(reportLighthouse(result).join('\n'));
  // A report, not a test: non-zero only when nothing could be measured.
  process.exitCode = result.skipped || result.results.every((r) => r.failed) ? 1 : 0;
}
