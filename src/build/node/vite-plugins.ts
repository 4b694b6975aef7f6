/**
 * The build's own Vite plugins: the static API, the projected county map, the preloads of the
 * start-up stages and the offline mode. vite.config.ts only lists them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { MAP_HEIGHT, MAP_WIDTH, projectAreas, type BoundaryCollection, type ProjectedMap } from '../map-projection.ts';
import { API_VERSION, buildStaticApi, historyApiEntry } from '../static-api.ts';
import { readFixtures, readJson } from './read-fixtures.ts';

const HISTORY_PREFIX = 'nbs/history/';

/** One change-over-time file, validated, or undefined when there is none (dev reads only what is asked for). */
function historyFile(root: string, name: string): unknown {
  const file = join(root, 'fixtures', 'nbs', 'history', name);
  if (!/^[a-z]+(\/\d+)?\.json$/.test(name) || !existsSync(file)) return undefined;
  return historyApiEntry(readJson(root, file))[1];
}

/**
 * Serves the static API from fixtures/ in dev and writes it into the build: the API is always
 * generated, never a hand copy. A bad fixture fails the build with its file, field and problem.
 */
export function staticApi(root: string): Plugin {
  const prefix = `/api/${API_VERSION}/`;
  return {
    name: 'governance-static-api',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.startsWith(prefix)) return next();
        const apiPath = path.slice(prefix.length);
        const body = apiPath.startsWith(HISTORY_PREFIX)
          ? historyFile(root, apiPath.slice(HISTORY_PREFIX.length))
          : buildStaticApi(readFixtures(root, { history: false })).get(apiPath);
        if (body === undefined) {
          res.statusCode = 404;
          res.end('not found');
          return;
        }
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(body));
      });
    },
    generateBundle() {
      if (this.environment.config.build.ssr) return;
      for (const [path, body] of buildStaticApi(readFixtures(root))) {
        this.emitFile({ type: 'asset', fileName: `api/${API_VERSION}/${path}`, source: JSON.stringify(body) });
      }
    },
  };
}

/**
 * `virtual:county-map-areas`: the county map's SVG paths, projected at build time from the
 * committed boundary file. Projecting in the browser took ~50 ms of main thread per page load (at
 * 1x CPU) and shipped d3-geo and the raw boundaries; the paths are the same on every load.
 */
export function countyMapAreas(root: string): Plugin {
  const id = 'virtual:county-map-areas';
  const resolved = `\0${id}`;
  const boundaryFile = join(root, 'fixtures', 'geo', 'puyang-counties.json');
  return {
    name: 'governance-county-map-areas',
    resolveId: (source) => (source === id ? resolved : undefined),
    load(loadedId) {
      if (loadedId !== resolved) return undefined;
      this.addWatchFile(boundaryFile);
      const collection = readJson(root, boundaryFile).json as BoundaryCollection;
      const map: ProjectedMap = {
        width: MAP_WIDTH,
        height: MAP_HEIGHT,
        areas: projectAreas(collection, MAP_WIDTH, MAP_HEIGHT),
      };
      return `export default ${JSON.stringify(map)};`;
    },
  };
}

/**
 * `virtual:dataset-ids`: the id of every dataset file in fixtures/datasets/, so a new file is a new
 * dataset with no list to edit. Only the ids reach the bundle; the files are the static API's.
 */
export function datasetIds(root: string): Plugin {
  const id = 'virtual:dataset-ids';
  const resolved = `\0${id}`;
  return {
    name: 'governance-dataset-ids',
    resolveId: (source) => (source === id ? resolved : undefined),
    load(loadedId) {
      if (loadedId !== resolved) return undefined;
      const ids = readFixtures(root, { history: false }).datasets.map(({ file, json }) => {
        this.addWatchFile(join(root, file));
        const fileId = (json as { id?: unknown }).id;
        if (typeof fileId !== 'string') throw new Error(`${file}: id: expected the dataset's id, a string`);
        return fileId;
      });
      return `export default ${JSON.stringify(ids)};`;
    },
  };
}

/**
 * pdf.js's character maps for Chinese fonts (`/pdfjs/cmaps/*.bcmap`: the GB and CNS families and
 * Identity, 65 files, 555 kB), served from this site for the CSP and offline use: a PDF import
 * reads them as it needs them. Japanese and Korean maps are left out. Written into the build,
 * served from node_modules in dev.
 */
const CHINESE_CMAP = /^(Adobe-(GB1|CNS1)|GB|UniGB|B5|CNS|ETen|HKscs|UniCNS|Identity)[\w-]*\.bcmap$/;

export function pdfCharacterMaps(root: string): Plugin {
  const dir = join(root, 'node_modules', 'pdfjs-dist', 'cmaps');
  const prefix = '/pdfjs/cmaps/';
  return {
    name: 'governance-pdf-character-maps',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.slice(prefix.length) ?? '';
        if (!req.url?.startsWith(prefix) || !CHINESE_CMAP.test(name) || !existsSync(join(dir, name))) return next();
        res.setHeader('content-type', 'application/octet-stream');
        res.end(readFileSync(join(dir, name)));
      });
    },
    generateBundle() {
      if (this.environment.config.build.ssr) return;
      for (const name of readdirSync(dir).filter((f) => CHINESE_CMAP.test(f)))
        this.emitFile({ type: 'asset', fileName: `${prefix.slice(1)}${name}`, source: readFileSync(join(dir, name)) });
    },
  };
}

/**
 * src/main.tsx starts the app in stages, each a dynamic import evaluated in a task of its own.
 * Vite preloads only an entry's static imports, so this adds a preload for every chunk a stage
 * loads (and their own imports): the page fetches them all at once, as it would a single entry.
 * (scripts/prerender.mjs then moves every preload to the end of the body.)
 */
export function preloadStartStages(): Plugin {
  let base = '/';
  return {
    name: 'governance-preload-start-stages',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return undefined;
        const files = new Set<string>();
        const add = (file: string) => {
          const loaded = bundle[file];
          if (files.has(file) || chunk.imports.includes(file) || loaded?.type !== 'chunk') return;
          files.add(file);
          loaded.imports.forEach(add);
        };
        chunk.dynamicImports.forEach(add);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * The offline mode: a service worker that precaches the whole build (app, prerendered pages in
 * both languages, the static API, the map) on the first visit. The app and its data are one
 * versioned build, so they are cached and updated together: a new build is a new service worker,
 * which waits until the user accepts the update prompt (src/features/offline), never reloading a
 * page by itself. scripts/build-sw.mjs regenerates sw.js after prerendering so the pages are in
 * its manifest; the registration is ours (no inline script, which the CSP forbids).
 */
export function offlineMode(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifestFilename: 'manifest.webmanifest',
    manifest: {
      name: '濮阳市基层治理数据',
      short_name: '基层治理数据',
      description: '濮阳市民政局答复市政协第188号提案中的社区治理数据：图表、表格与原文出处。',
      lang: 'zh-CN',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1f4e79',
      icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // The app, every page and the bureau's data are precached, with the NBS page's 2023 files
      // (the city picker's, 61 kB gzip) and of the change-over-time files only what Puyang's
      // pages read. The other national files (about 16 MB in all) are cached once viewed.
      globPatterns: [
        '**/*.{html,js,css,svg,txt,webmanifest}',
        'api/v1/*.json',
        'api/v1/datasets/**/*.json',
        'api/v1/sources/*.json',
        'api/v1/nbs/*.json',
        'api/v1/nbs/history/meta.json',
        'api/v1/nbs/history/cities/4109.json',
        'api/v1/nbs/history/changes/4109.json',
        // A PDF reads offline too: pdf.js and its worker are .js files above; Chinese fonts' maps.
        'pdfjs/cmaps/*.bcmap',
      ],
      runtimeCaching: [
        {
          urlPattern: ({ url }) => url.pathname.startsWith('/api/v1/nbs/'),
          handler: 'StaleWhileRevalidate',
          options: { cacheName: 'nbs-national', expiration: { maxEntries: 300 } },
        },
      ],
      // A page the build did not prerender opens the app's shell.
      navigateFallback: '/shell.html',
      navigateFallbackDenylist: [/^\/api\//],
      // Hashed asset names change with their content: no need to add a revision to the URL.
      dontCacheBustURLsMatching: /^assets\//,
      // The largest dataset a page may fetch (the all-China comparison is a few megabytes).
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      cleanupOutdatedCaches: true,
      // The first visit is controlled at once, so it works offline without a second load. A
      // later version still waits (no skipWaiting) until the user chooses to reload.
      clientsClaim: true,
    },
  });
}
