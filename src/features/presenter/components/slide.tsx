import type { ReactNode } from 'react';

export interface SlideProps {
  title: string;
  /** The frame's subtitle (unit, date), under the title. */
  subtitle?: string;
  /** "Source: issuer, title, date". */
  sourceLine: string;
  /** "Data as of …". */
  asOfLine: string;
  /** "3 / 10". */
  numberLine: string;
  children: ReactNode;
}

/**
 * One slide at 1920×1080: the title and subtitle, one chart as large as the room left, and on every
 * slide the source line, the data's as-of date and the slide number. Header, body and footer are
 * rows of their own, so nothing overlaps whatever the language.
 */
export function Slide({ title, subtitle, sourceLine, asOfLine, numberLine, children }: SlideProps) {
  return (
    <article className="slide" aria-label={title}>
      <header className="slide__header">
        <h2 className="slide__title">{title}</h2>
        {subtitle && <p className="slide__subtitle">{subtitle}</p>}
      </header>
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
