/**
 * An imported dataset drawn as the built-in ones are: one bar frame per measure that is broken
 * down by unit, built with the same kit (bar chart, figures table, citations, source line), so
 * every figure keeps its marks and its sentence.
 */
import { barChart } from '@/components/model/bar-chart';
import { frameModel } from '@/components/model/frame';
import type { Category, FrameModel, SeriesColor } from '@/components/model/frame-model';
import { figuresTable } from '@/components/model/table';
import { measureUnit } from '@/components/model/units';
import { citationOf, figureValue, type ModelLocale } from '@/components/model/values';
import type { Dataset, DatasetUnit, Figure } from '@/data/model/dataset-schema';
import { findUnit, unitCode, unitLabel } from '@/data/model/units';

/** A unit's category: the city's own by its division code and name, or one the dataset declares. */
function categoryOf(declaredUnits: ReadonlyMap<string, DatasetUnit>, unitId: string, locale: ModelLocale): Category {
  const own = findUnit(unitId);
  if (own) return { id: unitCode(own), label: unitLabel(own, locale.language) };
  const declared = declaredUnits.get(unitId);
  const name = declared?.name ?? { zh: unitId, en: unitId };
  return {
    id: declared?.code ?? unitId,
    label: name[locale.language],
    ...(locale.language === 'en' && name.en === name.zh ? { native: name.zh } : {}),
  };
}

const COLORS: readonly SeriesColor[] = ['series-1', 'series-2', 'series-3', 'series-4'];

/**
 * One frame for each measure with figures for two or more units, in the dataset's order; a
 * measure stated for several years (a table with a column per year) is one series per year.
 */
export function importFrames(dataset: Dataset, locale: ModelLocale): FrameModel[] {
  const { t, language } = locale;
  const declaredUnits = new Map(dataset.units.map((u) => [u.id, u]));
  return dataset.measures.flatMap((measure) => {
    const figures = dataset.figures.filter(
      (f): f is Figure & { dims: { unit: string } } => f.measure === measure.id && f.dims?.unit !== undefined,
    );
    const unitIds = [...new Set(figures.map((f) => f.dims.unit))];
    if (unitIds.length < 2) return [];
    const years = [...new Set(figures.map((f) => f.dims.year ?? ''))].sort();
    const categories = unitIds.map((id) => categoryOf(declaredUnits, id, locale));
    const byUnitAndYear = new Map(figures.map((f) => [`${f.dims.unit}|${f.dims.year ?? ''}`, f]));
    const categoryIndex = new Map(unitIds.map((id, i) => [id, i]));
    const title = measure.label[language];
    const unit = measureUnit(measure);
    const chart = barChart(
      {
        layout: 'grouped',
        categories,
        series: years.map((year, i) => ({
          key: year ? `${measure.id}-${year}` : measure.id,
          label: year ? t('import.period', { period: year }) : title,
          color: COLORS[i % COLORS.length] ?? 'series-1',
          values: unitIds.map((id) => {
            const figure = byUnitAndYear.get(`${id}|${year}`);
            return figure ? figureValue(dataset.id, figure, locale) : null;
          }),
          missing: t('frame.notStated'),
        })),
      },
      locale,
    );
    const rows = figures.map((figure) => {
      const label = categories[categoryIndex.get(figure.dims.unit) ?? -1]?.label ?? '';
      return {
        label: figure.dims.year ? `${label} · ${t('import.period', { period: figure.dims.year })}` : label,
        dataset,
        figure,
      };
    });
    return [
      frameModel(
        {
          id: `import-${measure.id}`,
          title,
          subtitle: t('import.frameSubtitle', { title: dataset.title[language] }),
          unit,
          chart,
          summary: t('import.frameSummary', { count: unitIds.length, title }),
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
