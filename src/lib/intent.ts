/*
 * Code that only serves interaction (the chart drawing library, above all) waits for the reader's
 * first sign of intent on a hydrated page: the prerendered HTML is what they see until then, and
 * it is already complete. Elsewhere (tests, pages rendered fresh, the server) nothing waits.
 */

/** What counts as intent: a pointer on the page, a touch, a key, focus or the wheel. */
const INTENT_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel'] as const;

let held: { promise: Promise<void>; release: () => void } | null = null;
let released = false;

/**
 * Called before hydrating a prerendered page: from now on `whenReaderActs()` waits until the
 * reader moves a pointer, touches, types, focuses something or scrolls with the wheel.
 */
export function holdUntilReaderActs(): void {
  if (held || released || typeof window === 'undefined') return;
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  const release = () => {
    for (const type of INTENT_EVENTS) window.removeEventListener(type, release, true);
    released = true;
    resolve();
  };
  for (const type of INTENT_EVENTS) window.addEventListener(type, release, { capture: true, passive: true });
  held = { promise, release };
}

/**
 * For pages that change without a reader (the big screen's rotation, a slide show's loop): their
 * next view needs the code, so it loads now.
 */
export function readerActsNow(): void {
  if (held) held.release();
  else released = true;
}

/** Resolves once the reader has shown intent (at once when nothing is held). */
export function whenReaderActs(): Promise<void> {
  return held && !released ? held.promise : Promise.resolve();
}
