// Reads the prerendered pages in dist/: which JS each one asks for up front, and its "floor"
// twin, the same HTML with no JavaScript at all (the best a prerendered page could do).
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
 * Writes the floor page for `path` and returns its URL path. Every <script> goes (boot.js, the
 * entry module and the embedded query state), and every modulepreload link; stylesheets and the
 * inline SVG stay. What remains is what a visitor without JavaScript gets.
 */
export function writeFloorPage(dist, path) {
  const html = readFileSync(prerenderedFile(dist, path), 'utf8');
  const floor = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi, '');
  const urlPath = `/${FLOOR_DIR}/${slugOf(path)}/`;
  const file = join(dist, urlPath, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, floor);
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
