import type { ReactNode } from 'react';

export interface SlideProps {
  title: string;
  /** "Source: issuer, title, date". */
  sourceLine: string;
  /** "Data as of …". */
  asOfLine: string;
  /** "3 / 10". */
  numberLine: string;
  children: ReactNode;
}

/**
 * One slide at 1920×1080: the title, one chart as large as the room needs, and on every slide the
 * source line, the data's as-of date and the slide number.
 */
export function Slide({ title, sourceLine, asOfLine, numberLine, children }: SlideProps) {
  return (
    <article className="slide" aria-label={title}>
      <h2 className="slide__title">{title}</h2>
      <div className="slide__body">{children}</div>
      <footer className="slide__footer">
        <div className="slide__source">
          <p>{sourceLine}</p>
          <p>{asOfLine}</p>
        </div>
        <p className="slide__number">{numberLine}</p>
      </footer>
    </article>
  );
}
