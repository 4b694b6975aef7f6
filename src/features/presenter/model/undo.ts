/**
 * The editor's undo history: the decks as they were before each edit that loses something (a
 * removal, a move, clearing, restoring the default). Kept for the session only; typing in a field
 * is not recorded (the field's own undo covers it), so undoing restores the whole earlier deck.
 */
export const MAX_UNDO = 50;

/** The history with `before` on top, the oldest dropped beyond `max`. */
export function pushUndo<T>(history: readonly T[], before: T, max = MAX_UNDO): readonly T[] {
  return [...history, before].slice(-max);
}

/** The value to go back to (the top), and the history without it; nothing when it is empty. */
export function popUndo<T>(history: readonly T[]): { value: T; rest: readonly T[] } | undefined {
  if (history.length === 0) return undefined;
  return { value: history[history.length - 1] as T, rest: history.slice(0, -1) };
}
