import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useRouter, useSearch } from 'wouter';
import { DeckEditor } from '@/features/presenter/components/deck-editor';
import { deckQuery, DEFAULT_DURATION, type Deck, type DeckEntry } from '@/features/presenter/model/deck';
import { storeDeck } from '@/features/presenter/model/deck-storage';
import { DEFAULT_VIEW_STATE } from '@/lib/url-state';
import { useLanguage } from '@/lib/use-language';
import { findFrame } from '../frames';
import { DEFAULT_DECK, exportDeck, useDeck } from '../presenter';

const noSubscription = () => () => undefined;

/** The deck editor: every change is written to the URL (shareable) and kept in local storage. */
export function DeckRoute() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const search = useSearch();
  const [, navigate] = useLocation();
  const { base } = useRouter();
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  );
  const { deck } = useDeck(search);

  const change = (next: Deck) => {
    storeDeck(next);
    navigate(`/deck?${deckQuery(next)}`, { replace: true });
  };
  const describeView = (entry: DeckEntry) => {
    const spec = findFrame(entry.frame);
    const parts: string[] = [];
    if (entry.table) parts.push(t('presenter.viewTable'));
    if (spec?.kind === 'counties') {
      if (entry.sort !== DEFAULT_VIEW_STATE.sort)
        parts.push(t('presenter.viewSort', { sort: t(`county.sorts.${entry.sort}`) }));
      if (entry.layout !== DEFAULT_VIEW_STATE.layout)
        parts.push(t('presenter.viewLayout', { layout: t(`county.layouts.${entry.layout}`) }));
    }
    if (spec?.kind === 'map' && entry.measure !== DEFAULT_VIEW_STATE.measure)
      parts.push(t('presenter.viewMeasure', { measure: t(`map.measures.${entry.measure}`) }));
    if (entry.duration !== DEFAULT_DURATION) parts.push(`${entry.duration} s`);
    return parts.join(' · ');
  };

  return (
    <>
      <h1 className="page-title">{t('presenter.heading')}</h1>
      <p className="page-intro">
        {t('presenter.intro')} <Link href="/big-screen">{t('presenter.bigScreenLink')}</Link>
      </p>
      <DeckEditor
        deck={deck}
        onChange={change}
        frameTitle={(id) => findFrame(id)?.title(t) ?? id}
        describeView={describeView}
        presentHref={`/present?${deckQuery(deck)}`}
        playHref={`/present?${deckQuery(deck, { play: '1' })}`}
        shareUrl={origin ? `${origin}${base}/present?${deckQuery(deck)}` : ''}
        onExport={() => exportDeck(deck, queryClient, t, language)}
        onReset={() => change(DEFAULT_DECK)}
      />
    </>
  );
}
