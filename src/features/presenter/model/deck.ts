import {
  COUNTY_LAYOUTS,
  COUNTY_SORTS,
  DEFAULT_VIEW_STATE,
  MAP_MEASURES,
  MAX_DECK_TEXT,
  serializeViewState,
  type CountyLayout,
  type CountySort,
  type MapMeasure,
  type ViewState,
} from '@/lib/url-state';

/**
 * A deck is an ordered list of views: each slide names a frame of the catalogue and the view
 * parameters it is shown with, so a slide is just a permalink. The whole deck fits in one URL
 * parameter (`?deck=`), written compactly and parsed totally: any string gives a deck.
 *
 * Encoding (version 1), readable in a link:
 *
 *   v1.n<title>,<frame>.<option>.<option>,<frame>,…
 *
 * The first element is the header (`v1`, optionally `.n` + the deck title). Each following
 * element is a slide: the frame id, then options, each one letter and a value:
 * `t` table view · `s<sort>` · `l<layout>` · `m<measure>` · `d<seconds>` · `n<title>` · `o<notes>`.
 * Titles and notes escape `!`, `,`, `.` and a line break as `!!`, `!c`, `!d`, `!n`, so splitting on
 * `,` and `.` is safe and the text stays printable. The whole value is kept within MAX_DECK_TEXT
 * (the URL state's bound): notes of the last slides are left out first if it would not fit.
 * Unknown options are skipped (newer links still open), unknown frames are dropped.
 */

/** One slide: a frame and how it is shown. */
export interface DeckEntry {
  /** Frame id in the catalogue (src/app/frames.tsx). */
  frame: string;
  /** Show the frame's table instead of its chart. */
  table: boolean;
  sort: CountySort;
  layout: CountyLayout;
  measure: MapMeasure;
  /** Slide title; empty means the frame's own title. */
  title: string;
  /** Seconds the slide stays up in the kiosk loop. */
  duration: number;
  /** The presenter's own speaker notes (shown in the presenter view, first in the PPTX notes). */
  notes: string;
}

export interface Deck {
  /** Empty means untitled. */
  title: string;
  entries: readonly DeckEntry[];
}

export const DECK_VERSION = 'v1';
export const DEFAULT_DURATION = 20;
export const MIN_DURATION = 2;
export const MAX_DURATION = 3600;
export const MAX_ENTRIES = 60;
export const MAX_TITLE = 120;
export const MAX_NOTES = 500;

const FRAME_ID = /^[a-z0-9-]{1,40}$/;

export const EMPTY_DECK: Deck = { title: '', entries: [] };

/** A slide of `frame` in the default view. */
export function deckEntry(frame: string, options: Partial<Omit<DeckEntry, 'frame'>> = {}): DeckEntry {
  return {
    frame,
    table: false,
    sort: DEFAULT_VIEW_STATE.sort,
    layout: DEFAULT_VIEW_STATE.layout,
    measure: DEFAULT_VIEW_STATE.measure,
    title: '',
    duration: DEFAULT_DURATION,
    notes: '',
    ...options,
  };
}

/** The entry for a frame as it is shown in a page's view state. */
export function entryFromView(frame: string, view: ViewState): DeckEntry {
  return deckEntry(frame, {
    table: view.tables.includes(frame),
    sort: view.sort,
    layout: view.layout,
    measure: view.measure,
  });
}

/** The view state a slide shows its frame in. */
export function entryView(entry: DeckEntry): ViewState {
  return {
    ...DEFAULT_VIEW_STATE,
    tables: entry.table ? [entry.frame] : [],
    sort: entry.sort,
    layout: entry.layout,
    measure: entry.measure,
  };
}

/** The slide as a permalink query (`table=…&sort=…`), without "?". */
export function entryQuery(entry: DeckEntry): string {
  return serializeViewState(entryView(entry));
}

/** Keeps text printable and within the length limit. */
export function cleanTitle(raw: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return [...raw.replace(/[\u0000-\u001f\u007f]/g, ' ')].slice(0, MAX_TITLE).join('');
}

/** Keeps notes printable (line breaks kept) and within the length limit. */
export function cleanNotes(raw: string): string {
  // eslint-disable-next-line no-control-regex -- control characters other than the line break are removed
  return [...raw.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')]
    .slice(0, MAX_NOTES)
    .join('');
}

export function clampDuration(seconds: number): number {
  if (!Number.isFinite(seconds)) return DEFAULT_DURATION;
  return Math.min(MAX_DURATION, Math.max(MIN_DURATION, Math.round(seconds)));
}

const ESCAPES: Record<string, string> = { '!': '!!', ',': '!c', '.': '!d', '\n': '!n' };
const UNESCAPES: Record<string, string> = { '!': '!', c: ',', d: '.', n: '\n' };

function escapeText(text: string): string {
  return text.replace(/[!,.\n]/g, (c) => ESCAPES[c] ?? '');
}

function unescapeText(text: string): string {
  return text.replace(/!(.?)/gu, (_, c: string) => UNESCAPES[c] ?? '');
}

function oneOf<T extends string>(allowed: readonly T[], raw: string, fallback: T): T {
  return (allowed as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

function parseEntry(raw: string, isFrame: (id: string) => boolean): DeckEntry | null {
  const [frame = '', ...options] = raw.split('.');
  if (!FRAME_ID.test(frame) || !isFrame(frame)) return null;
  const entry = { ...deckEntry(frame) };
  for (const option of options) {
    const value = option.slice(1);
    switch (option[0]) {
      case 't':
        entry.table = true;
        break;
      case 's':
        entry.sort = oneOf(COUNTY_SORTS, value, entry.sort);
        break;
      case 'l':
        entry.layout = oneOf(COUNTY_LAYOUTS, value, entry.layout);
        break;
      case 'm':
        entry.measure = oneOf(MAP_MEASURES, value, entry.measure);
        break;
      case 'd':
        if (/^\d{1,6}$/.test(value)) entry.duration = clampDuration(Number(value));
        break;
      case 'n':
        entry.title = cleanTitle(unescapeText(value));
        break;
      case 'o':
        entry.notes = cleanNotes(unescapeText(value));
        break;
      default:
        break; // an option from a newer version: skip it, keep the slide
    }
  }
  return entry;
}

export interface ParseDeckOptions {
  /** Which frame ids exist; slides naming others are dropped. Defaults to any well-formed id. */
  isFrame?: (id: string) => boolean;
}

/**
 * Parses a deck parameter. Total: garbage gives a deck (possibly empty), never an exception.
 * Returns null only when there is no parameter at all, so callers can tell "no deck named".
 */
export function parseDeck(raw: string | null | undefined, options: ParseDeckOptions = {}): Deck | null {
  if (raw === null || raw === undefined) return null;
  const isFrame = options.isFrame ?? (() => true);
  const parts = raw.split(',');
  let title = '';
  const header = parts[0] ?? '';
  if (header === DECK_VERSION || header.startsWith(`${DECK_VERSION}.`)) {
    parts.shift();
    const name = header.split('.').find((p) => p.startsWith('n'));
    if (name) title = cleanTitle(unescapeText(name.slice(1)));
  }
  const entries: DeckEntry[] = [];
  for (const part of parts) {
    if (entries.length >= MAX_ENTRIES) break;
    const entry = parseEntry(part, isFrame);
    if (entry) entries.push(entry);
  }
  return { title, entries };
}

function serializeEntry(entry: DeckEntry, withNotes = true): string {
  const parts = [entry.frame];
  if (entry.table) parts.push('t');
  if (entry.sort !== DEFAULT_VIEW_STATE.sort) parts.push(`s${entry.sort}`);
  if (entry.layout !== DEFAULT_VIEW_STATE.layout) parts.push(`l${entry.layout}`);
  if (entry.measure !== DEFAULT_VIEW_STATE.measure) parts.push(`m${entry.measure}`);
  const duration = clampDuration(entry.duration);
  if (duration !== DEFAULT_DURATION) parts.push(`d${duration}`);
  const title = cleanTitle(entry.title);
  if (title) parts.push(`n${escapeText(title)}`);
  const notes = withNotes ? cleanNotes(entry.notes) : '';
  if (notes) parts.push(`o${escapeText(notes)}`);
  return parts.join('.');
}

/** The deck parameter's value: only what differs from the defaults, in a stable order. */
export function serializeDeck(deck: Deck): string {
  const title = cleanTitle(deck.title);
  const header = title ? `${DECK_VERSION}.n${escapeText(title)}` : DECK_VERSION;
  const entries = deck.entries.filter((e) => FRAME_ID.test(e.frame)).slice(0, MAX_ENTRIES);
  const parts = [header, ...entries.map((e) => serializeEntry(e))];
  // Too long for a link: the notes of the last slides go first (notesLeftOut tells the editor).
  for (let i = entries.length - 1; i >= 0 && parts.join(',').length > MAX_DECK_TEXT; i -= 1) {
    const entry = entries[i];
    if (entry?.notes) parts[i + 1] = serializeEntry(entry, false);
  }
  return parts.join(',');
}

/** The slides (by index) whose notes the deck's link has to leave out, for want of room. */
export function notesLeftOut(deck: Deck): number[] {
  const kept = parseDeck(serializeDeck(deck))?.entries ?? [];
  return deck.entries.flatMap((e, i) => (cleanNotes(e.notes) !== (kept[i]?.notes ?? '') ? [i] : []));
}

/** A query string (without "?") naming the deck, and optionally its slide and the loop. */
export function deckQuery(deck: Deck, extra: Partial<Pick<ViewState, 'slide' | 'play'>> = {}): string {
  return serializeViewState({ ...DEFAULT_VIEW_STATE, deck: serializeDeck(deck), ...extra });
}

/* Edits: pure, returning a new deck; indexes out of range leave the deck as it was. */

export function addEntry(deck: Deck, entry: DeckEntry): Deck {
  if (deck.entries.length >= MAX_ENTRIES) return deck;
  return { ...deck, entries: [...deck.entries, entry] };
}

export function removeEntry(deck: Deck, index: number): Deck {
  if (index < 0 || index >= deck.entries.length) return deck;
  return { ...deck, entries: deck.entries.filter((_, i) => i !== index) };
}

/** Moves the entry at `from` to position `to`. */
export function moveEntry(deck: Deck, from: number, to: number): Deck {
  const n = deck.entries.length;
  if (from < 0 || from >= n || to < 0 || to >= n || from === to) return deck;
  const entries = [...deck.entries];
  const [moved] = entries.splice(from, 1);
  if (!moved) return deck;
  entries.splice(to, 0, moved);
  return { ...deck, entries };
}

export function updateEntry(deck: Deck, index: number, patch: Partial<Omit<DeckEntry, 'frame'>>): Deck {
  const current = deck.entries[index];
  if (!current) return deck;
  const next: DeckEntry = { ...current, ...patch };
  next.title = cleanTitle(next.title);
  next.notes = cleanNotes(next.notes);
  next.duration = clampDuration(next.duration);
  return { ...deck, entries: deck.entries.map((e, i) => (i === index ? next : e)) };
}

export function setDeckTitle(deck: Deck, title: string): Deck {
  return { ...deck, title: cleanTitle(title) };
}

/** The slide to show (from 1) for the URL's slide number, within the deck. */
export function clampSlide(slide: number, count: number): number {
  return Math.min(Math.max(1, Math.round(slide) || 1), Math.max(1, count));
}
