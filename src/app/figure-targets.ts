import type { DatasetId } from '@/features/datasets/api/get-dataset';
import type { Translate } from '@/features/charts/model/frame-table';
import type { Dataset } from '@/features/datasets/model/dataset-schema';
import type { Language } from '@/lib/i18n';
import { DEFAULT_VIEW_STATE } from '@/lib/url-state';
import { FRAMES, frameTable } from './frames';

/** The page that shows a dataset's figures as tiles when no chart frame draws them. */
export const DATASET_PAGES: Record<DatasetId, string> = {
  divisions: '/counties',
  renovation: '/renovation',
  'rule-of-law': '/rule-of-law',
  consultation: '/rule-of-law',
  'self-governance': '/community',
  'party-building': '/community',
  'moral-volunteer': '/community',
};

/** Where a figure is shown: the first chart frame holding it, or the page of its tile. */
export interface FigurePlace {
  /** Path without language prefix, with the frame's anchor when there is one. */
  path: string;
  /** The frame's title, or undefined for a tile on its page. */
  frameTitle?: string;
}

/** For every figure (`dataset:figure`), the chart frame (from the frame catalogue) that shows it. */
export function figurePlaces(datasets: readonly Dataset[], t: Translate, language: Language): Map<string, FigurePlace> {
  const places = new Map<string, FigurePlace>();
  for (const spec of FRAMES) {
    const dataset = datasets.find((d) => d.id === spec.datasetId);
    if (!dataset) continue;
    const table = frameTable(spec, dataset, DEFAULT_VIEW_STATE, t, language);
    for (const row of table.rows)
      for (const id of row.figures) {
        const ref = `${dataset.id}:${id}`;
        if (!places.has(ref)) places.set(ref, { path: `${spec.path}#frame-${spec.id}`, frameTitle: table.title });
      }
  }
  for (const d of datasets)
    for (const f of d.figures) {
      const ref = `${d.id}:${f.id}`;
      const page = DATASET_PAGES[d.id as DatasetId] as string | undefined;
      if (!places.has(ref) && page) places.set(ref, { path: page });
    }
  return places;
}
