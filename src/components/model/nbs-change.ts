/**
 * Change over time, as plain numbers: a measure of the counts, the change between two releases and
 * when a percent change means something, the order of a change table, the rows of a change list
 * and the search that filters it. Pure; the frames turn these into models.
 */
import type { NbsTransition, ReleaseCounts } from '@/data/model/nbs-history-schema';
import type { ChangeSort, MapMeasure } from '@/lib/url-state';

/**
 * Below this count in the first year a percent change says more about the small base than about
 * the change (from 2 to 4 is +100%), so the views say the base is too small instead.
 */
export const PERCENT_BASE_MIN = 20;

/** The count a measure reads: villagers' committees, residents' committees, or every kind. */
export function measureOf(counts: ReleaseCounts, measure: MapMeasure): number | null {
  if (!counts) return null;
  const [residents, villages, residentsLike, villagesLike] = counts;
  if (measure === 'villages') return villages;
  if (measure === 'communities') return residents;
  return residents + villages + residentsLike + villagesLike;
}

export interface Change {
  from: number | null;
  to: number | null;
  /** to − from; null when either release has no code for the unit. */
  change: number | null;
  /** Percent of `from`; null when either is missing or the base is under PERCENT_BASE_MIN. */
  percent: number | null;
  /** Both counts exist but the base is too small for a percent. */
  smallBase: boolean;
}

export function changeBetween(from: number | null, to: number | null): Change {
  if (from === null || to === null) return { from, to, change: null, percent: null, smallBase: false };
  const smallBase = from < PERCENT_BASE_MIN;
  return {
    from,
    to,
    change: to - from,
    percent: smallBase ? null : ((to - from) / from) * 100,
    smallBase,
  };
}

/** The direction of a change, for its wording. */
export const direction = (change: number): 'up' | 'down' | 'same' => (change > 0 ? 'up' : change < 0 ? 'down' : 'same');

/**
 * Rows in a change table's order: the largest change (or percent, or count) first; rows without
 * the value last; ties by code, so the order is stable.
 */
export function sortChanges<T extends { code: string; change: Change }>(rows: readonly T[], sort: ChangeSort): T[] {
  if (sort === 'code') return [...rows].sort((a, b) => (a.code < b.code ? -1 : 1));
  const key = (row: T) =>
    row.change[sort === 'percent' ? 'percent' : sort === 'from' ? 'from' : sort === 'to' ? 'to' : 'change'];
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null || y === null) return x === y ? (a.code < b.code ? -1 : 1) : x === null ? 1 : -1;
    return y - x || (a.code < b.code ? -1 : 1);
  });
}

/** What one entry of a change list says happened to a committee. */
export type ChangeType =
  'kind' | 'appeared' | 'disappeared' | 'renamed' | 'reused' | 'recoded' | 'movedIn' | 'movedOut';

export interface ChangeEntry {
  /** Index of the release before and after. */
  from: number;
  to: number;
  type: ChangeType;
  /** Full 12-digit codes and names, before and after (one side only for appeared / disappeared). */
  before?: { code: string; name: string };
  after?: { code: string; name: string };
  /** Paired by name, not recorded as such by NBS. */
  inferred: boolean;
}

/** A code as the change list writes it (six digits inside its county), in full. */
export const fullCode = (code: string, county: string) => (code.length === 6 ? `${county}${code}` : code);

/** The order entries of one transition are listed in: what a reader asks about first. */
const TYPE_ORDER: readonly ChangeType[] = [
  'kind',
  'appeared',
  'disappeared',
  'renamed',
  'reused',
  'movedIn',
  'movedOut',
  'recoded',
];

/** A county's change lists as one list of entries, release by release. */
export function changeEntries(county: string, transitions: readonly NbsTransition[]): ChangeEntry[] {
  const code = (c: string) => fullCode(c, county);
  const out: ChangeEntry[] = [];
  for (const t of transitions) {
    const span = { from: t.from, to: t.to };
    const paired = (type: ChangeType, list: NbsTransition['kind']) =>
      (list ?? []).map(([oldCode, oldName, newCode, newName]): ChangeEntry => ({
        ...span,
        type,
        before: { code: code(oldCode), name: oldName },
        after: { code: code(newCode), name: newName ?? oldName },
        inferred: true,
      }));
    const entries: ChangeEntry[] = [
      ...paired('kind', t.kind),
      ...(t.appeared ?? []).map(([c, name]): ChangeEntry => ({
        ...span,
        type: 'appeared',
        after: { code: code(c), name },
        inferred: false,
      })),
      ...(t.disappeared ?? []).map(([c, name]): ChangeEntry => ({
        ...span,
        type: 'disappeared',
        before: { code: code(c), name },
        inferred: false,
      })),
      ...(t.renamed ?? []).map(([c, oldName, newName, reused]): ChangeEntry => ({
        ...span,
        type: reused === 1 ? 'reused' : 'renamed',
        before: { code: code(c), name: oldName },
        after: { code: code(c), name: newName },
        inferred: reused === 1,
      })),
      ...paired('movedIn', t.movedIn),
      ...paired('movedOut', t.movedOut),
      ...paired('recoded', t.recoded),
    ];
    entries.sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
    out.push(...entries);
  }
  return out;
}

/**
 * Entries whose names or codes contain the search text (any of its space-separated words, all
 * of them): "张庄" finds 张庄村委会 and the 张庄社区 it became.
 */
export function searchEntries(entries: readonly ChangeEntry[], query: string): ChangeEntry[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const text = [e.before?.name, e.before?.code, e.after?.name, e.after?.code].filter(Boolean).join(' ');
    return words.every((w) => text.includes(w));
  });
}
