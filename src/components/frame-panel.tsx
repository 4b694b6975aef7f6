import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  type ComponentType,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { whenReaderActs } from '@/lib/intent';
import { paths } from '@/lib/paths';
import { Controls, type ControlModel } from './controls';
import { FrameChart } from './frame-chart';
import { KitLink } from './link';
import { frameSubtitle } from './model/frame';
import type { FrameModel, TableModel } from './model/frame-model';
import { marksWords } from './model/values';
import { QueryError } from './query-error';
import { VersionNote, type ReleaseInfo } from './version-note';

/*
 * A frame opens on its chart, so the table's code (≈11 kB gzip) is not needed to show or hydrate
 * the page: it loads once the reader shows intent, before they can reach the tab, and at once for
 * a table the client renders itself.
 */
type TableView = ComponentType<{ table: TableModel }>;
let loadedTable: TableView | null = null;
const loadTable = async () => (loadedTable = (await import('./model-table')).ModelTable);
const LazyTable = lazy(async () => ({ default: await loadTable() }));

/**
 * The table, drawn directly once its code is here. React.lazy would suspend on its first render
 * even then (its own promise settles a tick later), and React holds a fallback it has shown for
 * 300 ms: a tab switch took ~370 ms instead of ~120.
 */
function FrameTable({ table, fallback }: { table: TableModel; fallback: ReactNode }) {
  const Loaded = loadedTable;
  if (Loaded) return <Loaded table={table} />;
  return (
    <Suspense fallback={fallback}>
      <LazyTable table={table} />
    </Suspense>
  );
}

/** Where the data behind a frame stands. */
export type FrameState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; onRetry: () => void }
  | { status: 'problem'; message: string; prompt?: boolean }
  | { status: 'ready'; model: FrameModel };

export type FrameTab = 'chart' | 'table';
const TABS: readonly FrameTab[] = ['chart', 'table'];

export interface FramePanelProps {
  /** Stable id: the frame's anchor (#frame-<id>) and its name in the URL. */
  frameId: string;
  /** Shown until the model has a title of its own (loading, errors). */
  title: string;
  state: FrameState;
  tab: FrameTab;
  onTabChange: (tab: FrameTab) => void;
  controls?: readonly ControlModel[];
  onControl?: (param: string, value: string) => void;
  /** The release shown, when the URL pins the data to a date, and the link to the latest. */
  release?: { info: ReleaseInfo; latestHref: string };
  /** Take-away tools under the frame (downloads, citation, embed code, add to deck). */
  actions?: ReactNode;
  onNavigate?: (href: string) => void;
  /** Height the loading state reserves, so the page does not jump when the data arrives. */
  skeletonHeight?: number;
  /**
   * Where a cited figure's sentence is shown: the source page by default; an anchor on the same
   * page (`#…`) for data whose text is not the site's own document (an import).
   */
  figureHref?: (ref: string) => string;
}

/** The source line and, one click away, the quoted sentence of every figure the frame shows. */
function SourceFooter({ model, figureHref }: { model: FrameModel; figureHref?: (ref: string) => string }) {
  const { t } = useTranslation();
  if (!model.source) return null;
  return (
    <footer className="frame__source">
      <p>{model.source.line}</p>
      {model.citations.length > 0 && (
        <details className="citations">
          <summary>{t('frame.showQuotes')}</summary>
          <ul>
            {model.citations.map((c) => {
              const marks = marksWords(c.marks, t);
              return (
                <li key={c.ref} data-figure-id={c.ref}>
                  <span className="citation__label">{c.label}</span>{' '}
                  <span className={c.marks.kind === 'stated' ? 'figure figure--stated' : 'figure figure--derived'}>
                    {c.text}
                  </span>
                  {marks.length > 0 && (
                    <span className="citation__marks">
                      {t('readout.marks', { marks: marks.join(t('readout.separator')) })}
                    </span>
                  )}
                  {c.quote && <blockquote lang="zh-CN">{t('frame.quote', { quote: c.quote })}</blockquote>}
                  {c.section && (
                    <span className="citation__section">{t('frame.section', { section: c.section })}</span>
                  )}{' '}
                  {c.place && <span className="citation__section">{c.place}</span>}{' '}
                  {figureHref ? (
                    <a
                      className="citation__source-link"
                      href={figureHref(c.ref)}
                      aria-label={t('sourceDoc.inDocumentFor', { label: c.label })}
                    >
                      {t('sourceDoc.inDocument')}
                    </a>
                  ) : (
                    <KitLink
                      className="citation__source-link"
                      href={paths.sourceFigure(c.ref)}
                      aria-label={t('sourceDoc.inDocumentFor', { label: c.label })}
                    >
                      {t('sourceDoc.inDocument')}
                    </KitLink>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </footer>
  );
}

/** Title, view options, Chart/Table tabs over the same model, its states, and its sources. */
export function FramePanel(props: FramePanelProps) {
  const { frameId, state, tab, onTabChange, skeletonHeight = 320 } = props;
  const { t } = useTranslation();
  const baseId = useId();
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => {
    // A failed preload is not an error yet: the tab's own load reports it, with its retry.
    void whenReaderActs()
      .then(loadTable)
      .catch(() => undefined);
  }, []);
  const model = state.status === 'ready' ? state.model : undefined;
  const title = model?.title ?? props.title;

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    const next = (index + delta + TABS.length) % TABS.length;
    const nextTab = TABS[next];
    if (nextTab) {
      onTabChange(nextTab);
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
  } else if (state.status === 'problem') {
    body = state.prompt ? (
      <p className="frame-state frame-state--prompt">{state.message}</p>
    ) : (
      <p role="alert" className="frame-state frame-state--problem">
        {state.message}
      </p>
    );
  } else {
    const { model: m } = state;
    body = (
      <>
        {props.controls && props.controls.length > 0 && (
          <div className="frame__controls">
            <Controls controls={props.controls} onChange={(param, value) => props.onControl?.(param, value)} />
          </div>
        )}
        <div role="tablist" aria-label={t('frame.tabsLabel')} className="tabs">
          {TABS.map((v, i) => (
            <button
              key={v}
              ref={(el) => {
                tabRefs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${v}`}
              aria-selected={tab === v}
              aria-controls={`${baseId}-panel-${v}`}
              tabIndex={tab === v ? 0 : -1}
              className="tab"
              onClick={() => onTabChange(v)}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {t(`frame.${v}`)}
            </button>
          ))}
        </div>
        <div
          role="tabpanel"
          id={`${baseId}-panel-${tab}`}
          aria-labelledby={`${baseId}-tab-${tab}`}
          className="tabpanel"
        >
          {tab === 'chart' ? (
            <FrameChart frame={m} {...(props.onNavigate ? { onNavigate: props.onNavigate } : {})} />
          ) : (
            <FrameTable
              table={m.table}
              fallback={<p className="frame-state frame-state--loading">{t('frame.loading')}</p>}
            />
          )}
        </div>
        {m.notes.length > 0 && (
          <div className="frame__notes">
            {m.notes.map((note) => (
              <p key={note}>{note}</p>
            ))}
          </div>
        )}
      </>
    );
  }

  return (
    <section className="frame" id={`frame-${frameId}`} data-frame={frameId} aria-labelledby={`${baseId}-title`}>
      <header className="frame__header">
        <h2 id={`${baseId}-title`} className="frame__title">
          {title}
        </h2>
        {model && frameSubtitle(model) && <p className="frame__subtitle">{frameSubtitle(model)}</p>}
        {props.release && <VersionNote release={props.release.info} latestHref={props.release.latestHref} />}
      </header>
      {body}
      {model && props.actions && <div className="frame__actions">{props.actions}</div>}
      {model && <SourceFooter model={model} {...(props.figureHref ? { figureHref: props.figureHref } : {})} />}
    </section>
  );
}
