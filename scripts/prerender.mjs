// Writes one HTML file per route and language into dist/, each holding the page rendered with its
// data (charts as SVG, tables, figures) and the query cache the client hydrates from.
// Runs after `vite build` (client, which also wrote the static API) and `vite build --ssr`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const ssrDir = join(root, 'dist-ssr');

const built = readFileSync(join(dist, 'index.html'), 'utf8');
for (const marker of [
  '<!--app-html-->',
  '<!--app-state-->',
  '<html lang="zh-CN">',
  '<title>',
  '<meta name="description" content="',
]) {
  if (!built.includes(marker)) throw new Error(`dist/index.html: the template lacks ${marker}`);
}
// The app's entry is fetched at once but run only after the prerendered page has painted:
// a module script would otherwise run (and hydrate) before the first paint, holding back the
// chart that is already in the HTML. boot.js starts it from this link (public/boot.js).
const entryTag = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const entry = entryTag.exec(built)?.[1];
if (!entry) throw new Error('dist/index.html: no module entry script found');
// The modules the entry and its start-up stages import (vite.config.ts, preloadStartStages) are
// listed on the entry's link, not preloaded by the page: <link rel="modulepreload">s in the HTML
// are fetched and compiled while the page is still parsing and painting, which delayed the first
// paint of /zh/ by about a third at full CPU speed. boot.js preloads them when it starts the entry.
const preloads = built.match(/<link rel="modulepreload"[^>]*>\s*/g) ?? [];
const modules = preloads.map((link) => /href="([^"]+)"/.exec(link)?.[1]).filter(Boolean);
let template = built
  .replace(entryTag, '')
  .replace(
    '</body>',
    `<link rel="modulepreload" crossorigin href="${entry}" data-app-entry data-app-modules="${modules.join(' ')}">\n</body>`,
  );
for (const link of preloads) template = template.replace(link, '');
// The stylesheet is what the first paint waits for, so it is requested first (before boot.js).
const stylesheet = /<link rel="stylesheet"[^>]*>\s*/.exec(template)?.[0];
if (!stylesheet) throw new Error('dist/index.html: no stylesheet link found');
template = template
  .replace(stylesheet, '')
  .replace('<script src="/boot.js"></script>', `${stylesheet.trim()}\n    <script src="/boot.js"></script>`);
if (!template.includes(`${stylesheet.trim()}\n    <script src="/boot.js">`))
  throw new Error('dist/index.html: no boot.js script');
// Keep the unrendered shell for paths that are not prerendered (the host's fallback page).
writeFileSync(join(dist, 'shell.html'), template.replace('<!--app-html-->', '').replace('<!--app-state-->', ''));

const { render, prerenderTargets } = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
const readApi = (path) => JSON.parse(readFileSync(join(dist, 'api', 'v1', path), 'utf8'));
const readDataset = (id) => readApi(`datasets/${id}.json`);

/** Text for an HTML attribute or element (the messages hold apostrophes and quotes). */
const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The site's public address (`VITE_SITE_URL`, optional): Open Graph wants absolute URLs, so
 * og:url and og:image are written only when the build knows where the site lives.
 */
const site = (process.env.VITE_SITE_URL ?? '').replace(/\/$/, '');

/** Open Graph and Twitter tags, so a shared link shows the page's own title and description. */
function socialTags({ path, title, description, locale }) {
  const property = (name, content) => `<meta property="${name}" content="${escapeHtml(content)}" />`;
  return [
    property('og:type', 'website'),
    property('og:site_name', '濮阳市基层治理数据 · Puyang grass-roots governance'),
    property('og:title', title),
    property('og:description', description),
    property('og:locale', locale),
    ...(site ? [property('og:url', `${site}${path}`), property('og:image', `${site}/og-image.png`)] : []),
    `<meta name="twitter:card" content="${site ? 'summary_large_image' : 'summary'}" />`,
  ].join('\n    ');
}

const started = performance.now();
let pages = 0;
for (const { path, datasets } of prerenderTargets()) {
  const payloads = Object.fromEntries(datasets.map((id) => [id, readDataset(id)]));
  const { html, stateScript, lang, meta, ogLocale } = await render(path, payloads, readApi);
  const page = template
    .replace('<html lang="zh-CN">', `<html lang="${lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*" \/>/,
      `<meta name="description" content="${escapeHtml(meta.description)}" />\n    ${socialTags({ path, ...meta, locale: ogLocale })}`,
    )
    .replace('<!--app-html-->', html)
    .replace('<!--app-state-->', stateScript);
  // `/zh/` → zh/index.html; `/zh/counties` → zh/counties.html (static hosts and `vite preview`
  // serve extensionless URLs from .html files).
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, `${path}.html`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, page);
  pages += 1;
}
rmSync(ssrDir, { recursive: true, force: true });
console.log(`prerendered ${pages} pages in ${Math.round(performance.now() - started)} ms`);
