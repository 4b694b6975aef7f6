import { useSyncExternalStore } from 'react';
import { LOCALE_TAG, type Language } from '@/lib/i18n';
import { dateTimeFormat } from '@/lib/format';

/** Ticks once a second, on the second: one timeout at a time, rescheduled from the wall clock. */
export function subscribeSeconds(callback: () => void): () => void {
  let handle: ReturnType<typeof setTimeout>;
  const tick = () => {
    callback();
    handle = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
  };
  handle = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
  return () => clearTimeout(handle);
}

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false };

export const currentSecond = () => Math.floor(Date.now() / 1000);
// Prerendered HTML and hydration show no time (it would differ from the client's); it appears at once after.
const noTime = () => null;

/** The date and time, for a screen left on all day. */
export function Clock({ language }: { language: Language }) {
  const second = useSyncExternalStore(subscribeSeconds, currentSecond, noTime);
  if (second === null) return <span className="clock" />;
  const date = new Date(second * 1000);
  const tag = LOCALE_TAG[language];
  return (
    <span className="clock">
      <time dateTime={date.toISOString()}>
        <span className="clock__date">{dateTimeFormat(tag, DATE).format(date)}</span>{' '}
        <span className="clock__time">{dateTimeFormat(tag, TIME).format(date)}</span>
      </time>
    </span>
  );
}

/** Minutes and seconds since `since` (a Date.now() value), as a presenter's stopwatch: 1:05:09, 12:04. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** Time since the presenter started (or restarted) the stopwatch; nothing before hydration. */
export function Elapsed({ since, label }: { since: number; label: string }) {
  const second = useSyncExternalStore(subscribeSeconds, currentSecond, noTime);
  const text = second === null ? '--:--' : formatElapsed(second * 1000 - since);
  return (
    <span className="elapsed" role="timer" aria-label={label}>
      {text}
    </span>
  );
}
