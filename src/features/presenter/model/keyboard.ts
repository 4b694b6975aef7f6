/** What a key press asks the presenter to do. */
export type PresenterCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  | { type: 'blank' }
  | { type: 'fullscreen' }
  | { type: 'play' }
  /** S: open the presenter view (speaker notes, next slide, timer) in its own window. */
  | { type: 'presenterView' }
  /** Esc: leave the black screen or the number being typed, else leave the presenter. */
  | { type: 'escape' };

/** Digits typed so far for "number then Enter". */
export interface KeyState {
  digits: string;
}

export const INITIAL_KEY_STATE: KeyState = { digits: '' };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export interface KeyResult {
  state: KeyState;
  command: PresenterCommand | null;
  /** The presenter used the key (the browser's default action should be prevented). */
  handled: boolean;
}

const MAX_DIGITS = 4;

/**
 * Keyboard and clicker keys to commands. Clickers send PageDown/PageUp (some → / ←), and "." or
 * B for a black screen. Keys with Ctrl, ⌘ or Alt are left to the browser (Ctrl+P prints).
 */
export function handleKey(state: KeyState, input: KeyInput): KeyResult {
  const unhandled = { state, command: null, handled: false };
  if (input.ctrlKey || input.metaKey || input.altKey) return unhandled;
  const done = (command: PresenterCommand | null, digits = ''): KeyResult => ({
    state: { digits },
    command,
    handled: true,
  });
  const { key } = input;
  if (/^[0-9]$/.test(key)) return done(null, (state.digits + key).slice(-MAX_DIGITS));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return done({ type: 'next' });
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return done({ type: 'previous' });
    case 'Home':
      return done({ type: 'first' });
    case 'End':
      return done({ type: 'last' });
    case 'Enter':
      return state.digits ? done({ type: 'goto', slide: Number(state.digits) }) : unhandled;
    case 'Backspace':
      return done(null, state.digits.slice(0, -1));
    case 'b':
    case 'B':
    case '.':
      return done({ type: 'blank' });
    case 'f':
    case 'F':
      return done({ type: 'fullscreen' });
    case 'p':
    case 'P':
      return done({ type: 'play' });
    case 's':
    case 'S':
      return done({ type: 'presenterView' });
    case 'Escape':
      return state.digits ? done(null) : done({ type: 'escape' });
    default:
      return unhandled;
  }
}

/** The slide (from 0) a moving command goes to, from `index` in a deck of `count`; null for the others. */
export function slideTarget(command: PresenterCommand, index: number, count: number): number | null {
  switch (command.type) {
    case 'next':
      return index + 1;
    case 'previous':
      return index - 1;
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'goto':
      return command.slide - 1;
    default:
      return null;
  }
}

/**
 * Keys the page keeps rather than the presenter: typing in a field, and Enter or Space on a focused
 * button (mouse users clicked it), unless a slide number is being typed.
 */
export function keyBelongsToPage(target: EventTarget | null, key: string, digits: string): boolean {
  if (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
    return true;
  return target instanceof HTMLButtonElement && (key === 'Enter' || key === ' ') && !digits;
}
