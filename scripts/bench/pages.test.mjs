import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstElement, floorHtml, initialScripts, prerenderedFile } from './pages.mjs';

const dist = mkdtempSync(join(tmpdir(), 'bench-pages-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
mkdirSync(join(dist, 'zh'), { recursive: true });
writeFileSync(
  join(dist, 'zh', 'index.html'),
  `<html><head><link rel="stylesheet" href="/assets/index.css"><script src="/boot.js"></script></head>
<body><div id="root"></div>
<link rel="modulepreload" crossorigin href="/assets/index-1.js" data-app-entry data-app-modules="/assets/react-2.js /assets/start-3.js">
</body></html>`,
);
writeFileSync(join(dist, 'zh', 'counties.html'), '<html></html>');

describe('prerenderedFile', () => {
  it('finds pages where the prerender writes them', () => {
    expect(prerenderedFile(dist, '/zh/')).toBe(join(dist, 'zh', 'index.html'));
    expect(prerenderedFile(dist, '/zh/counties')).toBe(join(dist, 'zh', 'counties.html'));
  });

  it('does not take a trailing slash for the page without it (the host serves its fallback there)', () => {
    expect(prerenderedFile(dist, '/zh/counties/')).toBeUndefined();
    expect(prerenderedFile(dist, '/zh/renovation')).toBeUndefined();
  });
});

describe('initialScripts', () => {
  it('counts boot.js, the entry and the modules boot.js preloads with it', () => {
    expect(initialScripts(dist, '/zh/')).toEqual([
      '/boot.js',
      '/assets/index-1.js',
      '/assets/react-2.js',
      '/assets/start-3.js',
    ]);
  });
});

describe('the floor page', () => {
  const page = `<html lang="en"><head><link rel="stylesheet" href="/a.css"><script src="/boot.js"></script></head>
<body><header><svg class="icon"><path d="M0"/></svg></header><main><h1>Counties</h1>
<svg class="recharts-surface" viewBox="0 0 640 360"><defs><svg id="inner"></svg></defs><rect/></svg>
<svg class="recharts-surface" id="second"></svg></main>
<script type="application/json" id="prerender-state">{}</script></body></html>`;

  it("is the page's first chart alone, nested SVG and all, with no script or stylesheet", () => {
    const floor = floorHtml(page);
    expect(floor).toContain(
      '<svg class="recharts-surface" viewBox="0 0 640 360"><defs><svg id="inner"></svg></defs><rect/></svg>',
    );
    expect(floor).not.toMatch(/<script|stylesheet|id="second"|class="icon"|<h1>/);
    expect(floor).toMatch(/^<!doctype html>\n<html lang="en">/);
  });

  it('is the main content on a page without a chart', () => {
    const floor = floorHtml('<html lang="zh-CN"><body><nav>x</nav><main><h1>原文</h1><p>一</p></main></body></html>');
    expect(floor).toContain('<main><h1>原文</h1><p>一</p></main>');
    expect(floor).not.toContain('<nav>');
  });

  it('finds nothing when the element is not there or never closes', () => {
    expect(firstElement('<div></div>', 'svg')).toBeUndefined();
    expect(firstElement('<svg><svg></svg>', 'svg')).toBeUndefined();
  });
});
