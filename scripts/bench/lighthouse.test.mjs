import { describe, expect, it } from 'vitest';
import { checkTargets, environmentFromLhr, figuresFromLhr, reportLighthouse } from './lighthouse.mjs';

/** A Lighthouse 12 result (lhr) cut down to the fields the bench reads, with their real shapes. */
function lhr({ performance = 0.97, tbt = 120.4, domElements = 413, domScore = 1, ...rest } = {}) {
  const metric = (id, numericValue, numericUnit = 'millisecond') => ({
    id,
    score: 1,
    scoreDisplayMode: 'numeric',
    numericValue,
    numericUnit,
  });
  return {
    lighthouseVersion: '12.8.2',
    requestedUrl: 'http://localhost:4000/zh/',
    finalDisplayedUrl: 'http://localhost:4000/zh/',
    runWarnings: [],
    environment: {
      hostUserAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0',
      benchmarkIndex: 2601,
    },
    configSettings: {
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
      throttling: { rttMs: 150, throughputKbps: 1638.4, cpuSlowdownMultiplier: 4 },
    },
    categories: {
      performance: { id: 'performance', score: performance },
      accessibility: { id: 'accessibility', score: 1 },
      'best-practices': { id: 'best-practices', score: 0.96 },
      seo: { id: 'seo', score: 0.914 },
    },
    audits: {
      'first-contentful-paint': metric('first-contentful-paint', 1406.85),
      'largest-contentful-paint': metric('largest-contentful-paint', 1431.64),
      'speed-index': metric('speed-index', 1520.2),
      'total-blocking-time': metric('total-blocking-time', tbt),
      'cumulative-layout-shift': metric('cumulative-layout-shift', 0.0103, 'unitless'),
      'dom-size': {
        id: 'dom-size',
        score: domScore,
        scoreDisplayMode: 'metricSavings',
        numericValue: domElements,
        numericUnit: 'element',
        displayValue: `${domElements} elements`,
      },
    },
    ...rest,
  };
}

const run = (results) => ({
  version: '12.8.2',
  environment: environmentFromLhr(lhr()),
  load: { start: 0.5, end: 0.7 },
  results,
});

describe('figuresFromLhr', () => {
  it('reads the category scores as whole points and the metrics in ms', () => {
    const figures = figuresFromLhr(lhr());
    expect(figures.scores).toEqual({ performance: 97, accessibility: 100, bestPractices: 96, seo: 91 });
    expect(figures).toMatchObject({ tbt: 120.4, fcp: 1406.85, lcp: 1431.64, si: 1520.2, cls: 0.0103 });
    expect(figures).toMatchObject({ domElements: 413, domWarning: false, warnings: [] });
    expect(figures.failed).toBeUndefined();
  });

  it('takes a dom-size score below 1 as the excessive-DOM warning (0.5, or 0 with TBT from it)', () => {
    expect(figuresFromLhr(lhr({ domElements: 1129, domScore: 0.5 }))).toMatchObject({
      domElements: 1129,
      domWarning: true,
    });
    expect(figuresFromLhr(lhr({ domElements: 2400, domScore: 0 })).domWarning).toBe(true);
  });

  it('lists run warnings and the audits that errored, one line per message', () => {
    const result = lhr({ runWarnings: ['The page loaded too slowly to finish within the time limit.'] });
    for (const id of ['bf-cache', 'uses-http2'])
      result.audits[id] = { id, score: null, scoreDisplayMode: 'error', errorMessage: 'Required trace missing' };
    expect(figuresFromLhr(result).warnings).toEqual([
      'The page loaded too slowly to finish within the time limit.',
      'audits bf-cache, uses-http2 failed: Required trace missing',
    ]);
  });

  it('reports a runtime error as the reason, with no figures and without repeating it', () => {
    const message = 'Lighthouse was unable to reliably load the page you requested. (Status code: 404)';
    const result = lhr({ runtimeError: { code: 'ERRORED_DOCUMENT_REQUEST', message }, runWarnings: [message] });
    for (const audit of Object.values(result.audits))
      Object.assign(audit, { score: null, scoreDisplayMode: 'error', errorMessage: message, numericValue: undefined });
    const figures = figuresFromLhr(result);
    expect(figures.failed).toBe(`ERRORED_DOCUMENT_REQUEST: ${message}`);
    expect(figures).toMatchObject({ tbt: null, domElements: null, domWarning: null, warnings: [] });
    expect(figures.scores.performance).toBeNull();
  });
});

describe('checkTargets', () => {
  const route = (overrides) => ({ route: '/zh/', ...figuresFromLhr(lhr(overrides)) });

  it('passes at performance 95, TBT under 200 ms and no DOM warning', () => {
    expect(checkTargets(route({ performance: 0.95, tbt: 199 }))).toEqual({
      ok: true,
      checks: { performance: true, tbt: true, dom: true },
    });
  });

  it('misses on any one of the three', () => {
    expect(checkTargets(route({ performance: 0.944 })).checks.performance).toBe(false);
    expect(checkTargets(route({ tbt: 200 })).ok).toBe(false);
    expect(checkTargets(route({ domElements: 900, domScore: 0.5 })).checks).toEqual({
      performance: true,
      tbt: true,
      dom: false,
    });
  });

  it('is N/A for a route that was not measured', () => {
    const failed = figuresFromLhr(lhr({ runtimeError: { code: 'NO_FCP', message: 'No paint.' } }));
    expect(checkTargets(failed)).toEqual({ ok: null, checks: { performance: null, tbt: null, dom: null } });
  });
});

describe('reportLighthouse', () => {
  it('says why nothing was measured', () => {
    expect(reportLighthouse({ version: '12.8.2', results: [], skipped: 'npm could not install it' })).toEqual([
      'Lighthouse: not measured: npm could not install it',
    ]);
  });

  it('names the version, preset and server, tables the figures and checks the targets per route', () => {
    const lines = reportLighthouse(
      run([
        { route: '/zh/', ...figuresFromLhr(lhr()) },
        { route: '/en/renovation', ...figuresFromLhr(lhr({ tbt: 990, domElements: 1129, domScore: 0.5 })) },
      ]),
    );
    const text = lines.join('\n');
    expect(lines[0]).toBe(
      'Lighthouse 12.8.2, mobile preset (simulated throttling: 150 ms RTT, 1.6 Mbps, 4× CPU slowdown), one run per route.',
    );
    expect(text).toContain('nginx with deploy/nginx.conf');
    expect(lines.find((l) => l.startsWith('/zh/ '))).toMatch(
      /^\/zh\/\s+97\s+120\s+1\.4\s+1\.4\s+1\.5\s+0\.010\s+413\s+100/,
    );
    expect(lines.find((l) => l.startsWith('/en/renovation '))).toMatch(/\s990\s.*\s1,129 !\s/);
    expect(text).toMatch(/^PASS\s+\/zh\/\s+97 ok\s+120 ok\s+413 ok$/m);
    expect(text).toMatch(/^MISS\s+\/en\/renovation\s+97 ok\s+990 MISS\s+1,129 MISS$/m);
    expect(lines.at(-1)).toBe('Targets met on 1 of 2 routes.');
  });

  it('lists a failed route with its reason and counts it as not measured', () => {
    const failed = {
      route: '/zh/nope',
      ...figuresFromLhr(lhr({ runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } })),
    };
    const lines = reportLighthouse(run([failed]));
    expect(lines).toContain('Not measured: /zh/nope: NO_FCP: The page did not paint any content.');
    expect(lines.at(-1)).toBe('Targets met on 0 of 1 routes (1 not measured).');
  });
});
