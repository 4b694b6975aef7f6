import type { Dataset, Figure, Measure } from '@/data/model/dataset-schema';
import type { Language } from '@/lib/i18n';

/** The measure a figure counts; schema validation guarantees it exists. */
export function measureOf(dataset: Pick<Dataset, 'measures'>, figure: Figure): Measure {
  const measure = dataset.measures.find((m) => m.id === figure.measure);
  if (!measure) throw new Error(`figure "${figure.id}" names unknown measure "${figure.measure}"`);
  return measure;
}

/** Figures matching every given dimension (and measure, when given), in dataset order. */
export function selectFigures(
  dataset: Pick<Dataset, 'figures'>,
  where: { measure?: string | readonly string[]; dims?: Record<string, string> },
): Figure[] {
  const measures = where.measure === undefined ? null : [where.measure].flat();
  return dataset.figures.filter(
    (f) =>
      (measures === null || measures.includes(f.measure)) &&
      Object.entries(where.dims ?? {}).every(([k, v]) => f.dims?.[k] === v),
  );
}

/** One figure by id; throws when the dataset lacks it (a fixture/page mismatch is a bug). */
export function figureById(dataset: Pick<Dataset, 'id' | 'figures'>, id: string): Figure {
  const figure = dataset.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`dataset "${dataset.id}" has no figure "${id}"`);
  return figure;
}

/** The label a figure is shown with: its measure's label, in the reader's language. */
export function figureLabel(dataset: Pick<Dataset, 'measures'>, figure: Figure, language: Language): string {
  return measureOf(dataset, figure).label[language];
}
