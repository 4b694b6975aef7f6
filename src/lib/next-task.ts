interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a new task: whatever runs after `await nextTask()` is a task of its own, so the
 * browser can handle input and paint in between. `scheduler.yield()` where the browser has it (the
 * continuation then runs ahead of other queued work), else a zero-delay timeout.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type IdleWindow = { requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number };

/**
 * Runs each task in an idle period of its own, one after the other, so none of them holds up
 * input or a frame. Where the browser has no `requestIdleCallback` (Safari), each runs in a timeout.
 */
export function runWhenIdle(tasks: readonly (() => void)[]): void {
  const [task, ...rest] = tasks;
  if (!task) return;
  const run = () => {
    task();
    runWhenIdle(rest);
  };
  const { requestIdleCallback } = globalThis as IdleWindow;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 50);
}

/**
 * Runs `run` once the browser has painted the next frame (a timeout set from a frame callback
 * fires after that frame is drawn), so long work shows what changed before it starts. Returns a
 * cancel function.
 */
export function afterNextPaint(run: () => void): () => void {
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timeout = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timeout !== undefined) clearTimeout(timeout);
  };
}
