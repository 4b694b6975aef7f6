import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { locateFigures, toParagraphs, type Run, type SourceFigure } from '../model/locate';

/** Where a figure is shown in the dashboard: a chart frame, or the page of its tile. */
export interface FigureTarget {
  href: string;
  /** Accessible name of the link: the figure and what shows it. */
  label: string;
}

export interface SourceTextProps {
  text: string;
  figures: readonly SourceFigure[];
  /** The chart or page showing each figure, by `dataset:figure`. */
  targetOf: (ref: string) => FigureTarget | undefined;
  /** The figure whose sentence is marked (from the deep link), if any. */
  markedRef?: string;
  /** What the marked figure is, said when the mark is reached (label and value). */
  markedDescription?: string;
}

/** Element id of a highlighted number: the anchor of its figure. */
export const figureAnchor = (ref: string) => `fig-${ref.replace(/[:.]/g, '-')}`;

function Runs({ runs, targetOf }: { runs: readonly Run[]; targetOf: SourceTextProps['targetOf'] }) {
  const { t } = useTranslation();
  return runs.map((run, i) => {
    if (run.kind === 'text') return <span key={i}>{run.text}</span>;
    const [first] = run.refs;
    const target = first ? targetOf(first) : undefined;
    const attrs = { id: first ? figureAnchor(first) : undefined, 'data-figure-refs': run.refs.join(' ') };
    return target ? (
      // A plain link: a full load lands on the frame's anchor (a client-side push would not scroll).
      <a key={i} href={target.href} className="source-figure" title={target.label} {...attrs}>
        {run.text}
        <span className="visually-hidden">{t('sourceDoc.linkSuffix', { label: target.label })}</span>
      </a>
    ) : (
      <span key={i} className="source-figure" {...attrs}>
        {run.text}
      </span>
    );
  });
}

/**
 * The document's full text with every extracted figure highlighted and linked to the chart that
 * shows it. A deep link's sentence is wrapped in a mark, scrolled to and focused, so it is both
 * visible and announced.
 */
export function SourceText({ text, figures, targetOf, markedRef, markedDescription }: SourceTextProps) {
  const { t } = useTranslation();
  const { located, missing } = useMemo(() => locateFigures(text, figures), [text, figures]);
  const paragraphs = useMemo(() => toParagraphs(text, located, markedRef), [text, located, markedRef]);
  const markRef = useRef<HTMLElement>(null);
  const markedFound = markedRef !== undefined && located.some((l) => l.ref === markedRef);

  useEffect(() => {
    const mark = markRef.current;
    if (!mark) return;
    // jsdom has no layout, hence no scrollIntoView.
    if (typeof mark.scrollIntoView === 'function') mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }, [markedRef]);

  return (
    <>
      {/* Announced when a deep link arrives; the mark itself is focused and scrolled to. */}
      <p className="source-notice" aria-live="polite">
        {markedRef !== undefined &&
          (markedFound
            ? t('sourceDoc.marked', { figure: markedDescription ?? markedRef })
            : t('sourceDoc.notFound', { ref: markedRef }))}
      </p>
      {missing.length > 0 && <p className="source-notice">{t('sourceDoc.unlocated', { refs: missing.join(', ') })}</p>}
      <div className="source-text" lang="zh-CN">
        {paragraphs.map((p) =>
          p.before.length === 0 && !p.marked && p.after.length === 0 ? null : (
            <p key={p.key}>
              <Runs runs={p.before} targetOf={targetOf} />
              {p.marked && (
                <mark ref={markRef} className="source-mark" tabIndex={-1} data-marked-ref={markedRef}>
                  <span className="visually-hidden">{t('sourceDoc.markStart')}</span>
                  <Runs runs={p.marked} targetOf={targetOf} />
                  <span className="visually-hidden">{t('sourceDoc.markEnd')}</span>
                </mark>
              )}
              <Runs runs={p.after} targetOf={targetOf} />
            </p>
          ),
        )}
      </div>
    </>
  );
}
