// Regenerates the service worker after prerendering, so its precache manifest lists every page
// scripts/prerender.mjs wrote (and the revisions of their final HTML). The options come from the
// vite-plugin-pwa instance in vite.config.ts, the one place they are written.
import { resolveConfig } from 'vite';

const config = await resolveConfig({ mode: 'production' }, 'build', 'production', 'production');
const pwa = config.plugins.find((p) => p.name === 'vite-plugin-pwa');
if (!pwa?.api || pwa.api.disabled) throw new Error('build-sw: vite-plugin-pwa is not configured in vite.config.ts');
await pwa.api.generateSW();
