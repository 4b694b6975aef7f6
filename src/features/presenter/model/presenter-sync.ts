import { useEffect, useRef } from 'react';

/**
 * Keeps the slide show and its presenter view on the same slide. Both windows post the slide they
 * show whenever it changes and follow what the other posts; a window that already shows the posted
 * slide does nothing, so an echo ends there. Messages name the deck, so two decks presented from
 * the same browser do not steer each other.
 */

export const PRESENTER_CHANNEL = 'pgd-presenter';

export interface SlideMessage {
  type: 'slide';
  /** The deck's text (serializeDeck). */
  deck: string;
  /** 0-based. */
  index: number;
}

/** Only well-formed messages for this deck are followed (anything can post on a channel). */
export function slideFromMessage(data: unknown, deck: string): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Partial<SlideMessage>;
  if (message.type !== 'slide' || message.deck !== deck) return null;
  const { index } = message;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index : null;
}

export interface SlideChannel {
  post: (index: number) => void;
  close: () => void;
}

/**
 * Opens the channel for one deck; `onSlide` is called with the slide another window moved to.
 * Without BroadcastChannel (very old browsers) the windows simply do not follow each other.
 */
export function openSlideChannel(deck: string, onSlide: (index: number) => void): SlideChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const index = slideFromMessage(event.data, deck);
    if (index !== null) onSlide(index);
  };
  return {
    post: (index) => channel.postMessage({ type: 'slide', deck, index } satisfies SlideMessage),
    close: () => channel.close(),
  };
}

/**
 * Posts the slide this window shows and follows the other window. `onSlide` may change between
 * renders; the channel is opened once per deck.
 */
export function useSlideSync(deck: string, index: number, onSlide: (index: number) => void): void {
  const follow = useRef(onSlide);
  const channel = useRef<SlideChannel | null>(null);
  useEffect(() => {
    follow.current = onSlide;
  });
  useEffect(() => {
    const opened = openSlideChannel(deck, (i) => follow.current(i));
    channel.current = opened;
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [deck]);
  useEffect(() => {
    channel.current?.post(index);
  }, [deck, index]);
}

/** What the Window Management API offers (Chromium), typed here as it is not in the DOM lib yet. */
interface ScreenDetailed {
  availLeft: number;
  availTop: number;
  availWidth: number;
  availHeight: number;
}
interface ScreenDetails {
  screens: readonly ScreenDetailed[];
  currentScreen: ScreenDetailed;
}

/** Where to open the presenter view: another screen than this one's, when the browser says. */
async function otherScreen(): Promise<string> {
  const api = (window as Window & { getScreenDetails?: () => Promise<ScreenDetails> }).getScreenDetails;
  // Only with a second screen attached: otherwise there is nothing to ask permission for.
  const extended = (window.screen as Screen & { isExtended?: boolean }).isExtended === true;
  if (typeof api !== 'function' || !extended) return '';
  try {
    const details = await api.call(window);
    const other = details.screens.find((s) => s !== details.currentScreen);
    if (!other) return '';
    return `,left=${other.availLeft},top=${other.availTop},width=${other.availWidth},height=${other.availHeight}`;
  } catch {
    return ''; // permission refused: the usual window
  }
}

export const PRESENTER_WINDOW = 'pgd-presenter-view';

/**
 * Opens (or brings forward) the presenter view in its own window; on a second screen where the
 * browser offers the Window Management API and the user allows it. Returns false when the
 * browser blocked the window.
 */
export async function openPresenterWindow(url: string): Promise<boolean> {
  const placement = await otherScreen();
  const opened = window.open(url, PRESENTER_WINDOW, `popup,width=1280,height=800${placement}`);
  opened?.focus();
  return opened !== null;
}
