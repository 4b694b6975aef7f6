import type { AdminUnit, Dataset, Figure } from '@/data/model/dataset-schema';
import type { NbsCity, NbsCounts } from '@/data/model/nbs-schema';

/** How the reply's figure and the NBS count relate: equal, different, or one side absent. */
export type CellStatus = 'same' | 'different' | 'reply-missing' | 'nbs-missing';

export interface ComparedCell {
  reply: Figure | undefined;
  /** The NBS count of the matching kind; undefined when the unit has no NBS code. */
  nbs: number | undefined;
  /** reply − NBS, when both exist. */
  difference: number | undefined;
  status: CellStatus;
}

export interface ComparedRow {
  id: string;
  name: AdminUnit['name'];
  shortName?: AdminUnit['shortName'];
  /** The unit's NBS code, or undefined for a functional zone without one. */
  code: string | undefined;
  /** The unit's counts of every kind, or undefined when NBS has no code for it. */
  counts: NbsCounts | undefined;
  villages: ComparedCell;
  communities: ComparedCell;
  /** The reply's communities equal NBS residents' committees plus "similar to" ones. */
  matchesWithSimilar: boolean;
}

export interface Comparison {
  rows: ComparedRow[];
  /** NBS units that the reply does not list (none for Puyang today). */
  unmatched: NbsCity['units'];
  totals: { reply: { villages: number; communities: number }; nbs: NbsCounts };
}

function cell(reply: Figure | undefined, nbs: number | undefined): ComparedCell {
  const difference = reply !== undefined && nbs !== undefined ? reply.value - nbs : undefined;
  const status: CellStatus =
    nbs === undefined ? 'nbs-missing' : reply === undefined ? 'reply-missing' : difference === 0 ? 'same' : 'different';
  return { reply, nbs, difference, status };
}

const figureOf = (dataset: Dataset, measure: string, unit: string) =>
  dataset.figures.find((f) => f.measure === measure && f.dims?.unit === unit);

export const sumCounts = (list: readonly NbsCounts[]): NbsCounts =>
  list.reduce(
    (a, c) => ({
      residents: a.residents + c.residents,
      villages: a.villages + c.villages,
      residentsLike: a.residentsLike + c.residentsLike,
      villagesLike: a.villagesLike + c.villagesLike,
    }),
    { residents: 0, villages: 0, residentsLike: 0, villagesLike: 0 },
  );

export const countsTotal = (c: NbsCounts) => c.residents + c.villages + c.residentsLike + c.villagesLike;

/**
 * The reply's villages and communities beside the NBS villagers' and residents' committees, unit by
 * unit (matched by NBS code). "Similar to" committees stay a kind of their own, never folded in.
 */
export function compareWithNbs(dataset: Dataset, units: readonly AdminUnit[], nbs: NbsCity): Comparison {
  const byCode = new Map(nbs.units.map((u) => [u.code, u]));
  const rows = units.map((unit): ComparedRow => {
    const found = unit.nbs ? byCode.get(unit.nbs) : undefined;
    const counts = found?.counts;
    const communities = figureOf(dataset, 'communities', unit.id);
    return {
      id: unit.id,
      name: unit.name,
      ...(unit.shortName ? { shortName: unit.shortName } : {}),
      code: found?.code,
      counts,
      villages: cell(figureOf(dataset, 'villages', unit.id), counts?.villages),
      communities: cell(communities, counts?.residents),
      matchesWithSimilar:
        counts !== undefined &&
        communities !== undefined &&
        counts.residentsLike > 0 &&
        communities.value !== counts.residents &&
        communities.value === counts.residents + counts.residentsLike,
    };
  });
  const matched = new Set(rows.map((r) => r.code));
  const sum = (measure: string) => units.reduce((n, u) => n + (figureOf(dataset, measure, u.id)?.value ?? 0), 0);
  return {
    rows,
    unmatched: nbs.units.filter((u) => !matched.has(u.code)),
    totals: {
      reply: { villages: sum('villages'), communities: sum('communities') },
      nbs: sumCounts(nbs.units.map((u) => u.counts)),
    },
  };
}
