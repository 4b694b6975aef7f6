import { barFill, endLabel } from './bar-chart';
import type { BarChartModel, SwatchFill } from './frame-model';
import { textWidth, wrapText } from './text-layout';

/** Type sizes of a chart, in SVG units (the drawing scales with its container). */
export const LABEL_SIZE = 14;
export const TICK_SIZE = 13;
const LINE_HEIGHT = LABEL_SIZE + 2;
/** Height of a category's band with one line of label (denser on slides), and of the value axis under the bars. */
export const ROW_HEIGHT = 36;
export const AXIS_HEIGHT = 28;
const MARGIN = { top: 4, bottom: 4, left: 4 };
/** Space between a category's label and its bars. */
const LABEL_GAP = 8;
/** Space between a band's edge and its bars. */
const BAR_GAP = 6;
const MAX_LABEL_LINES = 3;

export interface BarLayout {
  width: number;
  height: number;
  /** The area the bars are drawn in. */
  plot: { x: number; y: number; width: number; height: number };
  labelWidth: number;
  /** Space right of the plot for the end labels. */
  endMargin: number;
  /** Per category: its band, and its label wrapped to fit (`truncated`: the full text is elsewhere). */
  rows: { y: number; height: number; lines: string[]; truncated: boolean }[];
  bars: { series: number; category: number; x: number; y: number; width: number; height: number; fill: SwatchFill }[];
  /** Text at the ends of the bars. */
  ends: { x: number; y: number; text: string }[];
  ticks: { x: number; label: string }[];
}

/**
 * Where everything of a horizontal bar chart goes, at a given width: labels on the left (wrapped,
 * never cut at the edge), bars from zero, end labels, ticks. The page's overlay and the image
 * outputs use it, so a tooltip row and an exported bar sit where the chart draws them.
 */
export function barLayout(chart: BarChartModel, width: number, baseRowHeight = ROW_HEIGHT): BarLayout {
  const { categories, series } = chart;
  const grouped = chart.layout === 'grouped' && series.length > 1;
  // Labels get what their longest line needs, between a fifth and two fifths of the width.
  const widest = Math.max(0, ...categories.map((c) => textWidth(c.label, LABEL_SIZE)));
  const labelWidth = Math.ceil(Math.min(width * 0.4, Math.max(width * 0.2, 60, Math.min(widest, 170) + LABEL_GAP)));
  const wrapped = categories.map((c) => wrapText(c.label, labelWidth - LABEL_GAP, LABEL_SIZE, MAX_LABEL_LINES));
  const maxLines = Math.max(1, ...wrapped.map((w) => w.lines.length));
  const barRows = grouped ? series.length : 1;
  const rowHeight = Math.max(baseRowHeight + 12 * (barRows - 1), maxLines * LINE_HEIGHT + 6);
  const endTexts = series.flatMap((_, s) => categories.map((__, c) => endLabel(chart, s, c)));
  const endMargin = Math.round(Math.max(48, ...endTexts.map((t) => textWidth(t, TICK_SIZE) + 14)));
  const plot = {
    x: MARGIN.left + labelWidth,
    y: MARGIN.top,
    width: Math.max(40, width - MARGIN.left - labelWidth - endMargin),
    height: categories.length * rowHeight,
  };
  const height = plot.y + plot.height + AXIS_HEIGHT + MARGIN.bottom;
  const [, max] = chart.domain;
  const x = (v: number) => plot.x + (max > 0 ? (Math.max(0, v) / max) * plot.width : 0);
  const rows = categories.map((_, i) => ({
    y: plot.y + i * rowHeight,
    height: rowHeight,
    lines: wrapped[i]?.lines ?? [],
    truncated: wrapped[i]?.truncated ?? false,
  }));
  const bars: BarLayout['bars'] = [];
  const ends: BarLayout['ends'] = [];
  const thickness = grouped ? (rowHeight - 2 * BAR_GAP) / series.length : rowHeight - 2 * BAR_GAP;
  rows.forEach((row, c) => {
    let stacked = 0;
    series.forEach((s, si) => {
      const v = s.values[c];
      const y = row.y + BAR_GAP + (grouped ? si * thickness : 0);
      const from = grouped ? 0 : stacked;
      const to = from + (v?.value ?? 0);
      if (v)
        bars.push({
          series: si,
          category: c,
          x: x(from),
          y,
          width: x(to) - x(from),
          height: thickness,
          fill: barFill(v.marks),
        });
      if (!grouped) stacked = to;
      const text = endLabel(chart, si, c);
      if (text) ends.push({ x: x(to) + 5, y: y + thickness / 2, text });
    });
  });
  return {
    width,
    height,
    plot,
    labelWidth,
    endMargin,
    rows,
    bars,
    ends,
    ticks: chart.ticks.map((tick, i) => ({ x: x(tick), label: chart.tickLabels[i] ?? '' })),
  };
}
