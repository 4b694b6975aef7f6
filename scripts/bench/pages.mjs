// Reads the prerendered pages in dist/: which JS each one asks for up front, and its "floor", its
// first chart alone in a minimal HTML page (the best any page showing that chart could do).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Where floor pages go inside dist/ (served by the same preview server, removed afterwards). */
export const FLOOR_DIR = '__bench';

/**
 * The prerendered HTML file for a URL path, or undefined if there is none. As scripts/prerender.mjs
 * writes them: `/zh/` → zh/index.html, `/zh/counties` → zh/counties.html.
 */
export function prerenderedFile(dist, path) {
  const file = path.endsWith('/')
    ? join(dist, path, 'index.html')
    : join(dist, path.endsWith('.html') ? path : `${path}.html`);
  return existsSync(file) ? file : undefined;
}

/** `/zh/counties` → `zh-counties`; `/` → `root`. */
export function slugOf(path) {
  return path.replace(/^\/+|\/+$/g, '').replace(/[^a-zA-Z0-9]+/g, '-') || 'root';
}

/**
 * The outer HTML of the first element `<tag …>` whose opening tag matches `opening`, with the
 * same tags nested inside it balanced; undefined if there is none.
 */
export function firstElement(html, tag, opening = /./) {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  let start = -1;
  let depth = 0;
  for (const match of html.matchAll(tags)) {
    if (start < 0) {
      if (match[1] || !opening.test(match[0])) continue;
      start = match.index;
      depth = 1;
      continue;
    }
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index + match[0].length);
  }
  return undefined;
}

/**
 * The floor of issue #20 for a page: its first chart (the first Recharts SVG, as the app drew
 * it at build time) or, on a page without one, its main content, alone in a minimal HTML file:
 * no stylesheet, no script, nothing else. The fastest any page showing that chart could be.
 */
export function floorHtml(html) {
  const lang = /<html\b[^>]*\blang=["']([^"']+)/i.exec(html)?.[1] ?? 'zh-CN';
  const chart = firstElement(html, 'svg', /class=["'][^"']*recharts-surface/);
  const body = chart
    ? `<div style="max-width:960px;aspect-ratio:16/9">${chart}</div>`
    : (firstElement(html, 'main') ?? '');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>floor</title></head><body>${body}</body></html>
`;
}

/** Writes the floor page for `path` into dist/__bench/ and returns its URL path. */
export function writeFloorPage(dist, path) {
  const urlPath = `/${FLOOR_DIR}/${slugOf(path)}/`;
  const file = join(dist, urlPath, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, floorHtml(readFileSync(prerenderedFile(dist, path), 'utf8')));
  return urlPath;
}

/**
 * The JS the HTML itself asks for before any code runs: classic <script src> (boot.js), the entry
 * <script type="module">, its <link rel="modulepreload">s and the modules boot.js preloads with
 * it (`data-app-modules`). Everything else is loaded later, by the code. Returned as URL paths
 * such as `/assets/index-abc.js`.
 */
export function initialScripts(dist, path) {
  const html = readFileSync(prerenderedFile(dist, path), 'utf8');
  const urls = new Set();
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi)) urls.add(src);
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = /\bhref=["']([^"']+)["']/i.exec(tag)?.[1];
    if (/\brel=["']?modulepreload\b/i.test(tag) && href) urls.add(href);
    // The entry's modules, which boot.js preloads as it starts the entry (scripts/prerender.mjs).
    const modules = /\bdata-app-modules=["']([^"']*)["']/i.exec(tag)?.[1] ?? '';
    for (const url of modules.split(/\s+/)) if (url) urls.add(url);
  }
  return [...urls].map((u) => new URL(u, 'http://x/').pathname);
}

/**
 * Raw and gzip (level 6, what servers commonly use) sizes of every .js file in dist/ and
 * dist/assets/, by URL path. Taken once before the loads, so a rebuild during the run cannot
 * mix two builds' sizes into one report.
 */
export function jsSizes(dist) {
  const sizes = new Map();
  for (const dir of ['', 'assets']) {
    if (!existsSync(join(dist, dir))) continue;
    for (const name of readdirSync(join(dist, dir)).filter((n) => n.endsWith('.js'))) {
      const bytes = readFileSync(join(dist, dir, name));
      const urlPath = `/${dir ? `${dir}/` : ''}${name}`;
      sizes.set(urlPath, { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length });
    }
  }
  return sizes;
}
