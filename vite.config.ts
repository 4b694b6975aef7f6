import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { loadEnv } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { checkEnv } from './src/config/check-env.ts';
import {
  MAP_HEIGHT,
  MAP_WIDTH,
  projectAreas,
  type BoundaryCollection,
} from './src/features/charts/model/county-map.ts';
import { API_VERSION, buildStaticApi, type FixtureFiles } from './src/features/datasets/api/static-api.ts';

/** The libraries Recharts builds on: scales, shapes, number formats, decimals, lodash. */
const CHART_LIBRARIES =
  /node_modules[\\/](d3-(array|color|format|interpolate|path|scale|shape|time|time-format)|internmap|victory-vendor|decimal\.js-light|recharts-scale|lodash-es)[\\/]/;

const root = fileURLToPath(new URL('.', import.meta.url));
const fixturesDir = join(root, 'fixtures');

function readJson(file: string): { file: string; json: unknown } {
  const name = relative(root, file);
  const text = readFileSync(file, 'utf8');
  try {
    return { file: name, json: JSON.parse(text) as unknown };
  } catch (error) {
    throw new Error(`${name}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

function readFixtures(): FixtureFiles {
  const jsonIn = (dir: string) =>
    readdirSync(join(fixturesDir, dir))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(fixturesDir, dir, f));
  return {
    units: readJson(join(fixturesDir, 'units.json')),
    datasets: jsonIn('datasets').map(readJson),
    archive: existsSync(join(fixturesDir, 'datasets', 'archive')) ? jsonIn('datasets/archive').map(readJson) : [],
    sources: jsonIn('sources').map((file) => ({
      ...readJson(file),
      text: readFileSync(file.replace(/\.json$/, '.txt'), 'utf8'),
    })),
    nbs: jsonIn('nbs').map(readJson),
  };
}

/**
 * Serves the static API from fixtures/ in dev and writes it into the build: the API is always
 * generated, never a hand copy. A bad fixture fails the build with its file, field and problem.
 */
function staticApi(): Plugin {
  const prefix = `/api/${API_VERSION}/`;
  return {
    name: 'governance-static-api',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.startsWith(prefix)) return next();
        const body = buildStaticApi(readFixtures()).get(path.slice(prefix.length));
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
      for (const [path, body] of buildStaticApi(readFixtures())) {
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
function countyMapAreas(): Plugin {
  const id = 'virtual:county-map-areas';
  const resolved = `\0${id}`;
  const boundaryFile = join(fixturesDir, 'geo', 'puyang-counties.json');
  return {
    name: 'governance-county-map-areas',
    resolveId: (source) => (source === id ? resolved : undefined),
    load(loadedId) {
      if (loadedId !== resolved) return undefined;
      this.addWatchFile(boundaryFile);
      const collection = readJson(boundaryFile).json as BoundaryCollection;
      return `export default ${JSON.stringify(projectAreas(collection, MAP_WIDTH, MAP_HEIGHT))};`;
    },
  };
}

/**
 * src/main.tsx starts the app in stages, each a dynamic import evaluated in a task of its own.
 * Vite preloads only an entry's static imports, so this adds a preload for every chunk a stage
 * loads (and their own imports): the page fetches them all at once, as it would a single entry.
 * (scripts/prerender.mjs then moves every preload to the end of the body.)
 */
function preloadStartStages(): Plugin {
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
function offlineMode(): Plugin[] {
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
      globPatterns: ['**/*.{html,js,css,json,svg,txt,webmanifest}'],
      // Everything is precached; a page the build did not prerender opens the app's shell.
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

export default defineConfig(({ mode }) => {
  checkEnv(loadEnv(mode, root, 'VITE_'));
  return {
    plugins: [react(), staticApi(), countyMapAreas(), preloadStartStages(), offlineMode()],
    resolve: {
      alias: [
        { find: '@', replacement: join(root, 'src') },
        { find: '@fixtures', replacement: fixturesDir },
        // Recharts imports lodash's CommonJS modules one function at a time; the same functions as
        // ES modules (lodash-es, same version) are bundled without CommonJS wrappers and evaluate
        // in about half the time.
        { find: /^lodash\/(.*)$/, replacement: 'lodash-es/$1' },
      ],
    },
    server: { port: 5173 },
    preview: { port: 4173, strictPort: true },
    build: {
      target: 'es2022',
      // The page's own modules are preloaded from its HTML. Lazily imported chunks are not
      // preloaded by script: inserting those <link>s cost ~110 ms of main thread per page load at
      // 4x CPU (measured in a profile of /zh/), more than the round trip it saves on a chunk's
      // own imports, which are mostly shared modules the page has already loaded.
      modulePreload: {
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
      },
      rolldownOptions: {
        output: {
          // Keep the validator in a chunk of its own: it is needed only when a dataset is fetched,
          // and grouping it with a small shared module would pull it into the initial load.
          codeSplitting: {
            groups: [
              { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
              // The libraries under Recharts, in a chunk of their own that the chart loads first, so
              // evaluating them and evaluating Recharts are two tasks (lazy-charts.tsx).
              { name: 'chart-libraries', test: CHART_LIBRARIES },
            ],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/testing/setup-tests.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
      css: false,
      restoreMocks: true,
    },
  };
});
