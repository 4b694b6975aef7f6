import {
  lazy,
  memo,
  Suspense,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { replaceEqualDeep } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { readerActsNow, whenReaderActs } from '@/lib/intent';
import { nextTask } from '@/lib/next-task';
import { useHydrated } from '@/lib/use-hydrated';
import { useLanguage } from '@/lib/use-language';
import { KitLink } from '../link';
import { barLayout, type BarLayout } from '../model/bar-layout';
import { describeCategory, type Readout } from '../model/describe';
import { foldCategories, MAX_BARS } from '../model/fold-categories';
import type { BarChartModel, FrameModel } from '../model/frame-model';
import type { RechartsBarsProps } from './recharts-bars';
import { Legend } from '../swatch';
import { useChartWidth } from '../use-chart-width';

/*
 * Recharts is the largest dependency, so the drawing loads on demand: on a prerendered page, once
 * the reader shows intent (lib/intent.ts), elsewhere at once. The page already holds the chart's
 * SVG: during hydration React keeps that server HTML in place until the chunk arrives, so nothing
 * flashes and the chart code is not part of the JavaScript a reader who only reads ever loads.
 * The reading layer (tooltip, keyboard explorer) does not depend on it: it works from the layout.
 */
let chartCode: Promise<ComponentType<RechartsBarsProps>> | null = null;
let chartCodeLoaded = false;
const chartCodeListeners = new Set<() => void>();

function loadChartCode() {
  chartCode ??= (async () => {
    await whenReaderActs();
    // Evaluating Recharts and the libraries under it is ~25 ms of CPU (~100 ms at 4x), one task if
    // loaded at once. Those libraries have a chunk of their own (vite.config.ts): loading it first
    // makes two shorter tasks, and input can be handled in between.
    await import('d3-scale');
    await nextTask();
    const { RechartsBars } = await import('./recharts-bars');
    // Charts learn of it a task later: by then React has the lazy component resolved and retries
    // the dehydrated drawings with the props they were hydrated with, before any newer props.
    void nextTask().then(() => {
      chartCodeLoaded = true;
      for (const listener of chartCodeListeners) listener();
    });
    return RechartsBars;
  })();
  return chartCode;
}

const RechartsBars = lazy(async () => ({ default: await loadChartCode() }));

const subscribeChartCode = (listener: () => void) => {
  chartCodeListeners.add(listener);
  return () => chartCodeListeners.delete(listener);
};
/** Whether the drawing code is here (never in the prerendered HTML or while hydrating). */
const useChartCodeLoaded = () =>
  useSyncExternalStore(
    subscribeChartCode,
    () => chartCodeLoaded,
    () => false,
  );

interface DrawingProps {
  chart: BarChartModel;
  layout: BarLayout;
  idPrefix: string;
  active: number | null;
  /** Until the code is here, nothing re-renders the drawing (see below). */
  codeLoaded: boolean;
}

/**
 * The drawing, behind its own memo: until the chunk arrives, the server's SVG sits in a dehydrated
 * Suspense boundary, and any re-render that reaches that boundary (a query settling, the bar the
 * reader points at) makes React drop the server HTML and show the placeholder. So before the code
 * is here, the drawing does not re-render at all; after, only when its content changed: a change
 * elsewhere in the view (another frame's tab or sort, which builds every frame's model again) does
 * not redraw this chart.
 */
const Drawing = memo(
  function Drawing({ chart, layout, idPrefix, active }: DrawingProps) {
    return (
      <Suspense fallback={<ChartPlaceholder width={layout.width} height={layout.height} />}>
        <RechartsBars chart={chart} layout={layout} idPrefix={idPrefix} active={active} />
      </Suspense>
    );
  },
  // replaceEqualDeep returns its first argument when the two are deeply equal.
  (before, after) =>
    !after.codeLoaded ||
    (before.idPrefix === after.idPrefix &&
      before.active === after.active &&
      replaceEqualDeep(before.chart, after.chart) === before.chart &&
      replaceEqualDeep(before.layout, after.layout) === before.layout),
);

/** Design width of a chart in SVG units: what the server draws, and the widest the page draws. */
export const DESIGN_WIDTH = 640;
const DESIGN_FIT = { width: DESIGN_WIDTH, rowHeight: undefined };

/** Reserves the chart's space while its code loads (only on client-side renders). */
function ChartPlaceholder({ width, height }: { width: number; height: number }) {
  return <div className="chart-placeholder" style={{ aspectRatio: `${width} / ${height}` }} aria-hidden="true" />;
}

/** Where the tooltip is, and what opened it (a pointer leaving closes only what a pointer opened). */
type Tip = { index: number; by: 'pointer' | 'touch' | 'keyboard' } | null;

function Tooltip({ readout, href, id }: { readout: Readout; href: string | undefined; id: string }) {
  const { t } = useTranslation();
  return (
    <div className="chart-tooltip" role="tooltip" id={id}>
      <p className="chart-tooltip__heading">{readout.heading}</p>
      <dl>
        {readout.rows.map((r) => (
          <div key={r.label} className="chart-tooltip__row">
            <dt>{r.label}</dt>
            <dd>
              {r.text}
              {r.marks.length > 0 && (
                <span className="chart-tooltip__marks">{r.marks.join(t('readout.separator'))}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {href && (
        <KitLink href={href} className="chart-tooltip__link">
          {t('chart.open', { name: readout.heading })}
        </KitLink>
      )}
    </div>
  );
}

export interface BarChartViewProps {
  frame: FrameModel;
  chart: BarChartModel;
  /** Opens a category's page (a click, a tap on the tooltip's link, Enter in the explorer). */
  onNavigate?: (href: string) => void;
}

/**
 * Horizontal bars at a fixed design size that follows its container after mount, with a reading
 * layer over them: hover, tap or the arrow keys show a category's values with their units and
 * marks, and a click or Enter opens its page.
 */
export function BarChartView({ frame, chart: full, onNavigate }: BarChartViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = { language, t };
  const idPrefix = useId().replace(/[^\w-]/g, '');
  const container = useRef<HTMLDivElement>(null);
  const codeLoaded = useChartCodeLoaded();
  // A chart the client mounts (another page, a slide, the big screen's next panel) has no server
  // SVG to show meanwhile: its code loads now, whether or not the reader has acted yet.
  // useHydrated is false on a hydrating component's first render, true on one the client mounts.
  const [mountedByClient] = useState(useHydrated());
  useEffect(() => {
    if (mountedByClient) readerActsNow();
  }, [mountedByClient]);
  const measured = useChartWidth(container, DESIGN_WIDTH);
  // The server's drawing is at the design width: the layout (and the pointer targets over it)
  // keeps to it until the code that can draw another width is here.
  const fit = codeLoaded ? measured : DESIGN_FIT;
  const { chart, sourceIndex } = useMemo(
    () => foldCategories(full, MAX_BARS, (count) => t('chart.others', { count }), { language, t }),
    [full, language, t],
  );
  const layout = useMemo(() => barLayout(chart, fit.width, fit.rowHeight), [chart, fit.width, fit.rowHeight]);
  const [tip, setTip] = useState<Tip>(null);
  const [explorer, setExplorer] = useState<number | null>(null);
  const readout = (i: number) => describeCategory(chart, i, frame.unit, locale);
  const hrefOf = (i: number) => chart.categories[i]?.href;
  const open = (i: number) => {
    const href = hrefOf(i);
    if (href && onNavigate && (sourceIndex[i] ?? -1) >= 0) onNavigate(href);
  };
  const last = chart.categories.length - 1;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = explorer ?? -1;
    const next =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? Math.min(last, current + 1)
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? Math.max(0, current - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (event.key === 'Enter' && explorer !== null) {
      event.preventDefault();
      open(explorer);
      return;
    }
    if (event.key === 'Escape') {
      setTip(null);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    setExplorer(next);
    setTip({ index: next, by: 'keyboard' });
  };

  // Mouse: hover shows, click opens. Touch: a tap shows the tooltip (its link opens the page).
  const pointerType = useRef<string>('mouse');
  const onRowPointer = (i: number) => (event: PointerEvent<HTMLDivElement>) => {
    pointerType.current = event.pointerType;
    if (event.type === 'pointerenter' && event.pointerType === 'mouse') setTip({ index: i, by: 'pointer' });
    if (event.type === 'pointerleave' && event.pointerType === 'mouse') setTip((s) => (s?.by === 'pointer' ? null : s));
  };
  const onRowClick = (i: number) => () => {
    if (pointerType.current === 'mouse') open(i);
    else setTip((s) => (s?.index === i && s.by === 'touch' ? null : { index: i, by: 'touch' }));
  };

  const shown = tip ?? (explorer !== null ? { index: explorer, by: 'keyboard' as const } : null);
  const row = shown ? layout.rows[shown.index] : undefined;
  const pct = (v: number, of: number) => `${(v / of) * 100}%`;
  const optionId = (i: number) => `${idPrefix}-bar-${i}`;
  const tooltipId = `${idPrefix}-tooltip`;
  return (
    <figure className="bar-chart" aria-label={frame.title}>
      <div className="bar-chart__plot" ref={container}>
        <div role="img" aria-label={`${frame.title}. ${frame.summary}`} className="bar-chart__svg">
          <Drawing
            chart={chart}
            layout={layout}
            idPrefix={idPrefix}
            active={shown?.index ?? null}
            codeLoaded={codeLoaded}
          />
        </div>
        <div className="bar-chart__hits" aria-hidden="true">
          {layout.rows.map((r, i) => (
            // Pointer and touch targets only: keyboard readers use the explorer below (same read-out, Enter opens).
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
            <div
              key={chart.categories[i]?.id ?? i}
              className={`bar-chart__hit${hrefOf(i) ? ' bar-chart__hit--link' : ''}`}
              data-category={chart.categories[i]?.id}
              style={{ top: pct(r.y, layout.height), height: pct(r.height, layout.height) }}
              onPointerEnter={onRowPointer(i)}
              onPointerLeave={onRowPointer(i)}
              onPointerDown={onRowPointer(i)}
              onClick={onRowClick(i)}
            />
          ))}
        </div>
        {shown && row && (
          <div
            className="chart-tooltip__anchor"
            style={{
              top: pct(row.y + row.height, layout.height),
              left: pct(layout.plot.x, layout.width),
              maxWidth: `min(22rem, calc(100% - ${pct(layout.plot.x, layout.width)}))`,
            }}
          >
            <Tooltip
              readout={readout(shown.index)}
              href={shown.by === 'touch' ? hrefOf(shown.index) : undefined}
              id={tooltipId}
            />
          </div>
        )}
      </div>
      {/* Keyboard explorer: arrow keys move between bars; the option on screen is read out. */}
      <div className="bar-chart__explorer">
        <div
          className="bar-chart__listbox"
          role="listbox"
          tabIndex={0}
          aria-label={`${frame.title}: ${t('chart.keyboardHint')}`}
          aria-activedescendant={explorer === null ? undefined : optionId(explorer)}
          onKeyDown={onKeyDown}
          onFocus={() => {
            setExplorer((a) => a ?? 0);
            setTip((s) => s ?? { index: explorer ?? 0, by: 'keyboard' });
          }}
          onBlur={() => {
            setExplorer(null);
            setTip((s) => (s?.by === 'keyboard' ? null : s));
          }}
        >
          {chart.categories.map((c, i) => (
            <div key={c.id} id={optionId(i)} role="option" aria-selected={explorer === i} className="visually-hidden">
              {readout(i).sentence}
            </div>
          ))}
        </div>
        <p className="bar-chart__readout" aria-hidden="true">
          {t('chart.keyboardHint')}
        </p>
      </div>
      <figcaption className="bar-chart__legend">
        <Legend entries={frame.legend} label={t('chart.legend')} />
      </figcaption>
    </figure>
  );
}
