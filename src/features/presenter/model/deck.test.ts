import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTY_LAYOUTS, COUNTY_SORTS, MAP_MEASURES, MAX_DECK_TEXT, parseViewState } from '@/lib/url-state';
import {
  addEntry,
  cleanNotes,
  cleanTitle,
  deckEntry,
  deckQuery,
  DEFAULT_DURATION,
  entryFromView,
  entryQuery,
  MAX_DURATION,
  MAX_NOTES,
  MAX_ENTRIES,
  MIN_DURATION,
  moveEntry,
  notesLeftOut,
  parseDeck,
  clampSlide,
  removeEntry,
  serializeDeck,
  updateEntry,
  type Deck,
  type DeckEntry,
} from './deck';

const entryArb: fc.Arbitrary<DeckEntry> = fc.record({
  frame: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
  table: fc.boolean(),
  sort: fc.constantFrom(...COUNTY_SORTS),
  layout: fc.constantFrom(...COUNTY_LAYOUTS),
  measure: fc.constantFrom(...MAP_MEASURES),
  title: fc.string({ unit: 'grapheme', maxLength: 40 }).map(cleanTitle),
  duration: fc.integer({ min: MIN_DURATION, max: MAX_DURATION }),
  notes: fc.string({ unit: 'grapheme', maxLength: 80 }).map(cleanNotes),
});

const deckArb: fc.Arbitrary<Deck> = fc.record({
  title: fc.string({ unit: 'grapheme', maxLength: 40 }).map(cleanTitle),
  entries: fc.array(entryArb, { maxLength: 12 }),
});

describe('parseDeck / serializeDeck', () => {
  it('round-trips any deck, through the query string as a browser reads it', () => {
    fc.assert(
      fc.property(deckArb, (deck) => {
        expect(parseDeck(serializeDeck(deck))).toEqual(deck);
        expect(parseDeck(new URLSearchParams(deckQuery(deck)).get('deck'))).toEqual(deck);
      }),
    );
  });

  it('writes a short, readable value with only what differs from the defaults', () => {
    const deck: Deck = {
      title: 'Weekly, v1.2!',
      entries: [
        deckEntry('counties', { sort: 'share', layout: 'grouped' }),
        deckEntry('map', { measure: 'villages', duration: 30 }),
        deckEntry('disputes', { table: true, title: '调解', notes: '先讲总数.\n再讲各县' }),
      ],
    };
    expect(serializeDeck(deck)).toBe(
      'v1.nWeekly!c v1!d2!!,counties.sshare.lgrouped,map.mvillages.d30,disputes.t.n调解.o先讲总数!d!n再讲各县',
    );
    expect(deckQuery(deck, { slide: 2 })).toContain('&slide=2');
  });

  it('returns null only when no deck is named', () => {
    expect(parseDeck(null)).toBeNull();
    expect(parseDeck(undefined)).toBeNull();
    expect(parseDeck('')).toEqual({ title: '', entries: [] });
  });

  it('never throws on garbage, and keeps what it can read', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const deck = parseDeck(raw);
        expect(deck).not.toBeNull();
        expect(deck?.entries.length).toBeLessThanOrEqual(MAX_ENTRIES);
        for (const e of deck?.entries ?? []) {
          expect(e.frame).toMatch(/^[a-z0-9-]{1,40}$/);
          expect(e.duration).toBeGreaterThanOrEqual(MIN_DURATION);
          expect(e.duration).toBeLessThanOrEqual(MAX_DURATION);
        }
      }),
    );
    expect(parseDeck('%%%,<script>,counties.s../../,map.dNaN.d-5.zzz,,!,.')?.entries).toEqual([
      deckEntry('counties'),
      deckEntry('map'),
    ]);
    expect(parseDeck('map.d999999999')?.entries[0]?.duration).toBe(DEFAULT_DURATION);
    expect(parseDeck('map.d1')?.entries[0]?.duration).toBe(MIN_DURATION);
    expect(parseDeck('v1.n' + 'x'.repeat(500))?.title).toHaveLength(120);
  });

  it('drops slides of frames that do not exist, and caps the length', () => {
    const isFrame = (id: string) => id === 'map';
    expect(parseDeck('v1,nope,map,counties', { isFrame })?.entries.map((e) => e.frame)).toEqual(['map']);
    expect(parseDeck(Array(200).fill('map').join(','))?.entries).toHaveLength(MAX_ENTRIES);
  });

  it('reads a deck without a version header (hand-written links)', () => {
    expect(parseDeck('counties,map')?.entries.map((e) => e.frame)).toEqual(['counties', 'map']);
  });
});

describe('entry views', () => {
  it('takes the frame view from a page URL and gives back the same permalink', () => {
    const view = parseViewState('table=counties,map&sort=total&layout=grouped');
    const entry = entryFromView('counties', view);
    expect(entry).toMatchObject({ table: true, sort: 'total', layout: 'grouped' });
    expect(entryQuery(entry)).toBe('table=counties&sort=total&layout=grouped');
    expect(entryQuery(deckEntry('map'))).toBe('');
  });
});

describe('deck edits', () => {
  const deck: Deck = { title: '', entries: ['a', 'b', 'c'].map((f) => deckEntry(f)) };
  const frames = (d: Deck) => d.entries.map((e) => e.frame).join('');

  it('adds, removes and moves entries', () => {
    expect(frames(addEntry(deck, deckEntry('d')))).toBe('abcd');
    expect(frames(removeEntry(deck, 1))).toBe('ac');
    expect(frames(moveEntry(deck, 0, 2))).toBe('bca');
    expect(frames(moveEntry(deck, 2, 0))).toBe('cab');
  });

  it('leaves the deck alone for indexes out of range', () => {
    expect(removeEntry(deck, 5)).toBe(deck);
    expect(moveEntry(deck, -1, 0)).toBe(deck);
    expect(moveEntry(deck, 0, 3)).toBe(deck);
    expect(updateEntry(deck, 9, { duration: 5 })).toBe(deck);
  });

  it('keeps line breaks in notes but no other control characters, and caps their length', () => {
    const next = updateEntry(deck, 0, { notes: 'a\r\nb\tc\u0007' + 'x'.repeat(2 * MAX_NOTES) });
    expect(next.entries[0]?.notes.startsWith('a\nb c ')).toBe(true);
    expect(next.entries[0]?.notes).toHaveLength(MAX_NOTES);
  });

  it("leaves out the last slides' notes rather than exceed the link's bound", () => {
    const long = 'x'.repeat(MAX_NOTES);
    const deck: Deck = {
      title: '',
      entries: Array.from({ length: 20 }, (_, i) => deckEntry(`f${i}`, { notes: long })),
    };
    const text = serializeDeck(deck);
    expect(text.length).toBeLessThanOrEqual(MAX_DECK_TEXT);
    const kept = parseDeck(text);
    expect(kept?.entries).toHaveLength(20);
    expect(kept?.entries[0]?.notes).toBe(long);
    expect(kept?.entries[19]?.notes).toBe('');
    // The first slides keep theirs; the left-out ones are the last, named by index.
    const leftOut = notesLeftOut(deck);
    expect(leftOut.length).toBeGreaterThan(0);
    expect(leftOut).toEqual(Array.from({ length: leftOut.length }, (_, k) => 20 - leftOut.length + k));
    expect(notesLeftOut({ title: '', entries: deck.entries.slice(0, 3) })).toEqual([]);
  });

  it('clamps durations and cleans titles on update', () => {
    const next = updateEntry(deck, 0, { duration: 0, title: 'a\nb' });
    expect(next.entries[0]).toMatchObject({ duration: MIN_DURATION, title: 'a b' });
    expect(updateEntry(deck, 0, { duration: Number.NaN }).entries[0]?.duration).toBe(DEFAULT_DURATION);
  });
});

describe('clampSlide', () => {
  it('clamps to the deck and falls back to the first slide', () => {
    expect(clampSlide(3, 5)).toBe(3);
    expect(clampSlide(9, 5)).toBe(5);
    expect(clampSlide(0, 5)).toBe(1);
    expect(clampSlide(Number.NaN, 5)).toBe(1);
    expect(clampSlide(1, 0)).toBe(1);
  });
});
