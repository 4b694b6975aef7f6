import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useRouter } from 'wouter';
import { paths } from '@/lib/paths';
import { useLanguage } from '@/lib/use-language';
import { useViewState } from '@/lib/use-url-state';
import type { FrameDefinition } from '@/frames/definition';
import { DeckEditor } from './components/deck-editor';
import { deckQuery, type Deck } from './model/deck';
import { storeDeck } from './model/deck-storage';
import { exportDeck } from './model/export-deck';
import { DEFAULT_DECK, describeView, frameIndex, useDeck } from './model/slides';
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

  const change = (next: Deck) => {
    storeDeck(next);
    navigate(paths.withQuery(paths.deck, deckQuery(next)), { replace: true });
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
        onReset={() => change(DEFAULT_DECK)}
      />
    </>
  );
}
