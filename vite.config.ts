import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { checkEnv } from './src/build/check-env.ts';
import {
  countyMapAreas,
  datasetIds,
  offlineMode,
  pdfCharacterMaps,
  preloadStartStages,
  staticApi,
} from './src/build/node/vite-plugins.ts';

/**
 * The libraries Recharts builds on: scales, shapes, number formats, decimals, lodash. Not d3-array:
 * the bar layout's value axis uses two of its functions on first render, and with this group they
 * would pull the whole group (about 39 kB gzip) into every page's initial JavaScript.
 */
const CHART_LIBRARIES =
  /node_modules[\\/](d3-(color|format|interpolate|path|scale|shape|time|time-format)|victory-vendor|decimal\.js-light|recharts-scale|lodash-es)[\\/]/;

const root = fileURLToPath(new URL('.', import.meta.url));
const fixturesDir = `${root}fixtures`;

export default defineConfig(({ mode }) => {
  checkEnv(loadEnv(mode, root, 'VITE_'));
  return {
    plugins: [
      react(),
      staticApi(root),
      countyMapAreas(root),
      datasetIds(root),
      pdfCharacterMaps(root),
      preloadStartStages(),
      offlineMode(),
    ],
    resolve: {
      alias: [
        { find: '@', replacement: `${root}src` },
        { find: '@fixtures', replacement: fixturesDir },
        // Recharts imports lodash's CommonJS modules one function at a time; the same functions as
        // ES modules (lodash-es, same version) are bundled without CommonJS wrappers and evaluate
        // in about half the time.
        { find: /^lodash\/(.*)$/, replacement: 'lodash-es/$1' },
      ],
    },
    // The table import's worker loads exceljs only for an XLSX: an ES module worker can split it off.
    worker: { format: 'es' },
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
              // Its own small chunk, taken first: the group above would take it in as a dependency of d3-scale.
              { name: 'd3-array', test: /node_modules[\\/](d3-array|internmap)[\\/]/, priority: 1 },
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
