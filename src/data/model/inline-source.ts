/**
 * A dataset that carries its own source (an import) as the app reads any dataset: with the
 * source's metadata in place of its inline source. The static API builds its payloads with this,
 * and the import page its preview, so both say the same. Imported by vite.config.ts (through
 * static-api.ts), so relative imports keep their `.ts`.
 */
import type { Dataset, DatasetFixture, Source } from './dataset-schema.ts';

/** What an inline source says about reuse when it says nothing. */
export const UNSTATED_LICENCE = {
  zh: '原文件未说明使用条件；转载前请查阅原文件。',
  en: 'The original document states no terms of reuse; check it before republishing.',
};

/** The metadata of a dataset's inline source, keyed by the dataset's id; undefined for a `sourceId`. */
export function inlineSourceMeta(dataset: DatasetFixture): Source | undefined {
  if (!dataset.source) return undefined;
  const { issuer, title, date, licence, sections } = dataset.source;
  return { id: dataset.id, issuer, title, date, licence: licence ?? UNSTATED_LICENCE, sections };
}

/** The dataset as the API serves it: the file, its source's metadata in place of its source. */
export function withSourceMeta(dataset: DatasetFixture, meta: Source): Dataset {
  return { ...dataset, sourceId: meta.id, source: meta };
}
