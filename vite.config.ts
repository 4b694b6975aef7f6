import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { checkEnv } from './src/config/check-env.ts';
import { API_VERSION, buildStaticApi, type FixtureFiles } from './src/features/datasets/api/static-api.ts';

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

export default defineConfig(({ mode }) => {
  checkEnv(loadEnv(mode, root, 'VITE_'));
  return {
    plugins: [react(), staticApi()],
    resolve: {
      alias: { '@': join(root, 'src'), '@fixtures': fixturesDir },
    },
    server: { port: 5173 },
    preview: { port: 4173, strictPort: true },
    build: {
      target: 'es2022',
      rolldownOptions: {
        output: {
          // Keep the validator in a chunk of its own: it is needed only when a dataset is fetched,
          // and grouping it with a small shared module would pull it into the initial load.
          codeSplitting: { groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]/ }] },
        },
      },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/testing/setup-tests.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      css: false,
      restoreMocks: true,
    },
  };
});
