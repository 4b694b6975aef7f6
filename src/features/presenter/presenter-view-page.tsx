import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { pageMeta, usePageMeta } from '@/lib/page-meta';
import { useHydrated } from '@/lib/use-hydrated';
import { paths } from '@/lib/paths';
import { serializeViewState } from '@/lib/url-state';
import { useLanguage } from '@/lib/use-language';
import { useViewState } from '@/lib/use-url-state';
import type { FrameDefinition } from '@/frames/definition';
import { Clock, Elapsed } from './components/clock';
import { DeckSlide } from './components/deck-slide';
import { SlideNotes } from './components/slide-notes';
import { Stage } from './components/stage';
import { clampSlide, serializeDeck } from './model/deck';
import { handleKey, INITIAL_KEY_STATE, keyBelongsToPage, slideTarget } from './model/keyboard';
import { useSlideSync } from './model/presenter-sync';
import { deckTitle, frameIndex, slideTitle, useDeck } from './model/slides';
import { useDrawAtOnce } from './model/draw-at-once';

/** A slide as the room sees it, small: not focusable, not read out (the notes say what it shows). */
function Preview(props: ComponentProps<typeof DeckSlide>) {
  return (
    <div className="presenter-view__screen" data-theme-scope="projector" aria-hidden="true" inert>
      <Stage>
        <DeckSlide {...props} />
      </Stage>
    </div>
  );
}

/**
 * The presenter's own window (PowerPoint's presenter view): the slide the room sees and the next
 * one, the slide's notes with its quoted sentences, a stopwatch and the clock, and every slide to
 * jump to. It follows the slide show, and the slide show follows it (BroadcastChannel).
 */
export function PresenterViewPage({ frames }: { frames: readonly FrameDefinition[] }) {
  useDrawAtOnce();
  const { t } = useTranslation();
  const language = useLanguage();
  const [view] = useViewState();
  const [, navigate] = useLocation();
  const frameOf = frameIndex(frames);
  const { deck } = useDeck(view.deck, (id) => frameOf(id) !== undefined);
  const count = deck.entries.length;
  const index = clampSlide(view.slide, count) - 1;
  usePageMeta(pageMeta(t, t('presenterView.heading'), t('meta.presenterView')));
  const ready = useHydrated();
  // The stopwatch starts when the window opens (it shows nothing until hydrated, so no mismatch).
  const [since, setSince] = useState(() => Date.now());

  const goTo = (i: number) => {
    if (count === 0) return;
    const slide = Math.min(count, Math.max(1, i + 1));
    navigate(paths.withQuery(paths.presenterView, serializeViewState({ ...view, slide })), { replace: true });
  };
  useSlideSync(serializeDeck(deck), index, goTo);

  const latest = useRef({ index, count, goTo });
  useEffect(() => {
    latest.current = { index, count, goTo };
  });
  useEffect(() => {
    let state = INITIAL_KEY_STATE;
    const onKey = (event: KeyboardEvent) => {
      if (keyBelongsToPage(event.target, event.key, state.digits)) return;
      const result = handleKey(state, event);
      if (!result.handled) return;
      state = result.state;
      const { index: i, count: n, goTo: go } = latest.current;
      if (!result.command) return event.preventDefault();
      // The room's screen keys (black screen, full screen, the loop) belong to the slide show.
      const target = slideTarget(result.command, i, n);
      if (target === null) return;
      event.preventDefault();
      go(target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const entry = deck.entries[index];
  const frame = entry ? frameOf(entry.frame) : undefined;
  const next = deck.entries[index + 1];
  const nextFrame = next ? frameOf(next.frame) : undefined;
  const title = deckTitle(deck, t);
  return (
    <div className="presenter-view" data-ready={ready || undefined}>
      <h1 className="presenter-view__title">
        {t('presenterView.heading')} · {title}
      </h1>
      {count === 0 ? (
        <p role="alert">{t('presenter.emptyDeck')}</p>
      ) : (
        <>
          <section className="presenter-view__current" aria-labelledby="pv-current">
            <h2 id="pv-current">
              {t('presenterView.current', { slide: index + 1, total: count })}
              {entry && `${t('readout.colon')}${slideTitle(entry, frame, t)}`}
            </h2>
            {entry && frame && <Preview entry={entry} frame={frame} index={index} total={count} />}
            <p className="presenter-view__buttons">
              <button type="button" className="button" onClick={() => goTo(index - 1)} disabled={index <= 0}>
                {t('presenter.previous')}
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => goTo(index + 1)}
                disabled={index >= count - 1}
              >
                {t('presenter.next')}
              </button>
            </p>
          </section>
          <section className="presenter-view__next" aria-labelledby="pv-next">
            <h2 id="pv-next">
              {next
                ? `${t('presenterView.next')}${t('readout.colon')}${slideTitle(next, nextFrame, t)}`
                : t('presenterView.last')}
            </h2>
            {next && nextFrame && <Preview entry={next} frame={nextFrame} index={index + 1} total={count} />}
          </section>
          <section className="presenter-view__time" aria-label={t('presenterView.time')}>
            <p>
              <span className="presenter-view__label">{t('presenterView.elapsed')}</span>{' '}
              <Elapsed since={since} label={t('presenterView.elapsed')} />{' '}
              <button type="button" className="button" onClick={() => setSince(Date.now())}>
                {t('presenterView.restart')}
              </button>
            </p>
            <p>
              <Clock language={language} />
            </p>
          </section>
          <section className="presenter-view__notes" aria-labelledby="pv-notes">
            <h2 id="pv-notes">{t('presenterView.notes')}</h2>
            {entry && frame && (
              <SlideNotes entry={entry} frame={frame} index={index} total={count} locale={{ language, t }} />
            )}
          </section>
          <nav className="presenter-view__list" aria-label={t('presenter.slides')}>
            <ol>
              {deck.entries.map((e, i) => (
                <li key={`${i}-${e.frame}`}>
                  <button
                    type="button"
                    className="presenter-view__jump"
                    aria-current={i === index ? 'step' : undefined}
                    onClick={() => goTo(i)}
                  >
                    <span className="presenter-view__jump-number">{i + 1}</span> {slideTitle(e, frameOf(e.frame), t)}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <p className="presenter-view__keys">{t('presenterView.keys')}</p>
        </>
      )}
    </div>
  );
}
