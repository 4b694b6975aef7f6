// Writes one HTML file per route and language into dist/, each holding the page rendered with its
// data (charts as SVG, tables, figures) and the query cache the client hydrates from.
// Runs after `vite build` (client, which also wrote the static API) and `vite build --ssr`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const ssrDir = join(root, 'dist-ssr');

const template = readFileSync(join(dist, 'index.html'), 'utf8');
for (const marker of ['<!--app-html-->', '<!--app-state-->', '<html lang="zh-CN">', '<title>']) {
  if (!template.includes(marker)) throw new Error(`dist/index.html: the template lacks ${marker}`);
}
// Keep the unrendered shell for paths that are not prerendered (the host's fallback page).
writeFileSync(join(dist, 'shell.html'), template.replace('<!--app-html-->', '').replace('<!--app-state-->', ''));

const { render, prerenderTargets } = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
const readDataset = (id) => JSON.parse(readFileSync(join(dist, 'api', 'v1', 'datasets', `${id}.json`), 'utf8'));

const started = performance.now();
let pages = 0;
for (const { path, datasets } of prerenderTargets()) {
  const payloads = Object.fromEntries(datasets.map((id) => [id, readDataset(id)]));
  const { html, stateScript, lang, title } = await render(path, payloads);
  const page = template
    .replace('<html lang="zh-CN">', `<html lang="${lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
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
