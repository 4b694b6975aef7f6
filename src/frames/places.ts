import type { ModelLocale } from '@/components/model/values';
import type { DatasetId } from '@/data/api/get-dataset';
import type { Dataset } from '@/data/model/dataset-schema';
import { isFrameProblem } from '@/components/model/frame-model';
import { paths } from '@/lib/paths';
import { DEFAULT_VIEW_STATE } from '@/lib/url-state';
import type { FrameDefinition } from './definition';

/** Where a figure is shown: a frame on a page. */
export interface FigurePlace {
  /** Path without language prefix, with the frame's anchor. */
  path: string;
  frameTitle: string;
  /** A frame of tiles: the figure is a tile on the page, not a bar. */
  tiles: boolean;
}

/**
 * For every figure (`dataset:figure`), the first frame that cites it, from the frames' own models
 * in their default views: what the source document links each of its numbers to.
 */
export function figurePlaces(
  definitions: readonly FrameDefinition[],
  datasets: readonly Dataset[],
  locale: ModelLocale,
): Map<string, FigurePlace> {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const data = {
    dataset(id: DatasetId) {
      const dataset = byId.get(id);
      if (!dataset) throw new Error(`no dataset "${id}"`);
      return dataset;
    },
    nbsChina(): never {
      throw new Error('figure places do not read the all-China NBS file');
    },
    history(): never {
      throw new Error('figure places do not read the change-over-time files');
    },
  };
  const places = new Map<string, FigurePlace>();
  for (const definition of definitions) {
    if (definition.needs.nbsChina || definition.needs.history || !definition.needs.datasets.every((id) => byId.has(id)))
      continue;
    const model = definition.select(data, DEFAULT_VIEW_STATE, locale);
    if (isFrameProblem(model)) continue;
    for (const citation of model.citations)
      if (!places.has(citation.ref))
        places.set(citation.ref, {
          path: paths.frame(definition.page, definition.id),
          frameTitle: model.title,
          tiles: model.chart.kind === 'tiles',
        });
  }
  return places;
}
