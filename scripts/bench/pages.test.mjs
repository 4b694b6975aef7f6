import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initialScripts, prerenderedFile } from './pages.mjs';

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
