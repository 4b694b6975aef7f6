import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { barFill, endLabel } from '../model/bar-chart';
import { AXIS_HEIGHT, LABEL_SIZE, TICK_SIZE, type BarLayout } from '../model/bar-layout';
import type { BarChartModel } from '../model/frame-model';
import { colorVar, fillProps, FillPatterns } from '../swatch';

export interface RechartsBarsProps {
  chart: BarChartModel;
  layout: BarLayout;
  /** Prefix of the fill patterns' ids (unique on the page). */
  idPrefix: string;
  /** The category the reader is on: the others dim. */
  active: number | null;
}

/*
 * Recharts' own tick and label text measures every word in the DOM (a forced layout per label)
 * when it is given a width, and drops ticks it thinks would collide. The layout has already placed
 * and wrapped every label, so plain <text> draws them: cheaper hydration, and the client draws
 * exactly what the server drew.
 */

interface TickProps {
  x?: number;
  y?: number;
  index?: number;
  payload?: { value?: unknown };
}

/** A category's label, left-aligned in its column (so it is never cut at the edge), wrapped by the layout. */
function CategoryTick({ y = 0, index = 0, layout }: TickProps & { layout: BarLayout }) {
  const lines = layout.rows[index]?.lines ?? [];
  const lineHeight = LABEL_SIZE + 2;
  return (
    <text x={4} y={y} fontSize={LABEL_SIZE} fill="var(--text)" className="bar-chart__category">
      {lines.map((line, i) => (
        <tspan key={i} x={4} dy={i === 0 ? (-(lines.length - 1) * lineHeight) / 2 + LABEL_SIZE / 3 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A value-axis tick, centred under its grid line. */
function ValueTick({ x = 0, y = 0, payload, labels }: TickProps & { labels: ReadonlyMap<number, string> }) {
  const value = Number(payload?.value);
  return (
    <text x={x} y={y} dy="0.71em" textAnchor="middle" fontSize={TICK_SIZE} fill="var(--text-muted)">
      {labels.get(value) ?? ''}
    </text>
  );
}

interface EndLabelProps {
  viewBox?: { x?: number; y?: number; width?: number; height?: number };
  index?: number;
  text: (index: number) => string;
}

/** The text at a bar's end, with a halo so a grid line behind it never cuts through it. */
function EndLabel({ viewBox, index = 0, text }: EndLabelProps) {
  const label = text(index);
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox ?? {};
  if (!label) return null;
  return (
    <text
      x={x + width + 5}
      y={y + height / 2}
      dy="0.355em"
      textAnchor="start"
      fontSize={TICK_SIZE}
      fontWeight={600}
      fill="var(--text)"
      stroke="var(--surface)"
      strokeWidth={4}
      paintOrder="stroke"
      className="bar-chart__end-label"
    >
      {label}
    </text>
  );
}

/**
 * The bars, drawn by Recharts at the layout's fixed size: the server and the client draw the same
 * SVG, and CSS scales it to the frame. Bars start at zero; plans are hatched, forecasts dotted,
 * implied values outlined, as the legend says.
 */
export function RechartsBars({ chart, layout, idPrefix, active }: RechartsBarsProps) {
  const stacked = chart.layout === 'stacked';
  const data = chart.categories.map((c, i) => {
    const row: Record<string, string | number | undefined> = { label: c.label };
    for (const s of chart.series) row[s.key] = s.values[i]?.value;
    return row;
  });
  const tickLabels = new Map(chart.ticks.map((tick, i) => [tick, chart.tickLabels[i] ?? '']));
  return (
    <BarChart
      width={layout.width}
      height={layout.height}
      data={data}
      layout="vertical"
      margin={{ top: layout.plot.y, right: layout.endMargin, bottom: 4, left: 4 }}
      barCategoryGap={6}
      barGap={0}
    >
      <defs>
        {chart.series.map((s) => (
          <FillPatterns key={s.key} id={`${idPrefix}-${s.key}`} color={colorVar(s.color)} />
        ))}
      </defs>
      <CartesianGrid horizontal={false} stroke="var(--grid)" />
      <XAxis
        type="number"
        domain={[...chart.domain]}
        ticks={[...chart.ticks]}
        tickCount={0}
        height={AXIS_HEIGHT}
        tick={<ValueTick labels={tickLabels} />}
        axisLine={false}
        tickLine={false}
        interval={0}
        allowDataOverflow
      />
      <YAxis
        type="category"
        dataKey="label"
        width={layout.labelWidth}
        tick={<CategoryTick layout={layout} />}
        axisLine={false}
        tickLine={false}
        interval={0}
      />
      {chart.series.map((s, si) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          fill={colorVar(s.color)}
          isAnimationActive={false}
          {...(stacked ? { stackId: 'stack' } : {})}
        >
          {chart.categories.map((c, i) => {
            const value = s.values[i];
            return (
              <Cell
                key={c.id}
                {...fillProps(value ? barFill(value.marks) : 'solid', colorVar(s.color), `${idPrefix}-${s.key}`)}
                fillOpacity={active === null || active === i ? 1 : 0.3}
              />
            );
          })}
          <LabelList content={<EndLabel text={(i) => endLabel(chart, si, i)} />} />
        </Bar>
      ))}
    </BarChart>
  );
}
