// One cold page load in Chromium, measured from inside the page.
import { median } from './stats.mjs';

// initScript, collect and switchToTable are serialised into the page and run there, not in Node.
/* global window, document, requestAnimationFrame, MutationObserver */

const LOAD_TIMEOUT_MS = 60_000;
const QUIET_MS = 1000;
const IDLE_MS = 500;

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
    // The app's and the floor's charts are Recharts SVGs; the d3 reference marks its own.
    const svg = document.querySelector('svg.recharts-surface, svg[data-bench-chart]');
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
  // For the interactions (which run in the page and so cannot share a module's helper): does
  // `act`, then resolves with the ms until `done()` holds, checked once per animation frame, i.e.
  // up to the frame that paints the result; null if it does not within 10 s.
  window.__benchTimeUntil = (act, done) => {
    const started = performance.now();
    act();
    return new Promise((resolve) => {
      const poll = () => {
        const elapsed = performance.now() - started;
        if (done()) resolve(elapsed);
        else if (elapsed > 10_000) resolve(null);
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
  };
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
  return window.__benchTimeUntil(() => tab.click(), visible);
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
  return window.__benchTimeUntil(
    () => select.dispatchEvent(new Event('change', { bubbles: true })),
    () => panel()?.textContent !== before,
  );
}

/**
 * Follows the first unit link in the view on show (the county table's rows link to the units'
 * pages, a route of the app) and resolves with the ms until that unit's page shows its name and
 * its figures, checked once per animation frame. Null without a unit link.
 */
function changeUnit() {
  const link = document.querySelector('[role="tabpanel"] a[href*="/counties/"]');
  if (!link) return Promise.resolve(null);
  const name = link.textContent.trim();
  const unit = new URL(link.href).pathname.split('/').pop();
  const shown = () =>
    document.querySelector('h1')?.textContent.trim() === name &&
    document.querySelector(
      `[data-figure-id="divisions:villages.${unit}"], [data-figure-id="divisions:communities.${unit}"]`,
    );
  return window.__benchTimeUntil(() => link.click(), shown);
}

/**
 * Clicks `selector` and resolves with the ms until the element `within` contains `text` (when
 * given) and a visible `shows`, checked once per animation frame; null if not within 10 s.
 */
function clickUntil({ selector, within, text, shows }) {
  const target = document.querySelector(selector);
  if (!target) return Promise.resolve(null);
  const done = () => {
    const scope = document.querySelector(within);
    if (!scope || (text && !scope.textContent.includes(text))) return false;
    return scope.querySelector(shows)?.checkVisibility() === true;
  };
  return window.__benchTimeUntil(() => target.click(), done);
}

/**
 * A page in a fresh context (empty cache) at `cpuRate`× CPU slowdown, with the init script
 * installed, its uncaught errors collected and its requests watched. The caller closes `context`.
 */
async function openMeasuredPage(browser, cpuRate) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.addInitScript(initScript);
    return { context, page, errors, network: watchNetwork(page) };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * The NBS page with the all-China file (≈3,000 county-level units): in a fresh context at
 * `cpuRate`×, opens `${origin}/zh/nbs`, searches 洛阳 (which loads the file) and times choosing
 * it until its county chart is painted, switching that chart to its table, and then choosing
 * a second city (郑州) until its table shows.
 */
export async function measureCityPicks(browser, origin, { cpuRate }) {
  const { context, page, errors, network } = await openMeasuredPage(browser, cpuRate);
  try {
    await page.goto(`${origin}/zh/nbs`, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await page.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: LOAD_TIMEOUT_MS });
    const search = page.getByRole('searchbox');
    const within = '[data-frame="nbs-city"]';
    const timed = async (step) => (await page.evaluate(clickUntil, { within, ...step })) ?? Number.NaN;
    const pick = async (query, code, text, shows) => {
      await search.fill(query);
      await page.locator(`button[data-city="${code}"]`).waitFor({ timeout: LOAD_TIMEOUT_MS });
      await network.idle();
      return timed({ selector: `button[data-city="${code}"]`, text, shows });
    };
    const pickCity = await pick('洛阳', '4103', '洛阳市', 'svg.recharts-surface');
    await network.idle();
    const cityTable = await timed({ selector: `${within} [role="tab"]:nth-child(2)`, shows: 'table' });
    await network.idle();
    const pickAnother = await pick('郑州', '4101', '郑州市', 'table');
    return { pickCity, cityTable, pickAnother, errors };
  } finally {
    await context.close();
  }
}

/**
 * Sets a select in `selector` to `value` (as a reader choosing an option) and resolves with the ms
 * until `within` contains `text` and a visible `shows`; null if not within 10 s.
 */
function chooseUntil({ selector, value, within, text, shows }) {
  const select = document.querySelector(selector);
  if (!select) return Promise.resolve(null);
  const done = () => {
    const scope = document.querySelector(within);
    if (!scope || (text && !scope.textContent.includes(text))) return false;
    return scope.querySelector(shows)?.checkVisibility() === true;
  };
  return window.__benchTimeUntil(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, done);
}

/**
 * Change over time, in a fresh context at `cpuRate`×: on /zh/trend, times choosing a city (洛阳,
 * after the city list has loaded) until its series is drawn, changing the release of its county
 * breakdown, sorting its change table by percent, and opening a county's change list from that
 * table (a new page, its code and its change file) until the list's chart is drawn.
 */
export async function measureHistory(browser, origin, { cpuRate }) {
  const { context, page, errors, network } = await openMeasuredPage(browser, cpuRate);
  try {
    await page.goto(`${origin}/zh/trend`, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await page.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: LOAD_TIMEOUT_MS });
    await page.getByRole('searchbox').fill('洛阳');
    await page.locator('button[data-city="4103"]').waitFor({ timeout: LOAD_TIMEOUT_MS });
    await network.idle();
    const chart = 'svg.recharts-surface';
    const chooseCity =
      (await page.evaluate(clickUntil, {
        selector: 'button[data-city="4103"]',
        within: '[data-frame="nbs-trend"]',
        text: '洛阳市',
        shows: chart,
      })) ?? Number.NaN;
    await network.idle();
    const changeYear =
      (await page.evaluate(chooseUntil, {
        selector: '[data-frame="nbs-year"] select[id$="-year"]',
        value: '2019',
        within: '[data-frame="nbs-year"]',
        text: '2019年版',
        shows: chart,
      })) ?? Number.NaN;
    await network.idle();
    const sort =
      (await page.evaluate(chooseUntil, {
        selector: '[data-frame="nbs-change"] select[id$="-rank"]',
        value: 'percent',
        within: '[data-frame="nbs-change"]',
        text: '按变化率排序',
        shows: chart,
      })) ?? Number.NaN;
    await network.idle();
    await page.locator('[data-frame="nbs-change"] [role="tab"]:nth-child(2)').click();
    await page.locator('[data-frame="nbs-change"] table a').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
    await network.idle();
    const openCounty =
      (await page.evaluate(clickUntil, {
        selector: '[data-frame="nbs-change"] table a',
        within: '[data-frame="nbs-county-changes"]',
        text: '村和社区的变化明细',
        shows: chart,
      })) ?? Number.NaN;
    return { chooseCity, changeYear, sort, openCounty, errors };
  } finally {
    await context.close();
  }
}

/**
 * The county chart's PNG download: in a fresh context at `cpuRate`×, opens /zh/counties, opens
 * its download menu and times two clicks on "PNG" until the frame says the file is ready (the
 * first also loads the PNG code; the second is the chart alone), and the same for SVG.
 */
export async function measureImageExport(browser, origin, { cpuRate }) {
  const { context, page, errors, network } = await openMeasuredPage(browser, cpuRate);
  try {
    await page.goto(`${origin}/zh/counties`, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await page.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: LOAD_TIMEOUT_MS });
    const frame = page.locator('[data-frame="counties"]');
    await frame.locator('summary', { hasText: '下载' }).click();
    await network.idle();
    const time = (format) =>
      page.evaluate((format) => {
        const frame = document.querySelector('[data-frame="counties"]');
        const button = frame?.querySelector(`button[data-format="${format}"]`);
        const status = frame?.querySelector('.exports__status');
        if (!button || !status) return null;
        // A second download of the same file ends on the same message, so watch for the status
        // to change at all (it says "preparing" in between) rather than compare with the text before.
        let changed = false;
        const observer = new MutationObserver(() => (changed = true));
        observer.observe(status, { childList: true, characterData: true, subtree: true, attributes: true });
        return window
          .__benchTimeUntil(
            () => button.click(),
            () => changed && status.getAttribute('aria-busy') === null && /^已下载/.test(status.textContent ?? ''),
          )
          .finally(() => observer.disconnect());
      }, format);
    const pngFirst = (await time('png')) ?? Number.NaN;
    await network.idle();
    const png = (await time('png')) ?? Number.NaN;
    const svg = (await time('svg')) ?? Number.NaN;
    return { pngFirst, png, svg, errors };
  } finally {
    await context.close();
  }
}

/**
 * Opens `url` again in the same browser context (its cache, and the service worker if it took
 * control), clicks the language link and resolves with the ms until the page shows in the other
 * language: the document's `lang` is the link's, the heading and the chart's text have changed,
 * and a chart is visible, checked once per animation frame in the page. The app switches in
 * place; were the link to load the other language's page instead, the timing would be lost with
 * the document, so that is timed from the click to the new document's chart paint. NaN without
 * a language link.
 */
async function switchLanguage(page, url) {
  // From the page's default view: the other views carry their state into the link.
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  await page.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: LOAD_TIMEOUT_MS });
  const link = page.locator('a[hreflang]').first();
  if ((await link.count()) === 0) return Number.NaN;
  const target = new URL(await link.evaluate((a) => a.href)).pathname;
  // A reader's pointer reaches the link before the click: that is when the other language's
  // messages load (from the warm cache here), as the reader moves to it.
  await link.hover();
  await page.waitForTimeout(IDLE_MS);
  const inPlace = page.evaluate(() => {
    const link = document.querySelector('a[hreflang]');
    const lang = link.hreflang;
    const heading = () => document.querySelector('h1')?.textContent;
    const chartText = () => document.querySelector('svg.recharts-surface')?.textContent;
    const before = { heading: heading(), chart: chartText() };
    // Kept by the tab across a page load, for the fallback below.
    sessionStorage.setItem('bench-clicked-at', String(performance.timeOrigin + performance.now()));
    return window.__benchTimeUntil(
      () => link.click(),
      () =>
        document.documentElement.lang === lang &&
        heading() !== before.heading &&
        chartText() !== before.chart &&
        document.querySelector('svg.recharts-surface')?.checkVisibility() === true,
    );
  });
  const inPlaceTime = await inPlace.catch(() => 'left'); // the document went away: a page load
  if (inPlaceTime !== 'left') return inPlaceTime ?? Number.NaN;
  await page.waitForURL((u) => u.pathname === target, { timeout: LOAD_TIMEOUT_MS });
  const elapsed = await page.waitForFunction(
    () =>
      window.__bench?.chartPaintedAt != null &&
      performance.timeOrigin + window.__bench.chartPaintedAt - Number(sessionStorage.getItem('bench-clicked-at')),
    undefined,
    { timeout: LOAD_TIMEOUT_MS },
  );
  return elapsed.jsonValue();
}

/**
 * Counts the page's requests in flight. `idle()` resolves once none has been for IDLE_MS (as
 * Playwright's "networkidle", which fires only once per navigation, where this can be awaited
 * again after the app has started).
 */
function watchNetwork(page) {
  let inFlight = 0;
  let lastActivity = performance.now();
  const started = () => {
    inFlight += 1;
    lastActivity = performance.now();
  };
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = performance.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    /** Counts now as network activity: `idle()` then waits at least IDLE_MS from here. */
    activity() {
      lastActivity = performance.now();
    },
    async idle() {
      const deadline = performance.now() + LOAD_TIMEOUT_MS;
      while (inFlight > 0 || performance.now() - lastActivity < IDLE_MS) {
        if (performance.now() > deadline) throw new Error(`network not idle after ${LOAD_TIMEOUT_MS} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/**
 * Loads `url` in a fresh context (empty cache) at `cpuRate`× CPU slowdown, waits until the page is
 * quiet (load event, network idle, then 1 s), and returns the figures. With `interact`, then
 * times the switch to the table view, a change of sort order (in the table), following a unit's
 * link from the table, and last the switch to the other language (which leaves the page).
 */
export async function measureLoad(browser, url, { cpuRate, interact }) {
  const { context, page, errors, network } = await openMeasuredPage(browser, cpuRate);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    // The app's page is quiet only once the app has started: at 4x on a busy machine the network
    // can sit idle for over a second before it asks for its first chunk, and reading the figures
    // then would leave out the work still to come (and with it most of the blocking time).
    // Input before the app listens is lost as well, so the interactions need it too.
    if (interact) await page.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: LOAD_TIMEOUT_MS });
    await network.idle();
    await page.waitForTimeout(QUIET_MS);
    const figures = await page.evaluate(collect);
    // A page without a chart (the source, the audit) counts its first contentful paint.
    const timeToChart = Math.max(figures.chartPaintedAt ?? 0, figures.fcp ?? Number.NaN);
    if (interact) {
      // The reader arrives: a pointer on the page is the intent that loads the code for
      // interaction (the chart drawing, the other language's messages). The interactions below
      // are timed from then on, as a reader's would be, and the JS figures above are before it.
      await page.mouse.move(640, 400);
      // The requests the move starts are not sent yet: count from the move, not from the last request.
      network.activity();
      await network.idle();
    }
    const tabSwitch = interact ? ((await page.evaluate(switchToTable)) ?? Number.NaN) : undefined;
    const sortChange = interact ? ((await page.evaluate(changeSort)) ?? Number.NaN) : undefined;
    const unitChange = interact ? ((await page.evaluate(changeUnit)) ?? Number.NaN) : undefined;
    const languageSwitch = interact ? await switchLanguage(page, url) : undefined;
    const timeToInteractive = figures.interactive ?? Number.NaN;
    return { ...figures, timeToChart, timeToInteractive, tabSwitch, sortChange, unitChange, languageSwitch, errors };
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
