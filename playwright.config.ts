import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/chromium.mjs';

// This project's machines cannot download Playwright's browsers; see scripts/chromium.mjs.
const executablePath = systemChromium();
// E2E_PORT lets several checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
// The same build served by nginx with the deployment's headers (deploy/nginx.conf).
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? 8080);
// Specs against nginx (headers, CSP, framing, offline mode) are named *.nginx.spec.ts.
const NGINX_SPECS = /\.nginx\.spec\.ts$/;
const launchOptions = { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] };

export default defineConfig({
  testDir: './e2e/tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    // Chinese is the default language; the first-visit tests set other locales themselves.
    locale: 'zh-CN',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: NGINX_SPECS,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions,
        // The offline mode's service worker would answer requests before page.route sees them
        // (and precache the whole build in every test); the nginx project tests it.
        serviceWorkers: 'block',
      },
    },
    {
      name: 'nginx',
      testMatch: NGINX_SPECS,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions,
        baseURL: `http://localhost:${NGINX_PORT}`,
        serviceWorkers: 'allow',
      },
    },
  ],
  // Started in order: the build first, then nginx serves a copy of it.
  webServer: [
    {
      // The production build, served as users get it, with its real static API.
      command: `npm run build && node node_modules/vite/bin/vite.js preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'pipe',
    },
    {
      command: `node scripts/nginx-e2e.mjs ${NGINX_PORT}`,
      url: `http://localhost:${NGINX_PORT}/shell.html`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'pipe',
    },
  ],
});
