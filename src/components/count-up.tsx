import { useEffect, useRef } from 'react';
import { countUpText, easeOut } from './model/count-up';

const DURATION_MS = 1200;

/**
 * A figure that counts up to its value when it appears or changes (数字翻牌), unless the reader
 * asked for reduced motion. What is rendered (and read out) is always the final text; the count
 * only rewrites the visible text node frame by frame, so React's text and the screen end equal.
 */
export function CountUp({ text }: { text: string }) {
  const shown = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const node = shown.current?.firstChild;
    if (!(node instanceof Text)) return;
    const reduce =
      typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (reduce || typeof requestAnimationFrame !== 'function') return;
    let frame = 0;
    let start: number | null = null;
    const step = (now: number) => {
      start ??= now;
      const t = (now - start) / DURATION_MS;
      node.nodeValue = countUpText(text, easeOut(t));
      if (t < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => {
      cancelAnimationFrame(frame);
      node.nodeValue = text;
    };
  }, [text]);
  return (
    <>
      <span ref={shown} className="count-up" aria-hidden="true">
        {text}
      </span>
      <span className="visually-hidden">{text}</span>
    </>
  );
}
