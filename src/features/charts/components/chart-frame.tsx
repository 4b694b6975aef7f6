import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { sourceFigurePath } from '@/config/paths';
import type { Figure, Source } from '@/features/datasets/model/dataset-schema';
import type { FrameTable } from '@/features/datasets/model/frame-table';
import { formatDate } from '@/lib/format';
import type { FrameView } from '@/lib/url-state';
import { useLanguage } from '@/lib/use-language';
import { FigureValue, useFigureFormat } from './figure-value';
import { useFrameActions } from './frame-actions';
import type { ReleaseInfo } from './use-dataset-frame';
import { VersionNote } from './version-note';
import { QueryError } from './query-error';

/** Where the data behind a frame stands. */
export type FrameState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; onRetry: () => void }
  | { status: 'empty' }
  | { status: 'ready' };

export interface Citation {
  label: string;
  figure: Figure;
}

export interface ChartFrameProps {
  /** Stable id: the frame's anchor (#frame-<id>) and its name in the URL. */
  frameId: string;
  title: string;
  /** Sort, layout and other options, shown above the tabs. */
  controls?: ReactNode;
  subtitle?: string;
  state: FrameState;
  view: FrameView;
  onViewChange: (view: FrameView) => void;
  chart: () => ReactNode;
  table: () => ReactNode;
  source?: Source;
  /** The dataset the citations come from (names each cited figure as `dataset:figure`). */
  datasetId?: string;
  citations?: readonly Citation[];
  /** The release shown, when the URL pins the data to a date. */
  release?: ReleaseInfo;
  /** What the frame shows, as plain data (downloads, slides); present once the data is ready. */
  data?: FrameTable;
  /** Height the loading skeleton reserves, so the page does not jump when data arrives. */
  skeletonHeight?: number;
}

const VIEWS: readonly FrameView[] = ['chart', 'table'];

/** Title, Chart/Table tabs over the same data, states, and the source with its quoted sentences. */
export function ChartFrame(props: ChartFrameProps) {
  const {
    frameId,
    title,
    subtitle,
    controls,
    state,
    view,
    onViewChange,
    source,
    citations = [],
    skeletonHeight = 320,
  } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const baseId = useId();
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const renderActions = useFrameActions();
  const figureText = useFigureFormat().number;
  const data = props.data;

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    const next = (index + delta + VIEWS.length) % VIEWS.length;
    const nextView = VIEWS[next];
    if (nextView) {
      onViewChange(nextView);
      tabRefs.current[next]?.focus();
    }
  };

  let body: ReactNode;
  if (state.status === 'loading') {
    body = (
      <div className="frame-state frame-state--loading" style={{ minHeight: skeletonHeight }} aria-busy="true">
        <p role="status">{t('frame.loading')}</p>
      </div>
    );
  } else if (state.status === 'error') {
    body = <QueryError error={state.error} onRetry={state.onRetry} />;
  } else if (state.status === 'empty') {
    body = <p className="frame-state">{t('frame.empty')}</p>;
  } else {
    body = (
      <>
        {controls && <div className="frame__controls">{controls}</div>}
        <div role="tablist" aria-label={t('frame.tabsLabel')} className="tabs">
          {VIEWS.map((v, i) => (
            <button
              key={v}
              ref={(el) => {
                tabRefs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${v}`}
              aria-selected={view === v}
              aria-controls={`${baseId}-panel-${v}`}
              tabIndex={view === v ? 0 : -1}
              className="tab"
              onClick={() => onViewChange(v)}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {t(`frame.${v}`)}
            </button>
          ))}
        </div>
        <div
          role="tabpanel"
          id={`${baseId}-panel-${view}`}
          aria-labelledby={`${baseId}-tab-${view}`}
          className="tabpanel"
        >
          {view === 'chart' ? props.chart() : props.table()}
        </div>
      </>
    );
  }

  return (
    <section className="frame" id={`frame-${frameId}`} data-frame={frameId} aria-labelledby={`${baseId}-title`}>
      <header className="frame__header">
        <h2 id={`${baseId}-title`} className="frame__title">
          {title}
        </h2>
        {subtitle && <p className="frame__subtitle">{subtitle}</p>}
        {props.release && <VersionNote release={props.release} />}
      </header>
      {body}
      {renderActions && state.status === 'ready' && data && (
        <div className="frame__actions">
          {renderActions({
            frameId,
            title,
            data,
            source,
            citations: citations.map((c) => ({ ...c, text: figureText(c.figure) })),
            chartElement: () => document.getElementById(`${baseId}-panel-chart`),
          })}
        </div>
      )}
      {source && (
        <footer className="frame__source">
          <p>
            {t('frame.sourceLine', {
              issuer: source.issuer[language],
              title: source.title[language],
              date: formatDate(source.date, language),
            })}
          </p>
          {citations.length > 0 && (
            <details className="citations">
              <summary>{t('frame.showQuotes')}</summary>
              <ul>
                {citations.map((c) => (
                  <li key={c.figure.id} data-figure-id={`${props.datasetId ?? ''}:${c.figure.id}`}>
                    <span className="citation__label">{c.label}</span> <FigureValue figure={c.figure} />
                    <blockquote lang="zh-CN">{t('frame.quote', { quote: c.figure.provenance.quote })}</blockquote>
                    <span className="citation__section">
                      {t('frame.section', { section: c.figure.provenance.section })}
                    </span>{' '}
                    <Link
                      className="citation__source-link"
                      href={sourceFigurePath(`${props.datasetId ?? ''}:${c.figure.id}`)}
                      aria-label={t('sourceDoc.inDocumentFor', { label: c.label })}
                    >
                      {t('sourceDoc.inDocument')}
                    </Link>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </footer>
      )}
    </section>
  );
}
