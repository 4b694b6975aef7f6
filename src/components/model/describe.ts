import type { BarChartModel, Category, ModelValue } from './frame-model';
import type { UnitModel } from './units';
import { marksWords, quantity, type ModelLocale } from './values';

/** One line of a category's read-out: what, how much (with its unit), and its marks. */
export interface ReadoutRow {
  label: string;
  text: string;
  marks: string[];
}

export interface Readout {
  /** The category's full name (never cut short), with the Chinese name beside a romanisation. */
  heading: string;
  rows: ReadoutRow[];
  /** Everything in one sentence, for screen readers and an image's bar titles. */
  sentence: string;
}

/** A category's name in full: "Zhongyuan District (中原区)" where the label is a romanisation. */
export function categoryName(category: Category): string {
  return category.native && category.native !== category.label
    ? `${category.label} (${category.native})`
    : category.label;
}

function row(
  label: string,
  value: ModelValue | null,
  missing: string,
  unit: UnitModel | undefined,
  locale: ModelLocale,
): ReadoutRow {
  if (!value) return { label, text: missing, marks: [] };
  return {
    label,
    text: unit ? quantity(value, unit, locale) : value.text,
    marks: marksWords(value.marks, locale.t),
  };
}

/**
 * What the tooltip, the keyboard read-out and an image's bar title say about one category: every
 * series' value with its unit and marks, then the values beside the bars (total, share, rank).
 */
export function describeCategory(
  chart: BarChartModel,
  index: number,
  unit: UnitModel | undefined,
  locale: ModelLocale,
): Readout {
  const category = chart.categories[index];
  const heading = category ? categoryName(category) : '';
  const rows = [
    ...chart.series.map((s) => row(s.label, s.values[index] ?? null, s.missing, unit ?? category?.unit, locale)),
    ...chart.extras.map((e) => row(e.label, e.values[index] ?? null, locale.t('frame.notStated'), e.unit, locale)),
  ];
  const { t } = locale;
  const sentence = `${heading}${t('readout.colon')}${rows
    .map(
      (r) =>
        `${r.label} ${r.text}${r.marks.length ? t('readout.marks', { marks: r.marks.join(t('readout.separator')) }) : ''}`,
    )
    .join(t('readout.separator'))}`;
  return { heading, rows, sentence };
}
