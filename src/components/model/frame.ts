import type { Dataset, Figure } from '@/data/model/dataset-schema';
import { barLegend } from './bar-chart';
import type { ChartModel, CitationModel, FrameModel, LegendEntry, TableModel } from './frame-model';
import type { UnitModel } from './units';
import { asOfLine, releaseModel, sourceModel, type ModelLocale } from './values';

export interface FrameParts {
  id: string;
  title: string;
  subtitle?: string;
  notes?: readonly string[];
  unit?: UnitModel;
  chart: ChartModel;
  summary: string;
  table: TableModel;
  citations: readonly CitationModel[];
  /** The datasets the frame reads; the first one's source document is cited. */
  datasets: readonly Dataset[];
  /** The figures shown, for the as-of line. */
  figures: readonly Figure[];
  /** A legend other than the bar chart's own (none for a map, whose colour key is its chart's). */
  legend?: readonly LegendEntry[];
}

/**
 * Assembles a FrameModel from its parts: the legend a bar chart needs, the source line and
 * citation with the sections its figures come from, the release and the as-of line. Every frame
 * definition ends here, so these are made one way.
 */
export function frameModel(parts: FrameParts, locale: ModelLocale): FrameModel {
  const [first] = parts.datasets;
  const release = releaseModel(parts.datasets, locale);
  const legend = parts.legend ?? (parts.chart.kind === 'bar' ? barLegend(parts.chart, locale) : []);
  // Charts with an axis or counts say their unit; tiles and progress write each value with its own.
  const drawsUnit = parts.chart.kind === 'bar' || parts.chart.kind === 'map' || parts.chart.kind === 'hierarchy';
  const unitLine = !drawsUnit
    ? undefined
    : parts.unit
      ? locale.t('frame.unitIs', { unit: parts.unit.label[locale.language] })
      : parts.chart.kind === 'bar'
        ? locale.t('frame.unitsVary')
        : undefined;
  return {
    id: parts.id,
    language: locale.language,
    title: parts.title,
    ...(parts.subtitle ? { subtitle: parts.subtitle } : {}),
    notes: parts.notes ?? [],
    ...(parts.unit ? { unit: parts.unit } : {}),
    ...(unitLine ? { unitLine } : {}),
    chart: parts.chart,
    legend,
    summary: parts.summary,
    table: parts.table,
    citations: parts.citations,
    ...(first
      ? {
          source: sourceModel(
            first.source,
            parts.citations.flatMap((c) => (c.section ? [c.section] : [])),
            locale,
          ),
        }
      : {}),
    release,
    ...(parts.figures.length > 0 ? { asOf: asOfLine(parts.figures, release.version, locale) } : {}),
  };
}

/** The line under a frame's title in every output: its unit, then its subtitle. */
export function frameSubtitle(model: Pick<FrameModel, 'unitLine' | 'subtitle'>): string | undefined {
  const parts = [model.unitLine, model.subtitle].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/**
 * The line under a slide's title (on screen and in PowerPoint): the frame's subtitle, except for a
 * map, whose subtitle explains the zone tiles the slide already shows; a slide names its measure.
 */
export function slideSubtitle(model: Pick<FrameModel, 'unitLine' | 'subtitle' | 'chart'>): string | undefined {
  if (model.chart.kind !== 'map') return frameSubtitle(model);
  return [model.unitLine, model.chart.measureLabel].filter(Boolean).join(' · ');
}
