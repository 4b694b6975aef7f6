import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '@/lib/use-hydrated';
import { handleKey, INITIAL_KEY_STATE, keyBelongsToPage, slideTarget, type PresenterCommand } from '../model/keyboard';
import { KioskTimer } from '../model/kiosk-timer';
import { Stage } from './stage';

export interface SlideShowProps {
  /** Deck title (the page's heading, for screen readers). */
  title: string;
  count: number;
  /** The slide showing, 0-based (the route keeps it in the URL). */
  index: number;
  onNavigate: (index: number) => void;
  /** Seconds each slide stays up in the kiosk loop. */
  durations: readonly number[];
  /** Start the kiosk loop at once (a meeting-room screen opened with `play=1`). */
  autoplay: boolean;
  onPlayingChange?: (playing: boolean) => void;
  /** Esc with nothing else to cancel: leave the presenter. */
  onLeave: () => void;
  /** Every slide is rendered (printing shows them all); the current one shows on screen. */
  renderSlide: (index: number) => ReactNode;
  /** What a screen reader hears when a slide comes up. */
  describeSlide: (index: number) => string;
  /** What a deck without slides shows instead (why, and where to go). */
  empty: ReactNode;
  /** S or the button: open the presenter view (next slide, notes, timer) in its own window. */
  onPresenterView?: () => void;
}

/**
 * The presenter: slides on a 1920×1080 stage, driven by keyboard and clickers (no mouse needed),
 * full screen, a black screen, and the kiosk loop. Buttons offer the same for mouse and touch.
 */
export function SlideShow(props: SlideShowProps) {
  const { title, count, index, onNavigate, durations, autoplay, onLeave, renderSlide, describeSlide } = props;
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const [blank, setBlank] = useState(false);
  const [digits, setDigits] = useState('');
  const [playing, setPlaying] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  // Set once the presenter has hydrated and listens to keys (tests and kiosk scripts wait for it).
  const ready = useHydrated();
  // The mouse controls fade out when the mouse rests, so they never sit on a slide being shown.
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let handle = setTimeout(() => setIdle(true), 3000);
    const wake = () => {
      setIdle(false);
      clearTimeout(handle);
      handle = setTimeout(() => setIdle(true), 3000);
    };
    window.addEventListener('pointermove', wake);
    return () => {
      clearTimeout(handle);
      window.removeEventListener('pointermove', wake);
    };
  }, []);

  // The latest props, for the timer and the key handler (set up once).
  const latest = useRef({ count, index, durations, onNavigate, onLeave, onPresenterView: props.onPresenterView });
  useEffect(() => {
    latest.current = { count, index, durations, onNavigate, onLeave, onPresenterView: props.onPresenterView };
  });

  const timer = useRef<KioskTimer | null>(null);
  // The slide this window moved to itself; any other change came from outside (the presenter view).
  const moved = useRef(index);
  useEffect(() => {
    const kiosk = new KioskTimer({
      count: () => latest.current.count,
      durationOf: (i) => (latest.current.durations[i] ?? 20) * 1000,
      onAdvance: (i) => {
        moved.current = i;
        latest.current.onNavigate(i);
      },
    });
    timer.current = kiosk;
    if (autoplay && latest.current.count > 1) {
      kiosk.play(latest.current.index);
      setPlaying(true);
    }
    return () => kiosk.stop();
    // Autoplay is read once, when the presenter opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => props.onPlayingChange?.(playing), [playing, props]);

  // A slide chosen in the other window: while the loop plays, it gets its full time as well.
  useEffect(() => {
    if (index === moved.current) return;
    moved.current = index;
    timer.current?.show(index);
  }, [index]);

  const go = useCallback((next: number) => {
    const { count: n, onNavigate: navigate } = latest.current;
    if (n === 0) return;
    const clamped = Math.min(n - 1, Math.max(0, next));
    moved.current = clamped;
    timer.current?.show(clamped);
    navigate(clamped);
  }, []);

  const togglePlay = useCallback(() => {
    const kiosk = timer.current;
    if (!kiosk) return;
    if (kiosk.status === 'playing') kiosk.pause();
    else if (kiosk.status === 'paused') kiosk.resume();
    else kiosk.play(latest.current.index);
    setPlaying(kiosk.status === 'playing');
  }, []);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    // Refused (no user gesture, an iframe without permission): the slides still show in the window.
    else void root.current?.requestFullscreen?.().catch(() => undefined);
  }, []);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const run = useCallback(
    (command: PresenterCommand) => {
      const target = slideTarget(command, latest.current.index, latest.current.count);
      if (target !== null) return go(target);
      switch (command.type) {
        case 'blank':
          return setBlank((b) => !b);
        case 'fullscreen':
          return toggleFullscreen();
        case 'play':
          return togglePlay();
        case 'presenterView':
          return latest.current.onPresenterView?.();
        case 'escape':
          if (document.fullscreenElement) return toggleFullscreen();
          return latest.current.onLeave();
      }
    },
    [go, toggleFullscreen, togglePlay],
  );

  const keyState = useRef(INITIAL_KEY_STATE);
  const blankRef = useRef(blank);
  useEffect(() => {
    blankRef.current = blank;
  }, [blank]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (keyBelongsToPage(event.target, event.key, keyState.current.digits)) return;
      const result = handleKey(keyState.current, event);
      if (!result.handled) return;
      event.preventDefault();
      keyState.current = result.state;
      setDigits(result.state.digits);
      if (!result.command) return;
      // Any key but B itself brings the picture back from the black screen first.
      if (blankRef.current && result.command.type !== 'blank') {
        setBlank(false);
        if (result.command.type === 'escape') return;
      }
      run(result.command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  const slides = Array.from({ length: count }, (_, i) => i);
  return (
    <div
      ref={root}
      className="presenter"
      data-theme-scope="projector"
      data-fullscreen={fullscreen || undefined}
      data-ready={ready || undefined}
    >
      <h1 className="visually-hidden">{title || t('presenter.untitled')}</h1>
      <p className="visually-hidden" aria-live="polite">
        {count > 0 ? describeSlide(index) : ''}
      </p>
      <Stage className="presenter__stage">
        {count === 0 ? (
          <div className="slide slide--empty" role="alert">
            {props.empty}
          </div>
        ) : (
          slides.map((i) => (
            <div
              key={i}
              className={i === index ? 'slide-frame slide-frame--current' : 'slide-frame'}
              data-slide={i + 1}
            >
              {renderSlide(i)}
            </div>
          ))
        )}
      </Stage>
      {digits && (
        <p className="presenter__digits" aria-live="assertive">
          {t('presenter.goTo', { slide: digits })}
        </p>
      )}
      {blank && (
        <div className="presenter__blank" data-testid="black-screen" aria-label={t('presenter.blanked')} role="img" />
      )}
      <nav
        className={idle ? 'presenter__toolbar presenter__toolbar--idle' : 'presenter__toolbar'}
        aria-label={t('presenter.controls')}
      >
        <button type="button" className="button" onClick={() => run({ type: 'previous' })} disabled={index <= 0}>
          {t('presenter.previous')}
        </button>
        {count > 0 && (
          <span className="presenter__count">{t('presenter.slideOf', { slide: index + 1, total: count })}</span>
        )}
        <button type="button" className="button" onClick={() => run({ type: 'next' })} disabled={index >= count - 1}>
          {t('presenter.next')}
        </button>
        <button type="button" className="button" aria-pressed={playing} onClick={togglePlay} disabled={count < 2}>
          {playing ? t('presenter.pause') : t('presenter.play')}
        </button>
        <button type="button" className="button" aria-pressed={fullscreen} onClick={toggleFullscreen}>
          {t('presenter.fullscreen')}
        </button>
        {props.onPresenterView && (
          <button type="button" className="button" onClick={props.onPresenterView}>
            {t('presenterView.open')}
          </button>
        )}
        <button type="button" className="button" onClick={() => window.print()}>
          {t('presenter.print')}
        </button>
        <button type="button" className="button" onClick={onLeave}>
          {t('presenter.leave')}
        </button>
        <span className="presenter__keys">{t('presenter.keys')}</span>
      </nav>
    </div>
  );
}
