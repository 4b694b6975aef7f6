/**
 * Frame models built from the canonical fixtures, the way the app builds them: what the
 * consistency tests compare every output with.
 */
import { isFrameProblem, type FrameModel } from '@/components/model/frame-model';
import type { ModelLocale } from '@/components/model/values';
import type { DatasetId } from '@/data/api/get-dataset';
import { apiPaths } from '@/data/api/api-paths';
import type { NbsChina } from '@/data/model/nbs-schema';
import { createI18n, type Language } from '@/lib/i18n';
import { DEFAULT_VIEW_STATE } from '@/lib/url-state';
import en from '@/locales/en.json';
import type { FrameData, FrameDefinition, FrameView, HistoryData, HistoryNeeds } from '@/frames/definition';
import { changeFileOf, countyChangesOf, type CountyChanges } from '@/data/api/get-nbs-history';
import type { NbsChanges, NbsCityHistory, NbsCountsFile, NbsIndex, NbsMeta } from '@/data/model/nbs-history-schema';
import { datasetPayload, historyApiFile, staticApi } from './fixtures';

/** The locale a model is built in, with both languages' messages loaded. */
export function testLocale(language: Language): ModelLocale {
  const i18n = createI18n(language);
  i18n.addResourceBundle('en', 'translation', en);
  void i18n.changeLanguage(language);
  return { language, t: i18n.t.bind(i18n) };
}

/** Everything a frame can need, from the fixtures (change over time: see `historyFixtureData`). */
export const fixtureData: FrameData = {
  dataset: (id: DatasetId) => datasetPayload(id),
  nbsChina: () => structuredClone(staticApi.get(apiPaths.nbs('china-2023'))) as NbsChina,
  history: () => {
    throw new Error('a history frame needs historyFixtureData (its files load asynchronously)');
  },
};

const historyFile = async <T>(name: string) => (await historyApiFile(apiPaths.nbsHistory(name))) as T;

/** The change-over-time files a frame's view needs, from the fixtures, as the app loads them. */
export async function historyFixtureData(wants: HistoryNeeds): Promise<HistoryData> {
  const cityCode = wants.county?.slice(0, 4) ?? wants.city;
  const city = cityCode ? await historyFile<NbsCityHistory>(`cities/${cityCode}`) : undefined;
  let changes: CountyChanges | undefined;
  if (wants.county && city) {
    const all = await historyFile<NbsChanges>(`changes/${changeFileOf(city, wants.county)}`);
    changes = countyChangesOf(all, wants.county);
  }
  return {
    meta: await historyFile<NbsMeta>('meta'),
    ...(wants.index ? { index: await historyFile<NbsIndex>('index') } : {}),
    ...(wants.counts ? { counts: await historyFile<NbsCountsFile>('counts') } : {}),
    ...(city ? { city } : {}),
    ...(changes ? { changes } : {}),
  };
}

/** A frame's model from the fixtures, in a view and language; throws if the view names nothing. */
export function modelOf(
  definition: FrameDefinition,
  language: Language,
  view: Partial<FrameView> = {},
  history?: HistoryData,
): FrameModel {
  const data = history ? { ...fixtureData, history: () => history } : fixtureData;
  const model = definition.select(data, { ...DEFAULT_VIEW_STATE, ...view }, testLocale(language));
  if (isFrameProblem(model)) throw new Error(`frame "${definition.id}": ${model.message}`);
  return model;
}

/** The same for any frame, loading the change-over-time files its view needs first. */
export async function loadModelOf(
  definition: FrameDefinition,
  language: Language,
  view: Partial<FrameView> = {},
): Promise<FrameModel> {
  const full = { ...DEFAULT_VIEW_STATE, ...view };
  const wants = definition.needs.history?.(full);
  return modelOf(definition, language, view, wants ? await historyFixtureData(wants) : undefined);
}
