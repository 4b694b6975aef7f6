import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render } from '@/testing/test-utils';
import { CountUp } from './count-up';

/** Frames run only when the test says, at the times it gives. */
function manualFrames() {
  const queue: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queue.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  return (time: number) => act(() => queue.splice(0).forEach((cb) => cb(time)));
}

function reducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce'), media: query }));
}

afterEach(() => vi.unstubAllGlobals());

describe('CountUp', () => {
  it('counts up to the figure frame by frame, while the text read out is the figure', () => {
    reducedMotion(false);
    const frame = manualFrames();
    const { container } = render(<CountUp text="3,159个" />);
    const shown = container.querySelector('.count-up');
    frame(0);
    expect(shown).toHaveTextContent('0个');
    frame(300);
    expect(shown?.textContent).toMatch(/^[12],\d{3}个$/);
    frame(1200);
    expect(shown).toHaveTextContent('3,159个');
    expect(shown).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelector('.visually-hidden')).toHaveTextContent('3,159个');
  });

  it('shows the figure at once when the reader asks for reduced motion', () => {
    reducedMotion(true);
    const frame = manualFrames();
    const { container } = render(<CountUp text="1.32亿元" />);
    frame(0);
    expect(container.querySelector('.count-up')).toHaveTextContent('1.32亿元');
  });

  it('counts again to a new figure (a new release)', () => {
    reducedMotion(false);
    const frame = manualFrames();
    const { container, rerender } = render(<CountUp text="3,159个" />);
    frame(0);
    frame(1200);
    rerender(<CountUp text="3,179个" />);
    frame(2000);
    expect(container.querySelector('.count-up')).toHaveTextContent('0个');
    frame(3200);
    expect(container.querySelector('.count-up')).toHaveTextContent('3,179个');
  });
});
