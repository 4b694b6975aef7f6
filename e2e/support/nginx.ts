import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { nginxE2ePaths } from '../../scripts/nginx-e2e.mjs';

/** The nginx test server (playwright.config.ts starts it on E2E_NGINX_PORT). */
export const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? 8080);
/** The dashboard, as deployed. */
export const APP_ORIGIN = `http://localhost:${NGINX_PORT}`;
/** "Another site": a different origin on the same server, whose page frames the dashboard. */
export const OTHER_ORIGIN = `http://127.0.0.1:${NGINX_PORT}`;
export const nginxPaths = nginxE2ePaths(NGINX_PORT);

const dist = join(import.meta.dirname, '..', '..', 'dist');

/** The URL path of a prerendered file: zh/index.html → /zh/, zh/counties.html → /zh/counties. */
export function pagePath(file: string): string {
  const rel = file.split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel.slice(0, -'.html'.length)}`;
}

/**
 * Every page the build prerendered, read from dist/ (so pages added later are covered without
 * editing a list). The shell (the fallback for other paths) is not a page of its own.
 */
export function prerenderedPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (e.name === 'api' || e.name === 'assets' ? [] : walk(join(dir, e.name))) : [join(dir, e.name)],
    );
  return walk(dist)
    .filter((f) => f.endsWith('.html') && !f.endsWith(`${sep}shell.html`))
    .map((f) => pagePath(relative(dist, f)))
    .sort();
}

/** Embed routes, the only pages other sites may frame: /embed/…, /zh/embed/…, /en/embed/…. */
export const EMBED_PATH = /^\/((zh|en)\/)?embed\//;
