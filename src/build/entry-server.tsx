/**
 * Prerendering entry (built with `vite build --ssr`, run by scripts/prerender.mjs). Renders a
 * route to HTML with its data already in the query cache, so the chart is in the page before any
 * JavaScript runs, and says what goes in the page's head (title, description, Open Graph).
 */
import { dehydrate } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '@/app/app';
import { CHART_FRAMES } from '@/app/frames';
import { AppProvider } from '@/app/provider';
import { routes, type RouteDefinition } from '@/app/routes';
import { datasetKeys, type DatasetId } from '@/data/api/get-dataset';
import { parseOrThrow } from '@/data/model/dataset-schema';
import { datasetPayloadSchema } from '@/data/model/payload-schema';
import en from '@/locales/en.json';
import { recordedFormats, recordFormats } from '@/lib/format';
import { createI18n, LANGUAGES, LOCALE_TAG } from '@/lib/i18n';
import { PageMetaProvider, type PageMeta } from '@/lib/page-meta';
import { languageOfPath, languagePrefix, paths } from '@/lib/paths';
import { serializePrerenderPayload } from '@/lib/prerender-state';
import { createQueryClient } from '@/lib/query-client';

export interface RenderResult {
  html: string;
  stateScript: string;
  lang: string;
  /** The page's own title and description, for <head>. */
  meta: PageMeta;
  /** `og:locale`. */
  ogLocale: string;
}

/** The concrete paths of a route, without language prefix. */
function routePaths(route: RouteDefinition): readonly string[] {
  return route.prerender === 'frames' ? CHART_FRAMES.map((f) => paths.embed(f.id)) : route.prerender;
}

/** The datasets a page shows, for one concrete path (an embed carries what its frame needs). */
function routeDatasets(route: RouteDefinition, path: string): readonly DatasetId[] {
  if (route.datasets !== 'frame') return route.datasets;
  const frame = CHART_FRAMES.find((f) => paths.embed(f.id) === path);
  return frame ? frame.needs.datasets : [];
}

/** Every path to prerender, in every language (and `/`), with the datasets its page shows. */
export function prerenderTargets(): { path: string; datasets: readonly DatasetId[] }[] {
  return routes.flatMap((route) =>
    routePaths(route).flatMap((p) => [
      ...(p === paths.overview ? [{ path: '/', datasets: routeDatasets(route, p) }] : []),
      ...LANGUAGES.map((language) => ({ path: `${languagePrefix(language)}${p}`, datasets: routeDatasets(route, p) })),
    ]),
  );
}

/**
 * Renders until no Suspense boundary is pending. Lazy pages and charts suspend on the first pass;
 * render again once their modules have loaded, so the HTML is complete and in order (no streaming
 * scripts, which a strict CSP would block). Time-bounded rather than a fixed number of passes: on a
 * busy machine a chunk can take a while. Each pass records its formatted figures afresh; the last
 * (complete) pass's are returned.
 */
async function renderComplete(
  app: ReactElement,
  url: string,
): Promise<{ html: string; formats: Record<string, string> }> {
  recordFormats();
  let html = renderToString(app);
  const deadline = Date.now() + 10_000;
  while (/<!--\$[?!]-->/.test(html) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    recordFormats();
    html = renderToString(app);
  }
  const formats = recordedFormats();
  if (/<!--\$[?!]-->/.test(html)) throw new Error(`prerender ${url}: a Suspense boundary never resolved`);
  return { html, formats };
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
  let meta: PageMeta = { title: i18n.t('app.title'), description: i18n.t('app.description') };
  const app = (
    <PageMetaProvider value={(m) => (meta = m)}>
      <AppProvider queryClient={queryClient} i18n={i18n}>
        <App path={path} />
      </AppProvider>
    </PageMetaProvider>
  );
  // Every value a frame shows, in its chart and in its table, is formatted when its model is
  // built: the page carries them all, so a reader's first table or sort builds no Intl formatter.
  const { html, formats } = await renderComplete(app, path);
  return {
    html,
    stateScript: serializePrerenderPayload({ path, state: dehydrate(queryClient), formats }),
    lang: LOCALE_TAG[language],
    meta,
    ogLocale: language === 'zh' ? 'zh_CN' : 'en_GB',
  };
}
