/** What the timer needs from the environment; tests pass a fake. */
export interface KioskClock {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export const browserClock: KioskClock = {
  // performance.now is monotonic: a clock change on the machine does not stall or rush the loop.
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface KioskTimerOptions {
  /** Number of slides (read at each advance, so an edited deck is followed). */
  count: () => number;
  /** How long slide `index` stays up, in milliseconds. */
  durationOf: (index: number) => number;
  /** Called with the next slide's index (it wraps to 0 after the last). */
  onAdvance: (index: number) => void;
  clock?: KioskClock;
}

/**
 * The kiosk loop's clock. Each advance is scheduled from an absolute deadline (the previous
 * deadline plus the slide's duration), not from "now", so late timers never add up to drift over
 * a day. There is at most one pending timeout and no growing state, so it can run indefinitely.
 */
export class KioskTimer {
  private readonly clock: KioskClock;
  private handle: unknown = null;
  private deadline = 0;
  private remaining: number | null = null;
  private index = 0;
  private state: 'stopped' | 'playing' | 'paused' = 'stopped';

  private readonly options: KioskTimerOptions;

  constructor(options: KioskTimerOptions) {
    this.options = options;
    this.clock = options.clock ?? browserClock;
  }

  get status(): 'stopped' | 'playing' | 'paused' {
    return this.state;
  }

  /** Plays from slide `index`, which has just come up. */
  play(index: number): void {
    this.index = index;
    this.state = 'playing';
    this.remaining = null;
    this.deadline = this.clock.now() + this.options.durationOf(index);
    this.schedule();
  }

  /** Stops the countdown, keeping the time left on the current slide. */
  pause(): void {
    if (this.state !== 'playing') return;
    this.remaining = Math.max(0, this.deadline - this.clock.now());
    this.state = 'paused';
    this.cancel();
  }

  /** Continues where `pause` left off. */
  resume(): void {
    if (this.state !== 'paused') return;
    this.state = 'playing';
    this.deadline = this.clock.now() + (this.remaining ?? this.options.durationOf(this.index));
    this.remaining = null;
    this.schedule();
  }

  /** The presenter moved to `index` by hand: while playing, that slide gets its full duration. */
  show(index: number): void {
    this.index = index;
    if (this.state === 'playing') this.play(index);
    else if (this.state === 'paused') this.remaining = null;
  }

  stop(): void {
    this.state = 'stopped';
    this.remaining = null;
    this.cancel();
  }

  private cancel(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
  }

  private schedule(): void {
    this.cancel();
    this.handle = this.clock.setTimeout(() => this.fire(), Math.max(0, this.deadline - this.clock.now()));
  }

  private fire(): void {
    this.handle = null;
    if (this.state !== 'playing') return;
    const now = this.clock.now();
    // The timer may fire a little early in some browsers: wait out the rest.
    if (now < this.deadline) {
      this.schedule();
      return;
    }
    const count = this.options.count();
    this.index = count > 0 ? (this.index + 1) % count : 0;
    this.deadline += this.options.durationOf(this.index);
    // Far behind (the machine slept, the tab was frozen): start afresh instead of racing through.
    if (this.deadline <= now) this.deadline = now + this.options.durationOf(this.index);
    this.schedule();
    this.options.onAdvance(this.index);
  }
}
