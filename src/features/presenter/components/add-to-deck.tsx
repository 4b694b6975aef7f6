import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { parseViewState } from '@/lib/url-state';
import { addEntry, EMPTY_DECK, entryFromView, MAX_ENTRIES } from '../model/deck';
import { readStoredDeck, storeDeck } from '../model/deck-storage';

/** Adds a frame, in the view the page shows it in, to the presenter's own deck. */
export function AddToDeck({ frameId, editorHref }: { frameId: string; editorHref: string }) {
  const { t } = useTranslation();
  const search = useSearch();
  const [result, setResult] = useState<{ ok: boolean; count: number } | null>(null);
  const add = () => {
    const deck = readStoredDeck() ?? EMPTY_DECK;
    if (deck.entries.length >= MAX_ENTRIES) {
      setResult({ ok: false, count: deck.entries.length });
      return;
    }
    const next = addEntry(deck, entryFromView(frameId, parseViewState(search)));
    setResult({ ok: storeDeck(next), count: next.entries.length });
  };
  return (
    <span className="add-to-deck">
      <button type="button" className="button" onClick={add}>
        {t('presenter.addToDeck')}
      </button>
      <span aria-live="polite">
        {result &&
          (result.ok ? (
            <>
              {t('presenter.added', { count: result.count })} <Link href={editorHref}>{t('presenter.openEditor')}</Link>
            </>
          ) : (
            t('presenter.notAdded')
          ))}
      </span>
    </span>
  );
}
