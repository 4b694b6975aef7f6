/**
 * FrameModels for the frame shapes many pages share: a few figures of one unit as bars, progress
 * towards a planned total, an organisation's tiers. A page feature picks the figures and labels;
 * these build everything else the same way for all of them.
 */
import type { Dataset, Figure } from '@/data/model/dataset-schema';
import { formatDate } from '@/lib/format';
import { barChart } from './bar-chart';
import { frameModel } from './frame';
import type { FrameModel, HierarchyNode, TileModel } from './frame-model';
import { figuresTable, sharedUnit } from './table';
import { citationOf, figureValue, quantity, unitOfFigure, type ModelLocale } from './values';

/** A figure of a dataset with the label a frame shows it under. */
export interface LabelledFigure {
  dataset: Dataset;
  figure: Figure;
  label: string;
}

/** One subtitle part per other thing the figures share: as-of date, status (the unit has its own line). */
function subtitle(figures: readonly LabelledFigure[], locale: ModelLocale): string | undefined {
  const { t, language } = locale;
  const parts: string[] = [];
  const asOf = figures[0]?.figure.asOf;
  if (asOf && figures.every((f) => f.figure.asOf === asOf))
    parts.push(t('frame.asOf', { date: formatDate(asOf, language) }));
  const status = figures[0]?.figure.status;
  if (status && status !== 'actual' && figures.every((f) => f.figure.status === status))
    parts.push(t(`status.${status}`));
  return parts.join(' · ');
}

const citations = (figures: readonly LabelledFigure[], locale: ModelLocale) =>
  figures.map(({ dataset, figure, label }) => citationOf(dataset.id, figure, label, locale));

const datasetsOf = (figures: readonly LabelledFigure[]) => [
  ...new Map(figures.map((f) => [f.dataset.id, f.dataset])).values(),
];

/** A few figures of one unit as bars, one per figure, and as a table. */
export function figuresFrame(
  id: string,
  title: string,
  figures: readonly LabelledFigure[],
  locale: ModelLocale,
): FrameModel {
  // Figures of different units share an axis only as counts of different things (个, 片, 套):
  // the chart then has no unit of its own, and each bar says its own.
  const unit = sharedUnit(figures);
  const values = figures.map(({ dataset, figure }) => figureValue(dataset.id, figure, locale));
  const sub = subtitle(figures, locale);
  return frameModel(
    {
      id,
      title,
      ...(sub ? { subtitle: sub } : {}),
      ...(unit ? { unit } : {}),
      chart: barChart(
        {
          layout: 'stacked',
          categories: figures.map(({ dataset, figure, label }) => ({
            id: `${dataset.id}:${figure.id}`,
            label,
            ...(unit ? {} : { unit: unitOfFigure(dataset, figure) }),
          })),
          series: [{ key: 'value', label: title, color: 'series-1', values, missing: locale.t('frame.notStated') }],
        },
        locale,
      ),
      summary: figures
        .map(
          (f, i) =>
            `${f.label} ${values[i] ? quantity(values[i], unit ?? unitOfFigure(f.dataset, f.figure), locale) : ''}`,
        )
        .join(locale.t('readout.rowSeparator')),
      ...figureFacts(title, figures, locale),
    },
    locale,
  );
}

/** What every frame of figures holds: their table, quoted sentences, datasets and the figures. */
function figureFacts(title: string, figures: readonly LabelledFigure[], locale: ModelLocale) {
  return {
    table: figuresTable(
      title,
      figures.map((f) => ({ key: `${f.dataset.id}:${f.figure.id}`, ...f })),
      locale,
    ),
    citations: citations(figures, locale),
    datasets: datasetsOf(figures),
    figures: figures.map((f) => f.figure),
  };
}

/** Progress towards a planned total: the part done, the total, and the stated share. */
export function progressFrame(
  id: string,
  title: string,
  parts: { done: LabelledFigure; total: LabelledFigure; share: LabelledFigure },
  locale: ModelLocale,
): FrameModel {
  const { t, language } = locale;
  const item = ({ dataset, figure, label }: LabelledFigure) => {
    const value = figureValue(dataset.id, figure, locale);
    return { label, value, quantity: quantity(value, unitOfFigure(dataset, figure), locale) };
  };
  const done = item(parts.done);
  const total = item(parts.total);
  const share = figureValue(parts.share.dataset.id, parts.share.figure, locale);
  const list = [parts.total, parts.done, parts.share];
  const asOf = parts.done.figure.asOf;
  return frameModel(
    {
      id,
      title,
      ...(asOf ? { subtitle: t('frame.asOf', { date: formatDate(asOf, language) }) } : {}),
      chart: {
        kind: 'progress',
        done,
        total: {
          ...total,
          label: t('progress.withStatus', { label: total.label, status: t(`status.${parts.total.figure.status}`) }),
        },
        share,
        headline: t('progress.of', { done: done.quantity, total: total.quantity }),
      },
      summary: t('progress.aria', { share: share.text, done: done.quantity, total: total.quantity }),
      ...figureFacts(title, list, locale),
    },
    locale,
  );
}

/** An organisation's tiers from the top down, each with the organisations beside it. */
export function hierarchyFrame(
  id: string,
  title: string,
  subtitleText: string,
  tiers: readonly { node: LabelledFigure; beside?: readonly LabelledFigure[] }[],
  locale: ModelLocale,
): FrameModel {
  const node = ({ dataset, figure, label }: LabelledFigure): HierarchyNode => ({
    label,
    value: figureValue(dataset.id, figure, locale),
  });
  const all = tiers.flatMap((tier) => [tier.node, ...(tier.beside ?? [])]);
  return frameModel(
    {
      id,
      title,
      subtitle: subtitleText,
      ...(sharedUnit(all) ? { unit: sharedUnit(all) } : {}),
      chart: {
        kind: 'hierarchy',
        tiers: tiers.map((tier) => ({ node: node(tier.node), beside: (tier.beside ?? []).map(node) })),
      },
      summary: all.map((f) => `${f.label} ${node(f).value.text}`).join(locale.t('readout.rowSeparator')),
      ...figureFacts(title, all, locale),
    },
    locale,
  );
}

/** Figures as tiles (lone counts, a page's headlines), with the same table and citations as any frame. */
export function tilesFrame(
  id: string,
  title: string,
  figures: readonly (LabelledFigure & { tile: TileModel })[],
  locale: ModelLocale,
): FrameModel {
  const unit = sharedUnit(figures);
  return frameModel(
    {
      id,
      title,
      ...(unit ? { unit } : {}),
      chart: { kind: 'tiles', tiles: figures.map((f) => f.tile) },
      summary: figures.map((f) => `${f.tile.label} ${f.tile.quantity}`).join(locale.t('readout.rowSeparator')),
      ...figureFacts(title, figures, locale),
    },
    locale,
  );
}
