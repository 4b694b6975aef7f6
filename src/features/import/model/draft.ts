/**
 * An import in progress: the document's text and citation, and the reader's review of each
 * proposed figure. Proposals are not stored: they are extracted again from the text, and the
 * review is keyed by what a figure is (`reviewKeys`), so a corrected text keeps the review of
 * every figure it still has.
 */
import { extractFigures, type KnownPlace, type ProposedFigure } from './extract-figures';

export type Decision = 'accepted' | 'rejected';

/** What the reader changed on a proposal before accepting it. */
export interface ReviewEdit {
  /** What the figure counts; giving several figures one label merges them into one measure. */
  label?: string;
  /** The place it is for, by name (a known place or one the text names); '' for none (the whole). */
  place?: string;
}

export interface ImportDraft {
  /** Absent in drafts kept before table imports existed. */
  kind?: 'document';
  /** `imp-` and a random part; the key it is stored under. */
  id: string;
  /** The reader's own name for it; the document's title until they rename it. */
  name: string;
  createdAt: string;
  updatedAt: string;
  text: string;
  citation: { title: string; issuer: string; date: string };
  /** By review key: the decision, once made, and the reader's edits (an edit alone decides nothing). */
  review: Record<string, { decision?: Decision } & ReviewEdit>;
}

/** A proposal with the reader's review applied. */
export interface ReviewedFigure extends ProposedFigure {
  key: string;
  decision?: Decision;
}

/** A stored citation: title, issuer and date as strings (checked when a draft is read back). */
export function isCitation(value: unknown): value is ImportDraft['citation'] {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return typeof c.title === 'string' && typeof c.issuer === 'string' && typeof c.date === 'string';
}

export function newDraft(now: Date, random: () => number = Math.random): ImportDraft {
  const stamp = now.toISOString();
  return {
    id: `imp-${now.getTime().toString(36)}${Math.floor(random() * 36 ** 4).toString(36)}`,
    name: '',
    createdAt: stamp,
    updatedAt: stamp,
    text: '',
    citation: { title: '', issuer: '', date: '' },
    review: {},
  };
}

/**
 * Keys the review of each figure by what it is (place, what is counted, the figure as written,
 * period, status) and which occurrence of that it is: a correction elsewhere in the text, even in
 * the same sentence, leaves its review in place, and a changed figure is up for review again.
 */
export function reviewKeys(figures: readonly ProposedFigure[]): string[] {
  const seen = new Map<string, number>();
  return figures.map((f) => {
    const base = [f.place ?? '', f.label, f.raw, f.period ?? '', f.status].join('|');
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    return `${base}|${nth}`;
  });
}

/**
 * The places a figure can be assigned to, each once: the known ones (the city's units, by their
 * first name) and those the text names that are not one of them, with the code where there is one.
 */
export function placeChoices(known: readonly KnownPlace[], figures: readonly ProposedFigure[]): KnownPlace[] {
  const choices: KnownPlace[] = [];
  const seen = new Set<string>();
  const add = (p: KnownPlace) => {
    if (seen.has(p.name) || (p.code && seen.has(p.code))) return;
    seen.add(p.name);
    if (p.code) seen.add(p.code);
    choices.push(p);
  };
  known.forEach(add);
  for (const f of figures) if (f.place) add({ name: f.place, ...(f.placeCode ? { code: f.placeCode } : {}) });
  return choices;
}

/** A proposal with the reader's place: the chosen one (with its code) or none. */
function withPlace(figure: ProposedFigure, place: string, choices: ReadonlyMap<string, KnownPlace>): ProposedFigure {
  const rest = { ...figure };
  delete rest.place;
  delete rest.placeCode;
  if (place === '') return rest;
  const code = choices.get(place)?.code;
  return { ...rest, place, ...(code ? { placeCode: code } : {}) };
}

/** The draft's proposals, each with its review. */
export function reviewedFigures(draft: ImportDraft, places: readonly KnownPlace[]): ReviewedFigure[] {
  const { figures } = extractFigures(draft.text, {
    places,
    ...(draft.citation.date ? { documentDate: draft.citation.date } : {}),
  });
  const keys = reviewKeys(figures);
  const choices = new Map(placeChoices(places, figures).map((p) => [p.name, p]));
  return figures.map((f, i) => {
    const key = keys[i] ?? f.id;
    const review = draft.review[key];
    const placed = typeof review?.place === 'string' ? withPlace(f, review.place, choices) : f;
    return {
      ...placed,
      key,
      ...(review?.label ? { label: review.label } : {}),
      ...(review?.decision ? { decision: review.decision } : {}),
    };
  });
}

/** Counts for the review's progress line. */
export function reviewProgress(figures: readonly ReviewedFigure[]) {
  const accepted = figures.filter((f) => f.decision === 'accepted').length;
  const rejected = figures.filter((f) => f.decision === 'rejected').length;
  return { total: figures.length, accepted, rejected, open: figures.length - accepted - rejected };
}
