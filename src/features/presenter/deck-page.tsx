import { useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useRouter } from 'wouter';
import { paths } from '@/lib/paths';
import { useLanguage } from '@/lib/use-language';
import { useViewState } from '@/lib/use-url-state';
import type { FrameDefinition } from '@/frames/definition';
import { DeckEditor, type DeckChange } from './components/deck-editor';
import { DeckSlide } from './components/deck-slide';
import { deckQuery, notesLeftOut, type Deck } from './model/deck';
import { storeDeck } from './model/deck-storage';
import { exportDeck } from './model/export-deck';
import { DEFAULT_DECK, describeView, frameIndex, useDeck } from './model/slides';
import { popUndo, pushUndo } from './model/undo';
import { pageMeta, usePageMeta } from '@/lib/page-meta';

const noSubscription = () => () => undefined;

/** The deck editor: every change is written to the URL (shareable) and kept in local storage. */
export function DeckPage({ frames }: { frames: readonly FrameDefinition[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [viewState] = useViewState();
  usePageMeta(pageMeta(t, t('presenter.heading'), t('meta.deck')));
  const [, navigate] = useLocation();
  const { base } = useRouter();
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  );
  const frameOf = frameIndex(frames);
  const { deck } = useDeck(viewState.deck, (id) => frameOf(id) !== undefined);

  // The decks before each undoable edit (session only), and the notes the last change could not keep.
  const [history, setHistory] = useState<readonly Deck[]>([]);
  const [leftOut, setLeftOut] = useState<readonly number[]>([]);

  const change = (next: Deck, how?: DeckChange) => {
    if (how?.undoable) setHistory((h) => pushUndo(h, deck));
    setLeftOut(notesLeftOut(next));
    storeDeck(next);
    navigate(paths.withQuery(paths.deck, deckQuery(next)), { replace: true });
  };

  const undo = () => {
    const top = popUndo(history);
    if (!top) return;
    setHistory(top.rest);
    change(top.value);
  };

  return (
    <>
      <h1 className="page-title">{t('presenter.heading')}</h1>
      <p className="page-intro">
        {t('presenter.intro')} <Link href={paths.bigScreen}>{t('presenter.bigScreenLink')}</Link>
      </p>
      <DeckEditor
        deck={deck}
        onChange={change}
        frameTitle={(id) => frameOf(id)?.title(t) ?? id}
        describeView={(entry) => describeView(entry, frameOf(entry.frame), t)}
        presentHref={paths.withQuery(paths.present, deckQuery(deck))}
        playHref={paths.withQuery(paths.present, deckQuery(deck, { play: true }))}
        shareUrl={origin ? `${origin}${base}${paths.withQuery(paths.present, deckQuery(deck))}` : ''}
        onExport={() => exportDeck(deck, frameOf, queryClient, { language, t })}
        onReset={() => change(DEFAULT_DECK, { undoable: true })}
        canUndo={history.length > 0}
        onUndo={undo}
        notesLeftOut={leftOut}
        renderThumbnail={(entry, index) => {
          const frame = frameOf(entry.frame);
          return frame ? <DeckSlide entry={entry} frame={frame} index={index} total={deck.entries.length} /> : null;
        }}
      />
    </>
  );
}
