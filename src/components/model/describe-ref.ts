import type { Dataset } from '@/data/model/dataset-schema';
import { findUnit } from '@/data/model/units';
import type { Language } from '@/lib/i18n';

/** The dataset and figure a `dataset:figure` reference points to, if they exist. */
export function resolveRef(datasets: readonly Dataset[], ref: string) {
  const [datasetId, figureId] = ref.split(':');
  const dataset = datasets.find((d) => d.id === datasetId);
  return { dataset, figure: dataset?.figures.find((f) => f.id === figureId) };
}

/**
 * Names a figure reference (`rule-of-law:disputes.resolved`) for a reader: its measure, and the
 * unit, year or level it is for. Unknown references keep their id, so nothing is hidden.
 */
export function describeRef(datasets: readonly Dataset[], ref: string, language: Language): string {
  const { dataset, figure } = resolveRef(datasets, ref);
  if (!dataset || !figure) return ref;
  const measure = dataset.measures.find((m) => m.id === figure.measure);
  const parts = [measure?.label[language] ?? figure.measure];
  const unitId = figure.dims?.unit;
  const unit = unitId ? findUnit(unitId) : undefined;
  // A unit the dataset declares itself (an import's county of another city) is named by it.
  const declared = unitId ? dataset.units.find((u) => u.id === unitId) : undefined;
  if (unit) parts.push((unit.shortName ?? unit.name)[language]);
  else if (declared) parts.push(declared.name[language]);
  // `scope: city` says nothing the measure does not; years and levels tell figures apart.
  for (const [key, value] of Object.entries(figure.dims ?? {}))
    if (key !== 'unit' && key !== 'scope') parts.push(value);
  return parts.join(' · ');
}
