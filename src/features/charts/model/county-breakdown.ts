import type { AdminUnit, Dataset, Figure } from '@/features/datasets/model/dataset-schema';

/** One published or derived figure as a table cell or bar shows it. */
export interface FigureCell {
  value: number;
  kind: Figure['kind'];
  figure: Figure;
}

/** One county-level unit's row: the two stated counts plus values we compute from them. */
export interface CountyRow {
  unit: AdminUnit;
  villages: FigureCell | undefined;
  communities: FigureCell | undefined;
  /** Derived: villages + communities. */
  total: number;
  /** Derived: total ÷ city total (0–1). */
  share: number;
  /** Derived: 1 = the largest total; ties share a rank. */
  rank: number;
}

export interface CountyBreakdown {
  rows: CountyRow[];
  city: { villages: FigureCell | undefined; communities: FigureCell | undefined; total: FigureCell | undefined };
}

import type { CountySort } from '@/lib/url-state';

function cell(figure: Figure | undefined): FigureCell | undefined {
  return figure && { value: figure.value, kind: figure.kind, figure };
}

function find(dataset: Dataset, measure: string, dims: Record<string, string>): Figure | undefined {
  return dataset.figures.find(
    (f) => f.measure === measure && Object.entries(dims).every(([k, v]) => f.dims?.[k] === v),
  );
}

/**
 * Turns the divisions dataset into one row per unit, in the registry's (the document's) order.
 * A unit without a figure keeps `undefined` cells: absent is not zero.
 */
export function buildCountyBreakdown(dataset: Dataset, units: readonly AdminUnit[]): CountyBreakdown {
  const city = {
    villages: cell(find(dataset, 'villages', { scope: 'city' })),
    communities: cell(find(dataset, 'communities', { scope: 'city' })),
    total: cell(find(dataset, 'villages-and-communities', { scope: 'city' })),
  };
  const base = units
    .map((unit) => {
      const villages = cell(find(dataset, 'villages', { unit: unit.id }));
      const communities = cell(find(dataset, 'communities', { unit: unit.id }));
      return { unit, villages, communities, total: (villages?.value ?? 0) + (communities?.value ?? 0) };
    })
    .filter((r) => r.villages !== undefined || r.communities !== undefined);
  const cityTotal = city.total?.value ?? base.reduce((sum, r) => sum + r.total, 0);
  const rows = base.map((r) => ({
    ...r,
    share: cityTotal > 0 ? r.total / cityTotal : 0,
    rank: 1 + base.filter((o) => o.total > r.total).length,
  }));
  return { rows, city };
}

/** A new array sorted by the key, largest first; ties keep document order. */
export function sortCountyRows(rows: readonly CountyRow[], key: CountySort): CountyRow[] {
  if (key === 'document') return [...rows];
  const value = (r: CountyRow) => (key === 'total' || key === 'share' ? r.total : (r[key]?.value ?? -1));
  return [...rows].sort((a, b) => value(b) - value(a));
}
