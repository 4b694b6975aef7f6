import { afterEach, describe, expect, it, vi } from 'vitest';

// The module keeps one hold per page: each test gets a fresh copy.
const fresh = async () => {
  vi.resetModules();
  return import('./intent');
};
const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe('whenReaderActs', () => {
  afterEach(() => vi.resetModules());

  it('does not wait when nothing is held (tests, pages rendered fresh, the server)', async () => {
    const { whenReaderActs } = await fresh();
    expect(await settled(whenReaderActs())).toBe(true);
  });

  it.each(['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel'])(
    'waits for the reader: %s releases it',
    async (type) => {
      const { holdUntilReaderActs, whenReaderActs } = await fresh();
      holdUntilReaderActs();
      const waiting = whenReaderActs();
      expect(await settled(waiting)).toBe(false);
      window.dispatchEvent(new Event('scroll'));
      expect(await settled(waiting)).toBe(false);
      window.dispatchEvent(new Event(type));
      expect(await settled(waiting)).toBe(true);
      // Released for good: later waits resolve at once.
      expect(await settled(whenReaderActs())).toBe(true);
    },
  );

  it('releases at once for a page that changes without a reader', async () => {
    const { holdUntilReaderActs, readerActsNow, whenReaderActs } = await fresh();
    holdUntilReaderActs();
    const waiting = whenReaderActs();
    readerActsNow();
    expect(await settled(waiting)).toBe(true);
  });

  it('is not held again once released', async () => {
    const { holdUntilReaderActs, readerActsNow, whenReaderActs } = await fresh();
    readerActsNow();
    holdUntilReaderActs();
    expect(await settled(whenReaderActs())).toBe(true);
  });
});
