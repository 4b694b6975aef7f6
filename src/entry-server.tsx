/**
 * Prerendering entry (built with `vite build --ssr`, run by scripts/prerender.mjs). Renders a
 * route to HTML with its data already in the query cache, so the chart is in the page before any
 * JavaScript runs.
 */
import { dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { App } from '@/app/app';
import { AppProvider } from '@/app/provider';
import { languageOfPath, languagePrefix } from '@/config/paths';
import { routeDatasets, routes } from './app/routes';
import { datasetKeys, type DatasetId } from '@/features/datasets/api/get-dataset';
import { parseOrThrow } from '@/features/datasets/model/dataset-schema';
import { datasetPayloadSchema } from '@/features/datasets/model/payload-schema';
import en from '@/locales/en.json';
import { recordedFormats, recordFormats } from '@/lib/format';
import { createI18n, LANGUAGES, LOCALE_TAG } from '@/lib/i18n';
import { serializePrerenderPayload } from '@/lib/prerender-state';
import { createQueryClient } from '@/lib/query-client';

export interface RenderResult {
  html: string;
  stateScript: string;
  lang: string;
  title: string;
}

/** Every path to prerender, in every language (and `/`), with the datasets its page shows. */
export function prerenderTargets(): { path: string; datasets: readonly DatasetId[] }[] {
  return routes.flatMap((route) =>
    route.prerender.flatMap((p) => [
      ...(p === '/' ? [{ path: '/', datasets: routeDatasets(route, p) }] : []),
      ...LANGUAGES.map((language) => ({ path: `${languagePrefix(language)}${p}`, datasets: routeDatasets(route, p) })),
    ]),
  );
}

/** `datasets` maps each dataset id the page shows to its API payload (from the built static API). */
export async function render(path: string, datasets: Partial<Record<DatasetId, unknown>>): Promise<RenderResult> {
  const language = languageOfPath(path);
  const i18n = createI18n();
  i18n.addResourceBundle('en', 'translation', en);
  void i18n.changeLanguage(language);
  const queryClient = createQueryClient();
  for (const [id, json] of Object.entries(datasets) as [DatasetId, unknown][]) {
    queryClient.setQueryData(datasetKeys.detail(id), parseOrThrow(datasetPayloadSchema, json, `dataset "${id}"`));
  }
  const app = (
    <AppProvider queryClient={queryClient} i18n={i18n}>
      <App path={path} />
    </AppProvider>
  );
  // Lazy pages and charts suspend on the first pass; render again once their modules have loaded,
  // so the HTML is complete and in order (no streaming scripts, which a strict CSP would block).
  // Time-bounded rather than a fixed number of passes: on a busy machine a chunk can take a while.
  // Each pass records its formatted figures afresh; the last (complete) pass is what the page holds.
  recordFormats();
  let html = renderToString(app);
  const deadline = Date.now() + 10_000;
  while (/<!--\$[?!]-->/.test(html) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    recordFormats();
    html = renderToString(app);
  }
  const formats = recordedFormats();
  if (/<!--\$[?!]-->/.test(html)) throw new Error(`prerender ${path}: a Suspense boundary never resolved`);
  return {
    html,
    stateScript: serializePrerenderPayload({ path, state: dehydrate(queryClient), formats }),
    lang: LOCALE_TAG[language],
    title: i18n.t('app.title'),
  };
}
