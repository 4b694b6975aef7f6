/**
 * Whether a new version of the app is waiting, and how to switch to it. A tiny external store so
 * the registration (outside React) can tell the prompt (inside React); the prompt reads it with
 * useSyncExternalStore. Nothing here reloads a page: only `apply`, called by the user, does.
 */
export type UpdateState = { status: 'current' } | { status: 'available'; apply: () => void };

const CURRENT: UpdateState = { status: 'current' };
let state: UpdateState = CURRENT;
const listeners = new Set<() => void>();

export const updateStore = {
  get: (): UpdateState => state,
  /** Server render and first hydration: no update is known yet. */
  getServer: (): UpdateState => CURRENT,
  set: (next: UpdateState): void => {
    state = next;
    listeners.forEach((l) => l());
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
