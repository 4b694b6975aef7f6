import { useSyncExternalStore } from 'react';
import type { Translate } from '@/lib/i18n';
import { DEFAULT_VIEW_STATE } from '@/lib/url-state';
import type { FrameDefinition } from '@/frames/definition';
import { deckEntry, DEFAULT_DURATION, parseDeck, type Deck, type DeckEntry } from './deck';
import { readStoredDeckText, subscribeStoredDeck } from './deck-storage';

/** The document's headline figures, in the order a briefing takes them. */
export const DEFAULT_DECK_FRAMES = [
  'counties',
  'map',
  'renovation-compounds',
  'renovation-households',
  'renovation-investment',
  'disputes',
  'councils',
  'consultation-sessions',
  'living-rooms-plan',
  'volunteer-activities',
] as const;

export const DEFAULT_DECK: Deck = { title: '', entries: DEFAULT_DECK_FRAMES.map((frame) => deckEntry(frame)) };

/** Frames by id, for a deck's slides (the frames come from the app). */
export function frameIndex(frames: readonly FrameDefinition[]): (id: string) => FrameDefinition | undefined {
  const byId = new Map(frames.map((f) => [f.id, f]));
  return (id) => byId.get(id);
}

/**
 * The deck a page shows: the one its URL names (`deck`), else the presenter's own (local storage),
 * else the default. `named` tells whether the URL names one; `unknown` counts the URL's slides that
 * name no frame. Prerendering and hydration read no storage (the server cannot); the presenter's
 * own deck replaces the default right after.
 */
export function useDeck(
  deckText: string | null,
  isFrame: (id: string) => boolean,
): { deck: Deck; named: boolean; unknown: number } {
  const stored = useSyncExternalStore(subscribeStoredDeck, readStoredDeckText, () => null);
  if (deckText !== null) {
    const named = parseDeck(deckText, { isFrame }) ?? { title: '', entries: [] };
    const all = parseDeck(deckText)?.entries.length ?? 0;
    return { deck: named, named: true, unknown: all - named.entries.length };
  }
  return { deck: parseDeck(stored, { isFrame }) ?? DEFAULT_DECK, named: false, unknown: 0 };
}

/** The title a deck shows: its own, or the default deck's. */
export function deckTitle(deck: Deck, t: Translate): string {
  return deck.title || t('presenter.defaultTitle');
}

/** A slide's title: its own, or its frame's. */
export function slideTitle(entry: DeckEntry, frame: FrameDefinition | undefined, t: Translate): string {
  return entry.title || frame?.title(t) || entry.frame;
}

/** What a slide shows beyond its frame: its view (table, sort, layout, measure) and time on screen. */
export function describeView(entry: DeckEntry, frame: FrameDefinition | undefined, t: Translate): string {
  const parts: string[] = [];
  const controls = frame?.controls ?? [];
  if (entry.table) parts.push(t('presenter.viewTable'));
  if (controls.includes('sort') && entry.sort !== DEFAULT_VIEW_STATE.sort)
    parts.push(t('presenter.viewSort', { sort: t(`county.sorts.${entry.sort}`) }));
  if (controls.includes('layout') && entry.layout !== DEFAULT_VIEW_STATE.layout)
    parts.push(t('presenter.viewLayout', { layout: t(`county.layouts.${entry.layout}`) }));
  if (controls.includes('measure') && entry.measure !== DEFAULT_VIEW_STATE.measure)
    parts.push(t('presenter.viewMeasure', { measure: t(`map.measures.${entry.measure}`) }));
  if (entry.duration !== DEFAULT_DURATION) parts.push(t('presenter.viewDuration', { seconds: entry.duration }));
  return parts.join(' · ');
}

/** Two entries show the same thing: the same frame in the same view. */
export function sameView(a: DeckEntry, b: DeckEntry, frame: FrameDefinition | undefined): boolean {
  const controls = frame?.controls ?? [];
  return (
    a.frame === b.frame &&
    a.table === b.table &&
    (!controls.includes('sort') || a.sort === b.sort) &&
    (!controls.includes('layout') || a.layout === b.layout) &&
    (!controls.includes('measure') || a.measure === b.measure)
  );
}
