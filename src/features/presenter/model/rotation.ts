import { useCallback, useSyncExternalStore } from 'react';

/** Which step of a rotation of `intervalMs` the clock is at: the same on every screen at any moment. */
export function rotationStep(now: number, intervalMs: number): number {
  return Math.floor(now / intervalMs);
}

/** Milliseconds until the next step begins. */
export function untilNextStep(now: number, intervalMs: number): number {
  return intervalMs - (now % intervalMs);
}

/**
 * Which of `count` items shows now (a carousel), moving on every `intervalMs` on the wall clock's
 * boundaries: screens of a wall showing the same carousel turn together, and a reload does not
 * restart the turn. One timeout at a time, scheduled for the next boundary; no drift.
 */
export function useRotation(count: number, intervalMs: number): number {
  const subscribe = useCallback(
    (changed: () => void) => {
      if (count < 2) return () => undefined;
      let handle: ReturnType<typeof setTimeout>;
      const schedule = () => {
        handle = setTimeout(
          () => {
            changed();
            schedule();
          },
          untilNextStep(Date.now(), intervalMs),
        );
      };
      schedule();
      return () => clearTimeout(handle);
    },
    [count, intervalMs],
  );
  // The prerendered page shows the first item; the client moves to the current one at once.
  const step = useSyncExternalStore(
    subscribe,
    () => rotationStep(Date.now(), intervalMs),
    () => 0,
  );
  return count > 0 ? step % count : 0;
}
