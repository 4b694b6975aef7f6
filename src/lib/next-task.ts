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
