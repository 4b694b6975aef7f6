import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { nice, ticks as niceTicks } from 'd3-array';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { useChartWidth } from './use-chart-width';

/** One stacked series: a value per category, with derived values drawn hatched. */
export interface BarSeries {
  key: string;
  label: string;
  color: string;
  values: readonly (number | undefined)[];
  derived: readonly boolean[];
}

export interface StackedBarChartProps {
  /** Accessible name of the chart image. */
  label: string;
  /** A sentence or two that says what the chart shows, for screen readers. */
  summary: string;
  categories: readonly { id: string; label: string }[];
  series: readonly BarSeries[];
  formatValue: (value: number) => string;
  /** Axis tick text, where space is short (e.g. 19万); defaults to `formatValue`. The exact value
   *  is one step away, at the bar's end, in the read-out and in the table. */
  formatTick?: (value: number) => string;
  /** What a screen reader hears, and the readout shows, for the category at `index`. */
  describeCategory: (index: number) => string;
  /** Tells keyboard users how to move between bars. */
  keyboardHint: string;
  /** Text at the end of each bar (e.g. "200余"); defaults to the formatted total. */
  endLabels?: readonly string[];
  /** Side by side instead of stacked. */
  grouped?: boolean;
  /** Legend text for hatched bars (derived or planned values); shown when any bar is hatched. */
  hatchLabel?: string;
  /** Called when a bar is clicked or chosen with Enter in the keyboard explorer. */
  onSelectCategory?: (index: number) => void;
  /** Design width in SVG units; the SVG scales to its container through its viewBox. */
  width?: number;
}

/** Row height and axis height in SVG units; lazy-charts.tsx reserves the same aspect ratio. */
export const ROW_HEIGHT = 36;
const AXIS_HEIGHT = 28;
const FONT_SIZE = 14;

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/**
 * Splits a long label into at most two lines that fit `width` pixels: at spaces for Latin text,
 * anywhere for Chinese (about one em a character). Anything longer ends in "…"; the full label
 * is in the table and the read-out.
 */
export function wrapLabel(label: string, width: number, fontSize = FONT_SIZE): string[] {
  if (CJK.test(label)) {
    const perLine = Math.max(2, Math.floor(width / fontSize));
    if (label.length <= perLine) return [label];
    const second = label.slice(perLine);
    return [label.slice(0, perLine), second.length > perLine ? `${second.slice(0, perLine - 1)}…` : second];
  }
  const maxChars = Math.floor(width / (fontSize * 0.62));
  if (label.length <= maxChars || !label.includes(' ')) return [label];
  const words = label.split(' ');
  let first = '';
  while (words.length > 1 && `${first} ${words[0] ?? ''}`.trim().length <= maxChars)
    first = `${first} ${words.shift() ?? ''}`.trim();
  if (!first) first = words.shift() ?? '';
  const rest = words.join(' ');
  return [first, rest.length > maxChars + 2 ? `${rest.slice(0, maxChars)}…` : rest].filter(Boolean);
}

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value?: unknown };
  labelWidth: number;
}

/** A category label, wrapped onto two lines when long; the full text stays one text node per line. */
function CategoryTick({ x = 0, y = 0, payload, labelWidth }: TickProps) {
  const label = typeof payload?.value === 'string' ? payload.value : '';
  const lines = wrapLabel(label, labelWidth - 8);
  const lineHeight = FONT_SIZE + 1;
  return (
    <text x={x - 6} y={y} textAnchor="end" fontSize={FONT_SIZE} fill="var(--text)">
      {lines.map((line, i) => (
        <tspan key={line} x={x - 6} dy={i === 0 ? (-(lines.length - 1) * lineHeight) / 2 + FONT_SIZE / 3 : lineHeight}>
          {i < lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  );
}

interface ValueTickProps {
  x?: number;
  y?: number;
  payload?: { value?: unknown };
  format: (value: number) => string;
}

/*
 * Recharts' own tick and label text measures every word in the DOM (a forced layout per label)
 * when it is given a width, and drops ticks it thinks would collide. Our labels are short and
 * placed with room to spare, so plain <text> draws the same thing without measuring: cheaper
 * hydration, and the client draws exactly what the server drew.
 */

/** A value-axis tick, centred under its grid line. */
function ValueTick({ x = 0, y = 0, payload, format }: ValueTickProps) {
  const value = typeof payload?.value === 'number' ? payload.value : Number(payload?.value);
  return (
    <text x={x} y={y} dy="0.71em" textAnchor="middle" fontSize={13} fill="var(--text-muted)">
      {Number.isFinite(value) ? format(value) : ''}
    </text>
  );
}

interface EndLabelProps {
  /** The bar's box, given by Recharts. */
  viewBox?: { x?: number; y?: number; width?: number; height?: number };
  value?: unknown;
  format: (value: number) => string;
}

/** The text at a bar's end (its total, or its own value in grouped bars). */
function EndLabel({ viewBox, value, format }: EndLabelProps) {
  const text = typeof value === 'number' ? format(value) : typeof value === 'string' ? value : '';
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox ?? {};
  if (!text) return null;
  return (
    <text
      x={x + width + 5}
      y={y + height / 2}
      dy="0.355em"
      textAnchor="start"
      fontSize={13}
      fontWeight={600}
      fill="var(--text)"
      className="bar-chart__end-label"
    >
      {text}
    </text>
  );
}

/**
 * The value axis: from 0 to a round number at or above `max`, with about five round ticks.
 * Given to Recharts ready-made, it skips its own tick search (arbitrary-precision decimals, a
 * third of a chart's render time in a profile of the overview at 4x CPU).
 */
export function valueAxis(max: number): { domain: [number, number]; ticks: number[] } {
  const top = max > 0 ? (nice(0, max, 5)[1] ?? max) : 1;
  const all = niceTicks(0, top, 5);
  if (all.length <= 5) return { domain: [0, top], ticks: all };
  // At most five labels or so, to stay apart on narrow charts: every other one, the axis ending
  // on a labelled tick.
  const ticks = all.filter((_, i) => i % 2 === 0);
  const last = ticks.at(-1) ?? 0;
  // (toPrecision drops the binary residue of decimal steps: 0.8 + 0.4 is 1.2, not 1.2000000000000002)
  if (last < top) ticks.push(Number((last + 2 * ((all[1] ?? 0) - (all[0] ?? 0))).toPrecision(12)));
  return { domain: [0, ticks.at(-1) ?? top], ticks };
}

/**
 * Horizontal stacked bars rendered at a fixed design size, so the server and the client draw the
 * same SVG (no measuring before first paint); CSS scales it to the frame.
 */
export function StackedBarChart({
  label,
  summary,
  categories,
  series,
  formatValue,
  formatTick = formatValue,
  describeCategory,
  keyboardHint,
  endLabels,
  grouped = false,
  onSelectCategory,
  hatchLabel,
  width: designWidth = 640,
}: StackedBarChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  // The bar the keyboard explorer is on; null while it has no focus.
  const [active, setActive] = useState<number | null>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = categories.length - 1;
    const current = active ?? -1;
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
    if (event.key === 'Enter' && active !== null && onSelectCategory) {
      event.preventDefault();
      onSelectCategory(active);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    setActive(next);
  };
  const width = useChartWidth(container, designWidth);
  // Room for the category labels: wider charts give them more, narrow ones wrap them.
  const labelWidth = width < 420 ? 118 : 150;
  const data = categories.map((c, i) => {
    const row: Record<string, string | number> = { id: c.id, label: c.label };
    let total = 0;
    for (const s of series) {
      const v = s.values[i];
      if (v !== undefined) {
        row[s.key] = v;
        total += v;
      }
    }
    row.__total = total;
    row.__label = endLabels?.[i] ?? formatValue(total);
    return row;
  });
  // The longest bar: the largest total when stacked, the largest single value when grouped.
  const axis = valueAxis(
    grouped
      ? Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)))
      : Math.max(0, ...data.map((row) => Number(row.__total))),
  );
  // Room at the right for the longest end label ("about 1,200"), estimated from its length.
  const endMargin = Math.max(56, ...data.map((row) => String(row.__label ?? '').length * 8 + 12));
  const rowHeight = grouped ? ROW_HEIGHT + 12 * (series.length - 1) : ROW_HEIGHT;
  const height = categories.length * rowHeight + AXIS_HEIGHT + 8;
  const lastKey = series.at(-1)?.key;
  const optionId = (i: number) => `${idPrefix}-bar-${i}`;
  return (
    <figure className="bar-chart" aria-label={label}>
      <div ref={container} role="img" aria-label={`${label}. ${summary}`} className="bar-chart__svg">
        <BarChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: endMargin, bottom: 4, left: 4 }}
          barCategoryGap={6}
        >
          <defs>
            {series.map((s) => (
              <pattern
                key={s.key}
                id={`${idPrefix}-hatch-${s.key}`}
                patternUnits="userSpaceOnUse"
                width="6"
                height="6"
                patternTransform="rotate(45)"
              >
                <rect width="6" height="6" fill="var(--surface)" />
                <line x1="0" y1="0" x2="0" y2="6" stroke={s.color} strokeWidth="3" />
              </pattern>
            ))}
          </defs>
          <CartesianGrid horizontal={false} stroke="var(--grid)" />
          <XAxis
            type="number"
            domain={axis.domain}
            ticks={axis.ticks}
            tickCount={0}
            tick={<ValueTick format={formatTick} />}
            axisLine={false}
            tickLine={false}
            interval={0}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            tick={<CategoryTick labelWidth={labelWidth} />}
            axisLine={false}
            tickLine={false}
            interval={0}
          />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              {...(grouped ? {} : { stackId: 'stack' })}
              fill={s.color}
              isAnimationActive={false}
              {...(onSelectCategory
                ? { onClick: (_: unknown, index: number) => onSelectCategory(index), cursor: 'pointer' }
                : {})}
            >
              {categories.map((c, i) => (
                <Cell
                  key={c.id}
                  fill={s.derived[i] ? `url(#${idPrefix}-hatch-${s.key})` : s.color}
                  fillOpacity={active === null || active === i ? 1 : 0.3}
                />
              ))}
              {(grouped || s.key === lastKey) && (
                <LabelList dataKey={grouped ? s.key : '__label'} content={<EndLabel format={formatValue} />} />
              )}
            </Bar>
          ))}
        </BarChart>
      </div>
      {/* Keyboard explorer: arrow keys move between bars; the active option is read out. */}
      <div className="bar-chart__explorer">
        <div
          className="bar-chart__listbox"
          role="listbox"
          tabIndex={0}
          aria-label={`${label}: ${keyboardHint}`}
          aria-activedescendant={active === null ? undefined : optionId(active)}
          onKeyDown={onKeyDown}
          onFocus={() => setActive((a) => a ?? 0)}
          onBlur={() => setActive(null)}
        >
          {categories.map((c, i) => (
            <div key={c.id} id={optionId(i)} role="option" aria-selected={active === i} className="visually-hidden">
              {describeCategory(i)}
            </div>
          ))}
        </div>
        <p className="bar-chart__readout" aria-hidden="true">
          {active === null ? keyboardHint : describeCategory(active)}
        </p>
      </div>
      <figcaption className="bar-chart__legend">
        {hatchLabel && series.some((s) => s.derived.some(Boolean)) && (
          <span className="legend-item">
            <svg className="legend-swatch" width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" rx="2" fill={`url(#${idPrefix}-hatch-${series[0]?.key ?? ''})`} />
            </svg>
            {hatchLabel}
          </span>
        )}
        {series.map((s) => (
          <span key={s.key} className="legend-item">
            {/* An SVG swatch, not a style attribute, so a strict CSP needs no inline styles here. */}
            <svg className="legend-swatch" width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" rx="2" fill={s.color} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
