import type { AdminUnit, Dataset, Figure } from '@/data/model/dataset-schema';

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

/** Indexes figures by measure and one dimension, so building rows stays linear. */
function indexBy(dataset: Dataset, dim: string): Map<string, Figure> {
  const index = new Map<string, Figure>();
  for (const f of dataset.figures) {
    const key = f.dims?.[dim];
    if (key !== undefined && !index.has(`${f.measure}|${key}`)) index.set(`${f.measure}|${key}`, f);
  }
  return index;
}

/**
 * Turns the divisions dataset into one row per unit, in the registry's (the document's) order.
 * A unit without a figure keeps `undefined` cells: absent is not zero.
 */
export function buildCountyBreakdown(dataset: Dataset, units: readonly AdminUnit[]): CountyBreakdown {
  const byScope = indexBy(dataset, 'scope');
  const byUnit = indexBy(dataset, 'unit');
  const city = {
    villages: cell(byScope.get('villages|city')),
    communities: cell(byScope.get('communities|city')),
    total: cell(byScope.get('villages-and-communities|city')),
  };
  const base = units
    .map((unit) => {
      const villages = cell(byUnit.get(`villages|${unit.id}`));
      const communities = cell(byUnit.get(`communities|${unit.id}`));
      return { unit, villages, communities, total: (villages?.value ?? 0) + (communities?.value ?? 0) };
    })
    .filter((r) => r.villages !== undefined || r.communities !== undefined);
  const cityTotal = city.total?.value ?? base.reduce((sum, r) => sum + r.total, 0);
  // Rank = 1 + how many totals are larger (ties share a rank), from one sort instead of n² compares.
  const sorted = base.map((r) => r.total).sort((a, b) => b - a);
  const rankOf = new Map<number, number>();
  sorted.forEach((total, i) => {
    if (!rankOf.has(total)) rankOf.set(total, i + 1);
  });
  const rows = base.map((r) => ({
    ...r,
    share: cityTotal > 0 ? r.total / cityTotal : 0,
    rank: rankOf.get(r.total) ?? base.length,
  }));
  return { rows, city };
}

/** A new array sorted by the key, largest first; ties keep document order. */
export function sortCountyRows(rows: readonly CountyRow[], key: CountySort): CountyRow[] {
  if (key === 'document') return [...rows];
  const value = (r: CountyRow) => (key === 'total' || key === 'share' ? r.total : (r[key]?.value ?? -1));
  return [...rows].sort((a, b) => value(b) - value(a));
}
