import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '@/lib/paths';
import type { ViewState } from '@/lib/url-state';
import type { FrameDefinition } from '@/frames/definition';
import { addEntry, EMPTY_DECK, entryFromView, MAX_ENTRIES, type Deck } from '../model/deck';
import { readStoredDeck, storeDeck } from '../model/deck-storage';
import { DEFAULT_DECK, sameView } from '../model/slides';

type Result =
  | { kind: 'added'; count: number }
  | { kind: 'already'; slide: number }
  | { kind: 'full' }
  | { kind: 'failed' }
  | { kind: 'ask' };

/**
 * Adds a frame, in the view the page shows it in, to the presenter's own deck. A first addition
 * asks whether to start a new deck or add to the default one (never silently replacing the
 * default deck's slides); the same view twice is not added, and says where it already is.
 */
export function AddToDeck({ definition, view }: { definition: FrameDefinition; view: ViewState }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<Result | null>(null);
  const entry = entryFromView(definition.id, view);
  const addTo = (deck: Deck) => {
    const existing = deck.entries.findIndex((e) => sameView(e, entry, definition));
    if (existing >= 0) {
      setResult({ kind: 'already', slide: existing + 1 });
      return;
    }
    if (deck.entries.length >= MAX_ENTRIES) {
      setResult({ kind: 'full' });
      return;
    }
    const next = addEntry(deck, entry);
    setResult(storeDeck(next) ? { kind: 'added', count: next.entries.length } : { kind: 'failed' });
  };
  const add = () => {
    const stored = readStoredDeck();
    if (stored) addTo(stored);
    else setResult({ kind: 'ask' });
  };
  return (
    <span className="add-to-deck">
      <button type="button" className="button" onClick={add}>
        {t('presenter.addToDeck')}
      </button>
      <span aria-live="polite" className="add-to-deck__status">
        {result?.kind === 'ask' && (
          <span className="add-to-deck__ask" role="group" aria-label={t('presenter.askStart')}>
            {t('presenter.askStart')}{' '}
            <button type="button" className="button button--quiet" onClick={() => addTo(EMPTY_DECK)}>
              {t('presenter.startNew')}
            </button>{' '}
            <button type="button" className="button button--quiet" onClick={() => addTo(DEFAULT_DECK)}>
              {t('presenter.addToDefault', { count: DEFAULT_DECK.entries.length })}
            </button>
          </span>
        )}
        {result?.kind === 'added' && (
          <>
            {t('presenter.added', { count: result.count })} <Link href={paths.deck}>{t('presenter.openEditor')}</Link>
          </>
        )}
        {result?.kind === 'already' && (
          <>
            {t('presenter.already', { slide: result.slide })} <Link href={paths.deck}>{t('presenter.openEditor')}</Link>
          </>
        )}
        {(result?.kind === 'full' || result?.kind === 'failed') && t('presenter.notAdded')}
      </span>
    </span>
  );
}
