import { nextTask } from '@/lib/next-task';
import '@/styles/app.css';

/*
 * The app starts in stages, each evaluated in a task of its own: React DOM, then the app's modules
 * (i18n, the query cache, the shell), then hydration. Evaluated together they were one task of
 * ~120 ms at 4x CPU, during which a tap or key press on the prerendered page had to wait.
 * scripts/prerender.mjs preloads every stage's chunk from the page, so staging adds no round trip.
 */
await import('react-dom/client');
await nextTask();
const { startApp } = await import('@/app/start');
await nextTask();
await startApp();
