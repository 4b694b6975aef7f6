import { hydrate } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { AppProvider } from '@/app/provider';
import { canonicalPath, languageOfPath } from '@/lib/paths';
import { registerServiceWorker } from '@/features/offline/model/service-worker';
import { seedFormats } from '@/lib/format';
import { createI18n, loadLanguage } from '@/lib/i18n';
import { holdUntilReaderActs } from '@/lib/intent';
import { nextTask } from '@/lib/next-task';
import { createQueryClient } from '@/lib/query-client';
import { asFetchedNow, readDehydratedState } from '@/lib/prerender-state';

/** Starts the app on the page (src/main.tsx loads this module once React DOM is ready). */
export async function startApp(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');

  const language = languageOfPath(window.location.pathname);
  const i18n = createI18n();
  await loadLanguage(i18n, language);
  await nextTask();

  const queryClient = createQueryClient();
  const prerendered = readDehydratedState(document);
  const app = (
    <StrictMode>
      <AppProvider queryClient={queryClient} i18n={i18n}>
        <App />
      </AppProvider>
    </StrictMode>
  );
  // Hydrate only the page that was prerendered for this path, in its default view. Any other path
  // (the host's fallback page) or a view chosen by query parameters is rendered fresh, so React
  // never has to repair a mismatched tree; the prerendered data is reused either way.
  if (prerendered) {
    hydrate(queryClient, asFetchedNow(prerendered.state, Date.now()));
    // The figures as the server formatted them: hydration then builds no Intl formatter.
    if (prerendered.formats) seedFormats(prerendered.formats);
  }
  const samePage = prerendered !== null && canonicalPath(prerendered.path) === canonicalPath(window.location.pathname);
  if (samePage && window.location.search.length <= 1) {
    // The page is already on screen, so hydrating it is not urgent: as a transition, React does it
    // in short slices that leave the main thread free for the reader (a click on a part not yet
    // hydrated hydrates that part first), instead of one long task. Code that serves only
    // interaction (the chart drawing) waits for the reader's first input.
    holdUntilReaderActs();
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    container.replaceChildren();
    createRoot(container).render(app); // App reveals the page once its content has rendered
  }

  // The offline mode (production builds only: the dev server has no service worker). Registered
  // after load and in a task of its own, so caching the whole build never competes with the page.
  if (import.meta.env.PROD) {
    if (document.readyState === 'complete') void nextTask().then(() => registerServiceWorker());
    else window.addEventListener('load', () => registerServiceWorker(), { once: true });
  }
}
