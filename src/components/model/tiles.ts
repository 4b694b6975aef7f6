import type { Dataset, Figure } from '@/data/model/dataset-schema';
import { figureLabel } from '@/data/model/figures';
import { checksByFigure } from '@/data/model/integrity';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import type { TileModel } from './frame-model';
import { figureRef, figureValue, provenanceOf, quantity, sourceModel, unitOfFigure, type ModelLocale } from './values';

/** "截至2023年6月30日 · 计划": a figure's date (or its release's) and a status other than actual. */
function meta(dataset: Dataset, figure: Figure, locale: ModelLocale, publishedFallback: boolean): string {
  const { t, language } = locale;
  const date = figure.asOf
    ? t('frame.asOf', { date: formatDate(figure.asOf, language) })
    : publishedFallback
      ? t('frame.published', { date: formatDate(dataset.version, language) })
      : null;
  return [date, figure.status !== 'actual' ? t(`status.${figure.status}`) : null].filter(Boolean).join(' · ');
}

/**
 * A figure as a tile on its page: value with unit, date and status, its note, and its source
 * sentence one click away, with links to the sentence in the document and to the audit row that
 * checks it.
 */
export function figureTile(dataset: Dataset, figure: Figure, locale: ModelLocale, label?: string): TileModel {
  const { language } = locale;
  const value = figureValue(dataset.id, figure, locale);
  const ref = figureRef(dataset.id, figure);
  const check = checksByFigure(dataset).get(ref);
  const where = provenanceOf(figure, locale.t);
  return {
    id: ref,
    label: label ?? figureLabel(dataset, figure, language),
    value,
    quantity: quantity(value, unitOfFigure(dataset, figure), locale),
    meta: meta(dataset, figure, locale, false),
    source: {
      ...(where.quote ? { quote: where.quote } : {}),
      line: [
        sourceModel(dataset.source, [], locale).line,
        where.section && locale.t('frame.section', { section: where.section }),
        where.place,
      ]
        .filter(Boolean)
        .join(' · '),
      ...(figure.derivation ? { explanation: figure.derivation.explanation[language] } : {}),
      ...(figure.note ? { note: figure.note[language] } : {}),
      sentenceHref: paths.sourceFigure(ref),
      ...(check ? { auditHref: paths.auditCheck(check) } : {}),
    },
  };
}

/** A headline figure as a tile that links to the page explaining it, with a line of detail. */
export function headlineTile(
  dataset: Dataset,
  figure: Figure,
  label: string,
  href: string,
  locale: ModelLocale,
  detail?: string,
): TileModel {
  const value = figureValue(dataset.id, figure, locale);
  return {
    id: figureRef(dataset.id, figure),
    label,
    value,
    quantity: quantity(value, unitOfFigure(dataset, figure), locale),
    ...(detail ? { detail } : {}),
    meta: meta(dataset, figure, locale, true),
    href,
  };
}
