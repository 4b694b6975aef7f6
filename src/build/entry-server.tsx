/**
 * Prerendering entry (built with `vite build --ssr`, run by scripts/prerender.mjs). Renders a
 * route to HTML with its data already in the query cache, so the chart is in the page before any
 * JavaScript runs, and says what goes in the page's head (title, description, Open Graph).
 */
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '@/app/app';
import { CHART_FRAMES } from '@/app/frames';
import { AppProvider } from '@/app/provider';
import { routes, type RouteDefinition } from '@/app/routes';
import { datasetKeys, type DatasetId } from '@/data/api/get-dataset';
import { apiPaths } from '@/data/api/api-paths';
import { changeFileOf, countyChangesOf, nbsHistoryKeys } from '@/data/api/get-nbs-history';
import { nbsChangesSchema, nbsCityHistorySchema, nbsHistorySchemaOf } from '@/data/model/nbs-history-schema';
import type { HistoryNeeds } from '@/frames/definition';
import { DEFAULT_VIEW_STATE } from '@/lib/url-state';
import { parseOrThrow } from '@/data/model/dataset-schema';
import { datasetPayloadSchema } from '@/data/model/payload-schema';
import en from '@/locales/en.json';
import { recordedFormats, recordFormats } from '@/lib/format';
import { createI18n, LANGUAGES, LOCALE_TAG } from '@/lib/i18n';
import { PageMetaProvider, type PageMeta } from '@/lib/page-meta';
import { languageOfPath, languagePrefix, paths, stripLanguage } from '@/lib/paths';
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

/** The change-over-time files a path's default view reads (an embed: its frame's). */
function routeHistory(path: string): readonly HistoryNeeds[] {
  const bare = stripLanguage(path);
  const frame = CHART_FRAMES.find((f) => paths.embed(f.id) === bare);
  if (frame) return frame.needs.history ? [frame.needs.history(DEFAULT_VIEW_STATE)] : [];
  const route = routes.find((r) => r.prerender !== 'frames' && r.prerender.includes(bare));
  return route?.history?.(bare) ?? [];
}

/**
 * Puts the change-over-time files a page shows into its query cache, validated, read from the
 * built API: a county's list is cached on its own (the page carries only that county's).
 */
function seedHistory(queryClient: QueryClient, wants: readonly HistoryNeeds[], readApi: (path: string) => unknown) {
  if (wants.length === 0) return;
  const file = (name: string) => {
    const schema = nbsHistorySchemaOf(name);
    if (!schema) throw new Error(`prerender: no history file "${name}"`);
    const value = parseOrThrow(schema, readApi(apiPaths.nbsHistory(name)), `nbs/history/${name}`);
    queryClient.setQueryData(nbsHistoryKeys.file(name), value);
    return value;
  };
  file('meta');
  for (const w of wants) {
    if (w.index) file('index');
    if (w.counts) file('counts');
    const city = w.county?.slice(0, 4) ?? w.city;
    if (!city) continue;
    const cityFile = parseOrThrow(nbsCityHistorySchema, file(`cities/${city}`), `cities/${city}`);
    if (!w.county) continue;
    const changeFile = changeFileOf(cityFile, w.county);
    const name = `changes/${changeFile}`;
    const changes = parseOrThrow(nbsChangesSchema, readApi(apiPaths.nbsHistory(name)), name);
    queryClient.setQueryData(nbsHistoryKeys.county(w.county, changeFile), countyChangesOf(changes, w.county));
  }
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
export async function render(
  path: string,
  datasets: Readonly<Record<DatasetId, unknown>>,
  readApi: (apiPath: string) => unknown,
): Promise<RenderResult> {
  const language = languageOfPath(path);
  const i18n = createI18n();
  i18n.addResourceBundle('en', 'translation', en);
  void i18n.changeLanguage(language);
  const queryClient = createQueryClient();
  for (const [id, json] of Object.entries(datasets)) {
    queryClient.setQueryData(datasetKeys.detail(id), parseOrThrow(datasetPayloadSchema, json, `dataset "${id}"`));
  }
  seedHistory(queryClient, routeHistory(path), readApi);
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
