import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useRouter } from 'wouter';
import { paths } from '@/lib/paths';
import { serializeViewState } from '@/lib/url-state';
import { useViewState } from '@/lib/use-url-state';
import type { FrameDefinition } from '@/frames/definition';
import { DeckSlide } from './components/deck-slide';
import { SlideShow } from './components/slide-show';
import { clampSlide, deckQuery, serializeDeck } from './model/deck';
import { openPresenterWindow, useSlideSync } from './model/presenter-sync';
import { DEFAULT_DECK, deckTitle, frameIndex, slideTitle, useDeck } from './model/slides';
import { pageMeta, usePageMeta } from '@/lib/page-meta';
import { useDrawAtOnce } from './model/draw-at-once';

/** The presenter: the deck named in the URL (or the presenter's own, or the default) as slides. */
export function PresentPage({ frames }: { frames: readonly FrameDefinition[] }) {
  useDrawAtOnce();
  const { t } = useTranslation();
  const [view] = useViewState();
  const [, navigate] = useLocation();
  const frameOf = frameIndex(frames);
  const { deck, named, unknown } = useDeck(view.deck, (id) => frameOf(id) !== undefined);
  const count = deck.entries.length;
  usePageMeta(pageMeta(t, deckTitle(deck, t), t('meta.present')));
  const index = clampSlide(view.slide, count) - 1;
  const here = (next: Partial<typeof view>) =>
    navigate(paths.withQuery(paths.present, serializeViewState({ ...view, ...next })), { replace: true });
  // The presenter view, in its own window, turns the slides with this one (and this one with it).
  useSlideSync(serializeDeck(deck), index, (i) => here({ slide: Math.min(count, i + 1) }));
  const { base } = useRouter();
  const [blocked, setBlocked] = useState(false);
  const openView = () => {
    const url = `${base}${paths.withQuery(paths.presenterView, deckQuery(deck, { slide: index + 1 }))}`;
    void openPresenterWindow(url).then((opened) => setBlocked(!opened));
  };
  return (
    <>
      {blocked && (
        <p className="presenter__blocked" role="alert">
          {t('presenterView.blocked')}
        </p>
      )}
      <SlideShow
        onPresenterView={openView}
        title={deckTitle(deck, t)}
        count={count}
        index={index}
        onNavigate={(i) => here({ slide: i + 1 })}
        durations={deck.entries.map((e) => e.duration)}
        autoplay={view.play}
        onPlayingChange={(playing) => {
          // The loop state is in the URL too, so a reload of a meeting-room screen keeps looping.
          if (playing !== view.play) here({ play: playing });
        }}
        onLeave={() => navigate(named ? paths.withQuery(paths.deck, deckQuery(deck)) : paths.deck)}
        empty={
          <>
            <p>{named ? t('presenter.noSlidesInLink', { count: unknown }) : t('presenter.emptyDeck')}</p>
            <p>
              <Link href={paths.deck}>{t('presenter.openEditor')}</Link>
              {' · '}
              <Link href={paths.withQuery(paths.present, deckQuery(DEFAULT_DECK))}>{t('presenter.showDefault')}</Link>
            </p>
          </>
        }
        renderSlide={(i) => {
          const entry = deck.entries[i];
          const frame = entry ? frameOf(entry.frame) : undefined;
          return entry && frame ? <DeckSlide entry={entry} frame={frame} index={i} total={count} /> : null;
        }}
        describeSlide={(i) => {
          const entry = deck.entries[i];
          return t('presenter.describe', {
            slide: i + 1,
            total: count,
            title: entry ? slideTitle(entry, frameOf(entry.frame), t) : '',
          });
        }}
      />
    </>
  );
}
