import type { APIResponse } from '@playwright/test';
import { parseCsp } from '../support/csp.ts';
import { EMBED_PATH, prerenderedPages } from '../support/nginx.ts';
import { expect, test } from '../support/test.ts';

/**
 * The deployment's headers (deploy/nginx.conf), checked on the responses nginx actually sends
 * for every prerendered page, the assets, the datasets and the service worker.
 */

// Embed pages in both languages, and an unprefixed embed path (answered by the shell).
const EMBEDS = ['/embed/counties', '/zh/embed/counties', '/en/embed/map'];

function expectCommonHeaders(response: APIResponse) {
  const h = response.headers();
  const csp = parseCsp(h['content-security-policy']);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  // Styles: files from this origin only; style *attributes* (chart SVGs) are allowed (docs/security.md).
  expect(csp.get('style-src')).toEqual(["'self'"]);
  expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  expect(h['content-security-policy']).not.toMatch(/unsafe-eval/);
  expect(h['content-security-policy-report-only']).toBe("require-trusted-types-for 'script'");
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toMatch(/camera=\(\)/);
  expect(h['server']).toBe('nginx'); // no version
  return { h, csp };
}

test('every prerendered page: strict CSP, no framing, revalidated', async ({ request }) => {
  const pages = prerenderedPages();
  expect(pages.length).toBeGreaterThan(20);
  for (const path of pages) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const { h, csp } = expectCommonHeaders(response);
    expect(h['content-type'], path).toBe('text/html; charset=utf-8');
    expect(h['cache-control'], path).toBe('no-cache');
    if (EMBED_PATH.test(path)) {
      expect(csp.get('frame-ancestors'), path).toEqual(['*']);
      expect(h['x-frame-options'], path).toBeUndefined();
    } else {
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(h['x-frame-options'], path).toBe('DENY');
    }
  }
});

test('embed paths, and only they, may be framed by other sites', async ({ request }) => {
  for (const path of EMBEDS) {
    const { h, csp } = expectCommonHeaders(await request.get(path));
    expect(csp.get('frame-ancestors'), path).toEqual(['*']);
    expect(h['x-frame-options'], path).toBeUndefined();
  }
  // Look-alikes are not embeds.
  for (const path of ['/zh/embedded', '/zh/counties/embed', '/fr/embed/e2e-probe']) {
    const { csp } = expectCommonHeaders(await request.get(path));
    expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
  }
});

test('hashed assets are immutable; datasets, the worker and the manifest are revalidated', async ({ request }) => {
  const html = await (await request.get('/zh/')).text();
  // The app's entry: boot.js starts it from its preload link (scripts/prerender.mjs).
  const asset = /<link rel="modulepreload" crossorigin href="(\/assets\/[^"]+\.js)" data-app-entry[ >]/.exec(html)?.[1];
  expect(asset).toBeDefined();
  const assetResponse = await request.get(asset!);
  expect(assetResponse.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(assetResponse.headers()['content-type']).toBe('application/javascript; charset=utf-8');

  const dataset = await request.get('/api/v1/datasets/divisions.json');
  expect(dataset.headers()['cache-control']).toBe('no-cache');
  expect(dataset.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(dataset.headers()['access-control-allow-origin']).toBe('*');
  const etag = dataset.headers()['etag'];
  expect(etag).toBeTruthy();
  const revalidated = await request.get('/api/v1/datasets/divisions.json', { headers: { 'if-none-match': etag! } });
  expect(revalidated.status()).toBe(304);

  for (const path of ['/sw.js', '/boot.js', '/manifest.webmanifest', '/api/v1/index.json']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  }
  expect((await request.get('/manifest.webmanifest')).headers()['content-type']).toMatch(
    /^application\/manifest\+json/,
  );
  // Pages are not CORS-readable; only the public data is.
  expect((await request.get('/zh/')).headers()['access-control-allow-origin']).toBeUndefined();
});

test('a path the build did not prerender gets the shell with 404, headers included', async ({ request }) => {
  for (const path of ['/zh/counties/no-such-unit', '/.git/config', '/api/v1/datasets/nope.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const { csp } = expectCommonHeaders(response);
    expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
  }
});

test('responses are compressed', async ({ request }) => {
  const response = await request.get('/api/v1/datasets/divisions.json', { headers: { 'accept-encoding': 'gzip' } });
  expect(response.headers()['content-encoding']).toBe('gzip');
});
