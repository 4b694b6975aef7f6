/**
 * Prerendering entry (built with `vite build --ssr`, run by scripts/prerender.mjs). Renders a
 * route to HTML with its data already in the query cache, so the chart is in the page before any
 * JavaScript runs.
 */
import { dehydrate } from '@tanstack/react-query';
import type { ReactElement } from 'react';
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
import { DEFAULT_VIEW_STATE, serializeViewState } from '@/lib/url-state';
import { createQueryClient } from '@/lib/query-client';

export interface RenderResult {
  html: string;
  stateScript: string;
  lang: string;
  title: string;
  description: string;
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
  const appAt = (url: string) => (
    <AppProvider queryClient={queryClient} i18n={i18n}>
      <App path={url} />
    </AppProvider>
  );
  const { html, formats } = await renderComplete(appAt(path), path);
  // The formats of every frame's table as well (sorting reorders the same values): the reader's
  // first switch to a table, or sort of it, then needs no Intl formatter, whose first build loads
  // the locale's data in one long task. Only the formats are kept from this render.
  const frames = [...new Set(Array.from(html.matchAll(/data-frame="([a-z0-9-]+)"/g), (m) => m[1] as string))];
  if (frames.length > 0) {
    const tables = `${path}?${serializeViewState({ ...DEFAULT_VIEW_STATE, tables: frames })}`;
    Object.assign(formats, (await renderComplete(appAt(tables), tables)).formats);
  }
  return {
    html,
    stateScript: serializePrerenderPayload({ path, state: dehydrate(queryClient), formats }),
    lang: LOCALE_TAG[language],
    title: i18n.t('app.title'),
    description: i18n.t('app.description'),
  };
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
