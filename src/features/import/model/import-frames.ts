/**
 * An imported dataset drawn as the built-in ones are: one bar frame per measure that is broken
 * down by unit, built with the same kit (bar chart, figures table, citations, source line), so
 * every figure keeps its marks and its sentence.
 */
import { barChart } from '@/components/model/bar-chart';
import { frameModel } from '@/components/model/frame';
import type { Category, FrameModel } from '@/components/model/frame-model';
import { figuresTable } from '@/components/model/table';
import { measureUnit } from '@/components/model/units';
import { citationOf, figureValue, type ModelLocale } from '@/components/model/values';
import type { Dataset, Figure } from '@/data/model/dataset-schema';
import { findUnit, unitCode, unitLabel } from '@/data/model/units';

/** A unit's category: the city's own by its division code and name, or one the dataset declares. */
function categoryOf(dataset: Dataset, unitId: string, locale: ModelLocale): Category {
  const own = findUnit(unitId);
  if (own) return { id: unitCode(own), label: unitLabel(own, locale.language) };
  const declared = dataset.units.find((u) => u.id === unitId);
  const name = declared?.name ?? { zh: unitId, en: unitId };
  return {
    id: declared?.code ?? unitId,
    label: name[locale.language],
    ...(locale.language === 'en' && name.en === name.zh ? { native: name.zh } : {}),
  };
}

/** One frame for each measure with figures for two or more units, in the dataset's order. */
export function importFrames(dataset: Dataset, locale: ModelLocale): FrameModel[] {
  const { t, language } = locale;
  return dataset.measures.flatMap((measure) => {
    const figures = dataset.figures.filter(
      (f): f is Figure & { dims: { unit: string } } => f.measure === measure.id && f.dims?.unit !== undefined,
    );
    if (figures.length < 2) return [];
    const categories = figures.map((f) => categoryOf(dataset, f.dims.unit, locale));
    const title = measure.label[language];
    const unit = measureUnit(measure);
    const chart = barChart(
      {
        layout: 'grouped',
        categories,
        series: [
          {
            key: measure.id,
            label: title,
            color: 'series-1',
            values: figures.map((f) => figureValue(dataset.id, f, locale)),
            missing: t('frame.notStated'),
          },
        ],
      },
      locale,
    );
    const rows = figures.map((figure, i) => ({ label: categories[i]?.label ?? '', dataset, figure }));
    return [
      frameModel(
        {
          id: `import-${measure.id}`,
          title,
          subtitle: t('import.frameSubtitle', { title: dataset.title[language] }),
          unit,
          chart,
          summary: t('import.frameSummary', { count: figures.length, title }),
          table: figuresTable(title, rows, locale),
          citations: rows.map((r) => citationOf(dataset.id, r.figure, r.label, locale)),
          datasets: [dataset],
          figures,
        },
        locale,
      ),
    ];
  });
}
