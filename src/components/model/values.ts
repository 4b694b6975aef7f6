/**
 * Builders of a FrameModel's parts from the datasets: each figure becomes a value with its three
 * marks, each computed value says how it was computed, and the text of both is written here once.
 */
import type { Dataset, Figure, Source } from '@/data/model/dataset-schema';
import { measureOf } from '@/data/model/figures';
import { formatDate, formatNumber } from '@/lib/format';
import type { Language, Translate } from '@/lib/i18n';
import type {
  CitationModel,
  Derivation,
  Marks,
  ModelValue,
  Qualifier,
  ReleaseModel,
  SourceModel,
  Status,
} from './frame-model';
import { measureUnit, quantityText, type UnitModel } from './units';

/** The language a model is built in, and its messages. */
export interface ModelLocale {
  language: Language;
  t: Translate;
}

/** `dataset:figure`, the name every output cites a figure by. */
export const figureRef = (datasetId: string, figure: Pick<Figure, 'id'>) => `${datasetId}:${figure.id}`;

/** Writes a qualifier on a number: "200余" / "200+", "约1,200" / "about 1,200". */
export function qualifier(qualifierId: Qualifier, t: Translate): (number: string) => string {
  switch (qualifierId) {
    case 'more-than':
      return (value) => t('frame.moreThan', { value });
    case 'at-least':
      return (value) => t('frame.atLeast', { value });
    case 'less-than':
      return (value) => t('frame.lessThan', { value });
    case 'at-most':
      return (value) => t('frame.atMost', { value });
    case 'approx':
      return (value) => t('frame.approx', { value });
    case 'exact':
      return (value) => value;
  }
}

/**
 * The qualifier of a sum or difference of qualified values: any approximate input, or bounds that
 * point both ways, make it approximate; lower bounds alone make a lower bound, upper bounds an
 * upper bound.
 */
function combinedQualifier(inputs: readonly ModelValue[]): Qualifier {
  const qualifiers = new Set(inputs.map((v) => v.marks.qualifier));
  const lower = qualifiers.has('more-than') || qualifiers.has('at-least');
  const upper = qualifiers.has('less-than') || qualifiers.has('at-most');
  if (qualifiers.has('approx') || (lower && upper)) return 'approx';
  if (lower) return qualifiers.has('more-than') ? 'more-than' : 'at-least';
  if (upper) return qualifiers.has('less-than') ? 'less-than' : 'at-most';
  return 'exact';
}

/** Where a figure is in its source: the quoted sentence and section, or a cited page and table. */
export function provenanceOf(figure: Figure, t: Translate): Pick<CitationModel, 'quote' | 'section' | 'place'> {
  const { quote, section, page, table } = figure.provenance;
  const place = [page && t('frame.citedPage', { page }), table && t('frame.citedTable', { table })]
    .filter(Boolean)
    .join(t('readout.separator'));
  return { ...(quote ? { quote } : {}), ...(section ? { section } : {}), ...(place ? { place } : {}) };
}

/**
 * The marks of a dataset figure. A figure the document implies without stating it (a zero read off
 * a total and its other parts, a base equal to another figure) is `inferred`; a figure the dataset
 * adds up from stated ones is a `sum`.
 */
export function figureMarks(figure: Figure): Marks {
  const base = { status: figure.status, qualifier: figure.qualifier };
  if (figure.kind === 'stated') return { kind: 'stated', ...base };
  const derivation: Derivation = figure.derivation?.method === 'sum' ? 'sum' : 'inferred';
  return { kind: 'derived', derivation, ...base };
}

/** A figure of a dataset as a value. */
export function figureValue(datasetId: string, figure: Figure, locale: ModelLocale): ModelValue {
  const marks = figureMarks(figure);
  return {
    value: figure.value,
    decimals: figure.decimals,
    text: qualifier(marks.qualifier, locale.t)(formatNumber(figure.value, locale.language, figure.decimals)),
    marks,
    refs: [figureRef(datasetId, figure)],
  };
}

/**
 * A value we compute (a total, a share in percent, a rank, a difference, a count). Its status is
 * the weakest of its inputs' (a sum with a planned part is a plan); a lower bound among the inputs
 * makes a sum a lower bound too.
 */
export function computedValue(
  value: number,
  derivation: Derivation,
  locale: ModelLocale,
  from: { decimals?: number; inputs?: readonly (ModelValue | null | undefined)[]; refs?: readonly string[] } = {},
): ModelValue {
  const inputs = (from.inputs ?? []).filter((v): v is ModelValue => !!v);
  const status: Status = inputs.some((v) => v.marks.status === 'forecast')
    ? 'forecast'
    : inputs.some((v) => v.marks.status === 'plan')
      ? 'plan'
      : 'actual';
  const qualifies = derivation === 'sum' || derivation === 'difference' || derivation === 'change';
  const bound: Qualifier = qualifies ? combinedQualifier(inputs) : 'exact';
  const decimals = from.decimals ?? Math.max(0, ...inputs.map((v) => v.decimals));
  const sign = (derivation === 'difference' || derivation === 'change') && value > 0 ? '+' : '';
  const number = formatNumber(Math.abs(value), locale.language, decimals);
  return {
    value,
    decimals,
    text: qualifier(bound, locale.t)(`${value < 0 ? '−' : sign}${number}`),
    marks: { kind: 'derived', derivation, status, qualifier: bound },
    refs: from.refs ?? inputs.flatMap((v) => v.refs),
  };
}

/** A share of a whole, in percent with one decimal (32.1), computed from two values. */
export function shareValue(part: number, whole: number, locale: ModelLocale, refs: readonly string[]): ModelValue {
  return computedValue(whole > 0 ? (part / whole) * 100 : 0, 'share', locale, { decimals: 1, refs });
}

/** A value with its unit, in running text: "226.18万平方米", "2.26 million m²", "200+ people". */
export function quantity(value: ModelValue, unit: UnitModel, locale: ModelLocale): string {
  return quantityText(value.text, value.value, unit, locale.language, qualifier(value.marks.qualifier, locale.t));
}

/** The unit of a figure, through its measure. */
export function unitOfFigure(dataset: Pick<Dataset, 'measures'>, figure: Figure): UnitModel {
  return measureUnit(measureOf(dataset, figure));
}

/** The words for a value's marks, the exact and stated ones left out ("推断", "计划", "余"). */
export function marksWords(marks: Marks, t: Translate): string[] {
  const words: string[] = [];
  if (marks.kind === 'derived' && marks.derivation) words.push(t(`marks.${marks.derivation}`));
  if (marks.status !== 'actual') words.push(t(`marks.${marks.status}`));
  if (marks.qualifier !== 'exact') words.push(t(`marks.${marks.qualifier}`));
  return words;
}

/** A figure of the document as a citation: its label, value, marks and sentence. */
export function citationOf(datasetId: string, figure: Figure, label: string, locale: ModelLocale): CitationModel {
  const value = figureValue(datasetId, figure, locale);
  return {
    ref: figureRef(datasetId, figure),
    label,
    text: value.text,
    marks: value.marks,
    ...provenanceOf(figure, locale.t),
  };
}

/** Section ids in document order ("1.1" before "1.10"), without repeats. */
export function uniqueSections(sections: readonly string[]): string[] {
  return [...new Set(sections)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * The source document as a frame cites it: the line under a chart or slide, and the full citation
 * naming the sections its figures come from. Both are written here and nowhere else.
 */
export function sourceModel(source: Source, sections: readonly string[], locale: ModelLocale): SourceModel {
  const { language, t } = locale;
  const parts = {
    issuer: source.issuer[language],
    title: source.title[language],
    date: formatDate(source.date, language),
  };
  const list = uniqueSections(sections);
  return {
    ...parts,
    line: t('frame.sourceLine', parts),
    citation: t('exports.citationLine', {
      ...parts,
      sections: list.length > 0 ? t('exports.sections', { list: list.join(t('exports.sectionSeparator')) }) : '',
    }),
    licence: source.licence[language],
  };
}

/** The release a frame draws: the newest of its datasets' versions. */
export function releaseModel(datasets: readonly Pick<Dataset, 'id' | 'version'>[], locale: ModelLocale): ReleaseModel {
  const version =
    datasets
      .map((d) => d.version)
      .sort()
      .at(-1) ?? '';
  return { datasets: datasets.map((d) => d.id), version, line: locale.t('exports.version', { version }) };
}

/** "数据截至2023年6月30日" when every figure shares an as-of date, else the release date. */
export function asOfLine(figures: readonly Figure[], version: string, locale: ModelLocale): string {
  const dates = figures.map((f) => f.asOf);
  const [first] = dates;
  return first && dates.every((d) => d === first)
    ? locale.t('presenter.asOf', { date: formatDate(first, locale.language) })
    : locale.t('presenter.published', { date: formatDate(version, locale.language) });
}
