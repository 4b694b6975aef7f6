import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, nextTask, runWhenIdle } from './next-task';

describe('nextTask', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('resumes in a later task: work queued before it runs first', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    await nextTask();
    order.push('after nextTask');
    expect(order).toEqual(['queued task', 'after nextTask']);
  });

  it('uses scheduler.yield where the browser has it', async () => {
    const yieldToMain = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldToMain });
    await nextTask();
    expect(yieldToMain).toHaveBeenCalledOnce();
  });
});

describe('runWhenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs each task in an idle callback of its own, in order', () => {
    const callbacks: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => callbacks.push(run));
    const order: number[] = [];
    runWhenIdle([() => order.push(1), () => order.push(2)]);
    expect(order).toEqual([]);
    callbacks.shift()!();
    expect(order).toEqual([1]);
    callbacks.shift()!();
    expect(order).toEqual([1, 2]);
    expect(callbacks).toEqual([]);
  });

  it('falls back to timeouts where the browser has no requestIdleCallback', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const order: number[] = [];
    runWhenIdle([() => order.push(1), () => order.push(2)]);
    await vi.runAllTimersAsync();
    expect(order).toEqual([1, 2]);
    vi.useRealTimers();
  });
});

describe('afterNextPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs in a task after the next frame, not in the frame callback itself, and can be cancelled', () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    vi.stubGlobal('cancelAnimationFrame', vi.fn());
    const run = vi.fn();
    afterNextPaint(run);
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
    frames.shift()?.();
    expect(run).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledOnce();

    const cancelled = vi.fn();
    const cancel = afterNextPaint(cancelled);
    frames.shift()?.();
    cancel();
    vi.runAllTimers();
    expect(cancelled).not.toHaveBeenCalled();
  });
});
