import type { ChartModel, FrameModel } from '@/components/model/frame-model';

/** A chart as a file carries it: a map without its drawing (its areas' values are what matter). */
function chartData(chart: ChartModel): unknown {
  if (chart.kind !== 'map') return chart;
  return {
    ...chart,
    areas: chart.areas.map((a) => ({
      id: a.id,
      label: a.label,
      value: a.value,
      colorClass: a.colorClass,
      href: a.href,
    })),
  };
}

/**
 * The frame as JSON: the model every other output draws from (categories, series with each value's
 * three marks and the figures it comes from, the table, the legend, every citation with its quoted
 * sentence), and where to find it again.
 */
export function frameJson(model: FrameModel, extra: { link?: string; figures?: unknown } = {}): string {
  return JSON.stringify(
    {
      frame: model.id,
      // The dataset (or file) the frame reads and its release, for citing and fetching it again.
      dataset: model.release.datasets[0],
      datasets: model.release.datasets,
      version: model.release.version,
      language: model.language,
      title: model.title,
      subtitle: model.subtitle,
      notes: model.notes,
      unit: model.unit && { id: model.unit.id, scale: model.unit.scale, label: model.unit.label },
      unitLine: model.unitLine,
      chart: chartData(model.chart),
      legend: model.legend,
      table: model.table,
      citations: model.citations,
      source: model.source,
      release: model.release,
      asOf: model.asOf,
      ...(extra.figures ? { figures: extra.figures } : {}),
      ...(extra.link ? { link: extra.link } : {}),
    },
    null,
    2,
  );
}
