import { localStore, subscribeStoredKey } from '@/lib/local-store';
import { parseDeck, serializeDeck, type Deck, type ParseDeckOptions } from './deck';

/** Where the presenter's own deck is kept between visits (the same compact text as the URL). */
export const DECK_STORAGE_KEY = 'pgd.deck';

const CHANGE_EVENT = 'pgd:deck';

/** The stored deck's text, or null when there is none or storage is blocked (the deck still lives in the URL). */
export function readStoredDeckText(): string | null {
  try {
    return localStore()?.getItem(DECK_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The presenter's own deck, or null when they have none yet. Garbage reads as a (filtered) deck. */
export function readStoredDeck(options?: ParseDeckOptions): Deck | null {
  return parseDeck(readStoredDeckText(), options);
}

/** Keeps the deck; returns false when storage is unavailable or full. */
export function storeDeck(deck: Deck): boolean {
  try {
    const store = localStore();
    if (!store) return false;
    store.setItem(DECK_STORAGE_KEY, serializeDeck(deck));
    window.dispatchEvent(new Event(CHANGE_EVENT));
    return true;
  } catch {
    return false;
  }
}

/** Calls back when the stored deck changes, here or in another tab. */
export function subscribeStoredDeck(callback: () => void): () => void {
  return subscribeStoredKey(DECK_STORAGE_KEY, CHANGE_EVENT, callback);
}
