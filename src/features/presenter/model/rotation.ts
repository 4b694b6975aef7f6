import { useEffect, useState } from 'react';

/**
 * Which of `count` items shows now, moving on every `intervalMs` (a carousel). One interval timer,
 * so a fake clock in a test drives it exactly; fewer than two items never move.
 */
export function useRotation(count: number, intervalMs: number): number {
  const [step, setStep] = useState(0);
  useEffect(() => {
    if (count < 2) return;
    const timer = setInterval(() => setStep((s) => s + 1), intervalMs);
    return () => clearInterval(timer);
  }, [count, intervalMs]);
  return count > 0 ? step % count : 0;
}
