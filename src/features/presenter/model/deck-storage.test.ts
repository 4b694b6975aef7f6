import { afterEach, describe, expect, it, vi } from 'vitest';
import { deckEntry } from './deck';
import { DECK_STORAGE_KEY, readStoredDeck, storeDeck, subscribeStoredDeck } from './deck-storage';

afterEach(() => window.localStorage.clear());

describe('stored deck', () => {
  it('is null until the presenter keeps one, then reads back the same deck', () => {
    expect(readStoredDeck()).toBeNull();
    const deck = { title: '周例会', entries: [deckEntry('map', { duration: 30 })] };
    expect(storeDeck(deck)).toBe(true);
    expect(window.localStorage.getItem(DECK_STORAGE_KEY)).toBe('v1.n周例会,map.d30');
    expect(readStoredDeck()).toEqual(deck);
  });

  it('reads garbage in storage as a deck of what it can use', () => {
    window.localStorage.setItem(DECK_STORAGE_KEY, '{"not":"a deck"}');
    expect(readStoredDeck({ isFrame: (id) => id === 'map' })).toEqual({ title: '', entries: [] });
  });

  it('tells subscribers when it changes', () => {
    const callback = vi.fn();
    const unsubscribe = subscribeStoredDeck(callback);
    storeDeck({ title: '', entries: [] });
    expect(callback).toHaveBeenCalledTimes(1);
    unsubscribe();
    storeDeck({ title: '', entries: [] });
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('reports failure when storage refuses the write', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(storeDeck({ title: '', entries: [] })).toBe(false);
    spy.mockRestore();
  });
});
