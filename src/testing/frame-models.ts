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
import type { FrameData, FrameDefinition, FrameView } from '@/frames/definition';
import { datasetPayload, staticApi } from './fixtures';

/** The locale a model is built in, with both languages' messages loaded. */
export function testLocale(language: Language): ModelLocale {
  const i18n = createI18n(language);
  i18n.addResourceBundle('en', 'translation', en);
  void i18n.changeLanguage(language);
  return { language, t: i18n.t.bind(i18n) };
}

/** Everything a frame can need, from the fixtures. */
export const fixtureData: FrameData = {
  dataset: (id: DatasetId) => datasetPayload(id),
  nbsChina: () => structuredClone(staticApi.get(apiPaths.nbs('china-2023'))) as NbsChina,
};

/** A frame's model from the fixtures, in a view and language; throws if the view names nothing. */
export function modelOf(definition: FrameDefinition, language: Language, view: Partial<FrameView> = {}): FrameModel {
  const model = definition.select(fixtureData, { ...DEFAULT_VIEW_STATE, ...view }, testLocale(language));
  if (isFrameProblem(model)) throw new Error(`frame "${definition.id}": ${model.message}`);
  return model;
}
