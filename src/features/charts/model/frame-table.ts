import type { useTranslation } from 'react-i18next';
import type { Dataset, Figure } from '@/features/datasets/model/dataset-schema';
import type { FrameTable } from '@/features/datasets/model/frame-table';
import type { Language } from '@/lib/i18n';
import type { MapMeasure } from '@/lib/url-state';
import type { CountyRow } from './county-breakdown';
import { measureOf } from './figures';

export type { FrameCell, FrameColumn, FrameRow, FrameTable } from '@/features/datasets/model/frame-table';

export type Translate = ReturnType<typeof useTranslation>['t'];

/** The label of a figure in a frame (a bar, a row). */
export type FigureLabel = (dataset: Dataset, figure: Figure, language: Language) => string;

/** A list of figures: item, value, unit, status, as-of date. */
export function figuresTable(
  dataset: Dataset,
  title: string,
  figures: readonly Figure[],
  label: FigureLabel,
  t: Translate,
  language: Language,
): FrameTable {
  return {
    title,
    datasetId: dataset.id,
    version: dataset.version,
    columns: [
      { key: 'item', header: t('frame.item'), numeric: false },
      { key: 'value', header: t('frame.value'), numeric: true },
      { key: 'unit', header: t('frame.unit'), numeric: false },
      { key: 'status', header: t('frame.status'), numeric: false },
      { key: 'asOf', header: t('frame.asOfColumn'), numeric: false },
    ],
    rows: figures.map((f) => ({
      key: f.id,
      cells: {
        item: label(dataset, f, language),
        value: f.value,
        unit: t(`units.${measureOf(dataset, f).unit}`) || t('frame.count'),
        status: t(`status.${f.status}`),
        asOf: f.asOf ?? null,
      },
      derived: f.kind === 'derived' ? ['value'] : [],
      figures: [f.id],
    })),
    series: ['value'],
  };
}

const unitName = (row: CountyRow, language: Language) => (row.unit.shortName ?? row.unit.name)[language];

/** The stated or derived figures a unit's row is built from. */
const unitFigures = (row: CountyRow) =>
  [row.villages?.figure.id, row.communities?.figure.id].filter((id): id is string => !!id);

/** Villages, communities, total, share and rank per county-level unit, in the rows' order. */
export function countiesTable(
  dataset: Dataset,
  title: string,
  rows: readonly CountyRow[],
  t: Translate,
  language: Language,
): FrameTable {
  return {
    title,
    datasetId: dataset.id,
    version: dataset.version,
    columns: [
      { key: 'unit', header: t('county.unit'), numeric: false },
      { key: 'villages', header: t('county.villages'), numeric: true },
      { key: 'communities', header: t('county.communities'), numeric: true },
      { key: 'total', header: t('county.total'), numeric: true },
      { key: 'share', header: t('county.share'), numeric: true, percent: true },
      { key: 'rank', header: t('county.rank'), numeric: true },
    ],
    rows: rows.map((r) => ({
      key: r.unit.id,
      cells: {
        unit: unitName(r, language),
        villages: r.villages?.value ?? null,
        communities: r.communities?.value ?? null,
        total: r.total,
        share: r.share,
        rank: r.rank,
      },
      derived: [
        ...(r.villages?.kind === 'derived' ? ['villages'] : []),
        ...(r.communities?.kind === 'derived' ? ['communities'] : []),
        'total',
        'share',
        'rank',
      ],
      figures: unitFigures(r),
    })),
    series: ['villages', 'communities'],
  };
}

/** The map's measure per unit, with its share. */
export function mapTable(
  dataset: Dataset,
  title: string,
  rows: readonly CountyRow[],
  measure: MapMeasure,
  t: Translate,
  language: Language,
): FrameTable {
  const value = (r: CountyRow) => (measure === 'total' ? r.total : (r[measure]?.value ?? 0));
  return {
    title,
    datasetId: dataset.id,
    version: dataset.version,
    columns: [
      { key: 'unit', header: t('county.unit'), numeric: false },
      { key: 'value', header: t(`map.measures.${measure}`), numeric: true },
      { key: 'share', header: t('county.share'), numeric: true, percent: true },
    ],
    rows: rows.map((r) => ({
      key: r.unit.id,
      cells: { unit: unitName(r, language), value: value(r), share: r.share },
      derived: measure === 'total' || r[measure]?.kind === 'derived' ? ['value', 'share'] : ['share'],
      figures: unitFigures(r),
    })),
    series: ['value'],
  };
}
