import { afterEach, describe, expect, it, vi } from 'vitest';
import { KioskTimer, type KioskClock } from './kiosk-timer';

/** A clock whose timeouts fire `lateBy` ms late, as real browsers' do; time moves only by `run`. */
function lateClock(lateBy: number) {
  let now = 0;
  let pending: { at: number; callback: () => void; id: number } | null = null;
  let ids = 0;
  let maxPending = 0;
  const clock: KioskClock = {
    now: () => now,
    setTimeout: (callback, ms) => {
      if (pending) maxPending = 2;
      pending = { at: now + ms + lateBy, callback, id: (ids += 1) };
      maxPending = Math.max(maxPending, 1);
      return pending.id;
    },
    clearTimeout: (id) => {
      if (pending?.id === id) pending = null;
    },
  };
  const run = (until: number) => {
    while (pending && pending.at <= until) {
      const { at, callback } = pending;
      pending = null;
      now = Math.max(now, at);
      callback();
    }
    now = until;
  };
  /** Time passes without timers firing (a frozen tab, a sleeping machine). */
  const freeze = (ms: number) => {
    now += ms;
  };
  return { clock, run, freeze, maxPending: () => maxPending };
}

afterEach(() => vi.useRealTimers());

describe('KioskTimer', () => {
  it('advances by each slide’s own duration and wraps after the last', () => {
    const { clock, run } = lateClock(0);
    const seen: [number, number][] = [];
    const durations = [5000, 10_000, 3000];
    const timer = new KioskTimer({
      count: () => 3,
      durationOf: (i) => durations[i] ?? 0,
      onAdvance: (i) => seen.push([i, clock.now()]),
      clock,
    });
    timer.play(0);
    run(40_000);
    expect(seen.slice(0, 5)).toEqual([
      [1, 5000],
      [2, 15_000],
      [0, 18_000],
      [1, 23_000],
      [2, 33_000],
    ]);
  });

  it('does not drift when every timeout fires late', () => {
    const { clock, run, maxPending } = lateClock(37);
    const times: number[] = [];
    const timer = new KioskTimer({
      count: () => 4,
      durationOf: () => 20_000,
      onAdvance: () => times.push(clock.now()),
      clock,
    });
    timer.play(0);
    run(24 * 3600 * 1000); // a whole day
    expect(times).toHaveLength(24 * 180 - 1);
    // Slide k comes up at k × 20 s plus one timer's lateness, never the sum of all of them.
    times.forEach((t, k) => expect(t - (k + 1) * 20_000).toBe(37));
    expect(maxPending()).toBe(1);
  });

  it('keeps one pending timeout at a time with real timers over a simulated day', () => {
    vi.useFakeTimers();
    let advances = 0;
    const timer = new KioskTimer({
      count: () => 10,
      durationOf: () => 15_000,
      onAdvance: () => (advances += 1),
      clock: {
        now: () => Date.now(),
        setTimeout: (f, ms) => setTimeout(f, ms),
        clearTimeout: (h) => clearTimeout(h as number),
      },
    });
    timer.play(0);
    for (let hour = 0; hour < 24; hour += 1) {
      vi.advanceTimersByTime(3600 * 1000);
      expect(vi.getTimerCount()).toBe(1);
    }
    expect(advances).toBe(24 * 240);
    timer.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('pauses with the time left and resumes from there', () => {
    const { clock, run } = lateClock(0);
    const seen: number[] = [];
    const timer = new KioskTimer({
      count: () => 2,
      durationOf: () => 10_000,
      onAdvance: () => seen.push(clock.now()),
      clock,
    });
    timer.play(0);
    run(4000);
    timer.pause();
    expect(timer.status).toBe('paused');
    run(60_000);
    expect(seen).toEqual([]);
    timer.resume();
    run(66_000);
    expect(seen).toEqual([66_000]);
  });

  it('gives a slide chosen by hand its full duration', () => {
    const { clock, run } = lateClock(0);
    const seen: [number, number][] = [];
    const timer = new KioskTimer({
      count: () => 5,
      durationOf: () => 10_000,
      onAdvance: (i) => seen.push([i, clock.now()]),
      clock,
    });
    timer.play(0);
    run(8000);
    timer.show(3);
    run(18_000);
    expect(seen).toEqual([[4, 18_000]]);
  });

  it('starts afresh instead of racing through slides it missed while asleep', () => {
    const { clock, run, freeze } = lateClock(0);
    const seen: number[] = [];
    const timer = new KioskTimer({
      count: () => 5,
      durationOf: () => 10_000,
      onAdvance: () => seen.push(clock.now()),
      clock,
    });
    timer.play(0);
    freeze(3600_000);
    run(3600_000);
    expect(seen).toEqual([3600_000]);
    run(3610_000);
    expect(seen).toEqual([3600_000, 3610_000]);
  });

  it('stops for good', () => {
    const { clock, run } = lateClock(0);
    const onAdvance = vi.fn();
    const timer = new KioskTimer({ count: () => 2, durationOf: () => 1000, onAdvance, clock });
    timer.play(0);
    timer.stop();
    run(10_000);
    expect(onAdvance).not.toHaveBeenCalled();
  });
});
