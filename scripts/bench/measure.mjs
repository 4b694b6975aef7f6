// One cold page load in Chromium, measured from inside the page.
import { median } from './stats.mjs';

// initScript, collect and switchToTable are serialised into the page and run there, not in Node.
/* global window, document, requestAnimationFrame, MutationObserver */

const LOAD_TIMEOUT_MS = 60_000;
const QUIET_MS = 1000;

/**
 * Installed before navigation, so it sees the document from its first byte. It records when the
 * chart SVG is first in the DOM and then painted (two animation frames later: the first runs
 * before the next paint, the second after it), first contentful paint, and every long task.
 * Times are performance.now(), i.e. ms since navigation start.
 */
function initScript() {
  const state = { chartPaintedAt: null, fcp: null, interactiveAt: null, longTasks: [], svg: null };
  window.__bench = state;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') state.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const found = () => {
    const svg = document.querySelector('svg.recharts-surface');
    if (!svg) return false;
    state.svg = svg;
    requestAnimationFrame(() => requestAnimationFrame(() => (state.chartPaintedAt = performance.now())));
    return true;
  };
  if (!found()) {
    const observer = new MutationObserver(() => found() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true });
  }
  // The app marks <html data-interactive> once it has hydrated and listens to input.
  const interactive = new MutationObserver(() => {
    if (!document.documentElement?.hasAttribute('data-interactive')) return;
    state.interactiveAt = performance.now();
    interactive.disconnect();
  });
  interactive.observe(document, { attributes: true, attributeFilter: ['data-interactive'], subtree: true });
}

/** Read in the page once it is quiet. */
function collect() {
  const state = window.__bench;
  const scripts = performance
    .getEntriesByType('resource')
    .filter((e) => e.initiatorType === 'script' || /\.m?js(\?|$)/.test(new URL(e.name).pathname))
    .map((e) => ({ path: new URL(e.name).pathname, transfer: e.transferSize, encoded: e.encodedBodySize }));
  return {
    chartPaintedAt: state.chartPaintedAt,
    fcp: state.fcp,
    interactive: state.interactiveAt,
    // Over 50 ms a task blocks input noticeably; only the excess counts (as in Total Blocking Time).
    blocking: state.longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    longTasks: state.longTasks.length,
    scripts,
    // Did hydration keep the prerendered SVG, or replace it (which would repaint the chart)?
    svgKept: state.svg ? state.svg.isConnected : null,
  };
}

/**
 * Clicks the second tab (表格 / Table) and resolves with the ms until a <table> is visible,
 * checked once per animation frame, i.e. in the frame that paints it. Null if it never shows.
 */
function switchToTable() {
  const tab = document.querySelectorAll('[role="tab"]')[1];
  if (!tab) return Promise.resolve(null);
  const visible = () => document.querySelector('table')?.checkVisibility() === true;
  const started = performance.now();
  tab.click();
  return new Promise((resolve) => {
    const poll = () => {
      const elapsed = performance.now() - started;
      if (visible()) resolve(elapsed);
      else if (elapsed > 10_000) resolve(null);
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}

/**
 * Picks the next order in the page's first sort list and resolves with the ms until the view on
 * show (chart or table) is in the new order, checked once per animation frame as above. Null if
 * the page has no sort list or the view never changed.
 */
function changeSort() {
  const select = document.querySelector('select[id$="-sort"]');
  if (!select || select.options.length < 2) return Promise.resolve(null);
  const panel = () => select.closest('section')?.querySelector('[role="tabpanel"]');
  const before = panel()?.textContent;
  select.value = select.options[(select.selectedIndex + 1) % select.options.length].value;
  const started = performance.now();
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return new Promise((resolve) => {
    const poll = () => {
      const elapsed = performance.now() - started;
      if (panel()?.textContent !== before) resolve(elapsed);
      else if (elapsed > 10_000) resolve(null);
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}

/**
 * Opens `url` again in the same browser context (its cache, and the service worker if it took
 * control), follows the language link (a plain link to the other language's prerendered page)
 * and resolves with the ms from the click until that page's chart is painted, as the init script
 * sees it in the new document (both times on the shared clock, `performance.timeOrigin`). NaN
 * without a language link.
 */
async function switchLanguage(page, url) {
  // From the page's default view: the other views carry their state into the link, and the
  // target page then draws that view on the client, not its prerendered chart.
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  await page.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: LOAD_TIMEOUT_MS });
  const link = page.locator('a[hreflang]').first();
  if ((await link.count()) === 0) return Number.NaN;
  const target = new URL(await link.evaluate((a) => a.href)).pathname;
  const clickedAt = await link.evaluate((a) => {
    const at = performance.timeOrigin + performance.now();
    a.click();
    return at;
  });
  await page.waitForURL((u) => u.pathname === target, { timeout: LOAD_TIMEOUT_MS });
  const paintedAt = await page.waitForFunction(
    () => window.__bench?.chartPaintedAt != null && performance.timeOrigin + window.__bench.chartPaintedAt,
    undefined,
    { timeout: LOAD_TIMEOUT_MS },
  );
  return (await paintedAt.jsonValue()) - clickedAt;
}

/**
 * Loads `url` in a fresh context (empty cache) at `cpuRate`× CPU slowdown, waits until the page is
 * quiet (load event, network idle, then 1 s), and returns the figures. With `interact`, then
 * times the switch to the table view, a change of sort order (in the table), and last the switch
 * to the other language (which leaves the page).
 */
export async function measureLoad(browser, url, { cpuRate, interact }) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.addInitScript(initScript);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT_MS });
    await page.waitForTimeout(QUIET_MS);
    const figures = await page.evaluate(collect);
    const timeToChart =
      figures.chartPaintedAt === null ? Number.NaN : Math.max(figures.chartPaintedAt, figures.fcp ?? 0);
    // Input before the app listens is lost (the prerendered controls do nothing yet), so the
    // interactions wait for it; on a busy machine at 4x it can come after the page went quiet.
    if (interact) await page.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: LOAD_TIMEOUT_MS });
    const tabSwitch = interact ? ((await page.evaluate(switchToTable)) ?? Number.NaN) : undefined;
    const sortChange = interact ? ((await page.evaluate(changeSort)) ?? Number.NaN) : undefined;
    const languageSwitch = interact ? await switchLanguage(page, url) : undefined;
    const timeToInteractive = figures.interactive ?? Number.NaN;
    return { ...figures, timeToChart, timeToInteractive, tabSwitch, sortChange, languageSwitch, errors };
  } finally {
    await context.close();
  }
}

/**
 * Checks that CPU throttling really applies: the same busy loop at 1× and at `rate`×, three times
 * each, alternating; returns the ratio of the medians. Throttling silently not applying would make
 * every 4× figure meaningless (and a busy machine shows up here as a ratio far from `rate`).
 */
export async function throttleFactor(browser, url, rate) {
  const spin = () => {
    const start = performance.now();
    let x = 0;
    for (let i = 0; i < 3e7; i += 1) x = (x + i * 7) % 1000003;
    return performance.now() - start + x * 0;
  };
  const timed = async (cpuRate) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
      await page.goto(url);
      await page.evaluate(spin); // warm-up, so both figures are of optimised code
      return await page.evaluate(spin);
    } finally {
      await context.close();
    }
  };
  const times = { 1: [], [rate]: [] };
  for (let i = 0; i < 3; i += 1) for (const r of [1, rate]) times[r].push(await timed(r));
  return median(times[rate]) / median(times[1]);
}
