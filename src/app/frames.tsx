import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CountyBreakdownFrame } from '@/features/charts/components/county-breakdown-frame';
import { CountyMapFrame } from '@/features/charts/components/county-map-frame';
import { FiguresFrame } from '@/features/charts/components/figures-frame';
import { HierarchyFrame, hierarchyFigures } from '@/features/charts/components/hierarchy-frame';
import { ProgressFrame, progressFigures } from '@/features/charts/components/progress-frame';
import { buildCountyBreakdown, sortCountyRows } from '@/features/charts/model/county-breakdown';
import { figureLabel } from '@/features/charts/model/figures';
import {
  countiesTable,
  figuresTable,
  mapTable,
  type FrameTable,
  type Translate,
} from '@/features/charts/model/frame-table';
import type { Dataset, Figure } from '@/features/datasets/model/dataset-schema';
import { adminUnits } from '@/features/datasets/model/units';
import type { Language } from '@/lib/i18n';
import type { ViewState } from '@/lib/url-state';
import { findFrame, type FrameSpec } from './frame-catalogue';

export { FRAMES, findFrame, type FrameSpec } from './frame-catalogue';

/** The figures a frame of figures, progress or hierarchy shows, in order. */
function figuresOf(spec: FrameSpec, dataset: Dataset): Figure[] {
  switch (spec.kind) {
    case 'figures':
      return spec.select(dataset);
    case 'progress':
      return progressFigures(spec.pick(dataset));
    case 'hierarchy':
      return hierarchyFigures(spec.levels(dataset));
    default:
      return [];
  }
}

/** A frame's table as plain data, in the given view (sort, measure) and language. */
export function frameTable(
  spec: FrameSpec,
  dataset: Dataset,
  view: Pick<ViewState, 'sort' | 'measure'>,
  t: Translate,
  language: Language,
): FrameTable {
  const title = spec.title(t);
  if (spec.kind === 'counties' || spec.kind === 'map') {
    const { rows } = buildCountyBreakdown(dataset, adminUnits);
    return spec.kind === 'counties'
      ? countiesTable(dataset, title, sortCountyRows(rows, view.sort), t, language)
      : mapTable(dataset, title, rows, view.measure, t, language);
  }
  const label = spec.kind === 'figures' && spec.label ? spec.label(t) : figureLabel;
  return figuresTable(dataset, title, figuresOf(spec, dataset), label, t, language);
}

/** Renders one frame of the catalogue by id. */
export function Frame({ id, highlight }: { id: string; highlight?: string }): ReactNode {
  const { t } = useTranslation();
  const spec = findFrame(id);
  if (!spec) throw new Error(`no frame "${id}" in the catalogue`);
  const title = spec.title(t);
  switch (spec.kind) {
    case 'counties':
      return <CountyBreakdownFrame />;
    case 'map':
      return <CountyMapFrame highlight={highlight} />;
    case 'figures':
      return (
        <FiguresFrame
          frameId={spec.id}
          datasetId={spec.datasetId}
          title={title}
          select={spec.select}
          label={spec.label?.(t)}
        />
      );
    case 'progress':
      return <ProgressFrame frameId={spec.id} datasetId={spec.datasetId} title={title} pick={spec.pick} />;
    case 'hierarchy':
      return (
        <HierarchyFrame
          frameId={spec.id}
          datasetId={spec.datasetId}
          title={title}
          subtitle={spec.subtitle(t)}
          levels={spec.levels}
        />
      );
  }
}
