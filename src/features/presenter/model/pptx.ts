import type { FrameCell, FrameTable } from '@/features/datasets/model/frame-table';

/** One slide of an exported deck, as plain data (the app builds it from the frame catalogue). */
export interface ExportSlide {
  title: string;
  table: FrameTable;
  /** "Source: issuer, title, date". */
  sourceLine: string;
  /** "Data as of …". */
  asOfLine: string;
  /** "3 / 10". */
  numberLine: string;
}

export interface ExportMeta {
  title: string;
  /** BCP 47 tag of the text (zh-CN, en). */
  lang: string;
}

/** What a native chart of a frame's table holds: the same figures as the page. */
export interface ChartData {
  categories: string[];
  series: { key: string; name: string; values: number[] }[];
  /** Rows left out of the chart because their unit differs (e.g. a % among sums); listed as text. */
  omitted: { label: string; text: string }[];
  /** Decimals the values need (for the number format). */
  decimals: number;
}

const cellText = (cell: FrameCell | undefined) => (cell === null || cell === undefined ? '' : String(cell));

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : Math.min(4, text.length - dot - 1);
}

/**
 * The chart of a frame's table: categories are the first column's text, one series per numeric
 * column the frame's chart draws. A table listing figures of several units keeps in the chart the
 * rows in the first row's unit, so one axis never mixes 亿元 and %; the others become text.
 */
export function chartData(table: FrameTable): ChartData {
  const first = table.columns[0]?.key ?? '';
  // A `unit` column after the first is the unit of measurement (in a county table, the first
  // column is the administrative unit).
  const unitColumn = table.columns.slice(1).some((c) => c.key === 'unit') ? 'unit' : null;
  const unit = unitColumn ? table.rows[0]?.cells[unitColumn] : undefined;
  const charted = table.rows.filter((r) => !unitColumn || r.cells[unitColumn] === unit);
  const omitted = table.rows
    .filter((r) => !charted.includes(r))
    .map((r) => ({
      label: cellText(r.cells[first]),
      text: table.series
        .map((k) => `${cellText(r.cells[k])}${unitColumn ? cellText(r.cells[unitColumn]) : ''}`)
        .join(' · '),
    }));
  const series = table.series.map((key) => ({
    key,
    name: table.columns.find((c) => c.key === key)?.header ?? key,
    values: charted.map((r) => {
      const v = r.cells[key];
      return typeof v === 'number' && Number.isFinite(v) ? v : 0;
    }),
  }));
  const decimals = Math.max(0, ...series.flatMap((s) => s.values.map(decimalsOf)));
  return { categories: charted.map((r) => cellText(r.cells[first])), series, omitted, decimals };
}

// Colours as in the projector theme: dark, saturated, told apart with colour-vision deficiencies.
const SERIES_COLORS = ['00508A', 'B34700', '2E7D32', '6A1B9A'];
const TEXT = '000000';
const MUTED = '1F2328';
const FONT = 'Microsoft YaHei';

/**
 * Builds the deck as a .pptx with native, editable bar charts (PowerPoint and WPS can restyle
 * them), a title and the source line on each slide. pptxgenjs loads only when this runs.
 */
export async function buildPptx(slides: readonly ExportSlide[], meta: ExportMeta): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in, 16:9
  pptx.title = meta.title;
  for (const s of slides) {
    const slide = pptx.addSlide();
    slide.addText(s.title, {
      x: 0.5,
      y: 0.3,
      w: 12.3,
      h: 0.9,
      fontFace: FONT,
      fontSize: 30,
      bold: true,
      color: TEXT,
      lang: meta.lang,
    });
    const data = chartData(s.table);
    const chartHeight = data.omitted.length > 0 ? 4.6 : 5.1;
    const many = data.categories.length > 6;
    slide.addChart(
      pptx.ChartType.bar,
      data.series.map((series) => ({ name: series.name, labels: data.categories, values: series.values })),
      {
        x: 0.5,
        y: 1.3,
        w: 12.3,
        h: chartHeight,
        // Columns: categories left to right in the table's order, as listed on the page.
        barDir: 'col',
        barGrouping: data.series.length > 1 ? 'stacked' : 'clustered',
        chartColors: SERIES_COLORS.slice(0, Math.max(1, data.series.length)),
        catAxisLabelFontFace: FONT,
        catAxisLabelFontSize: many ? 14 : 18,
        catAxisLabelColor: TEXT,
        valAxisLabelFontFace: FONT,
        valAxisLabelFontSize: 14,
        valAxisLabelColor: MUTED,
        valAxisLabelFormatCode: '#,##0',
        valGridLine: { color: '8C959F', style: 'solid', size: 1 },
        showValue: true,
        dataLabelFontFace: FONT,
        dataLabelFontSize: many ? 14 : 18,
        dataLabelColor: TEXT,
        dataLabelFormatCode: data.decimals > 0 ? `#,##0.${'0'.repeat(data.decimals)}` : '#,##0',
        showLegend: data.series.length > 1,
        legendPos: 'b',
        legendFontFace: FONT,
        legendFontSize: 16,
        legendColor: TEXT,
        lang: meta.lang,
      },
    );
    if (data.omitted.length > 0)
      slide.addText(data.omitted.map((o) => `${o.label}: ${o.text}`).join('    '), {
        x: 0.5,
        y: 5.95,
        w: 12.3,
        h: 0.45,
        fontFace: FONT,
        fontSize: 16,
        color: TEXT,
        lang: meta.lang,
      });
    slide.addText([{ text: s.sourceLine, options: { breakLine: true } }, { text: s.asOfLine }], {
      x: 0.5,
      y: 6.45,
      w: 10.8,
      h: 0.85,
      fontFace: FONT,
      fontSize: 14,
      color: MUTED,
      valign: 'top',
      lang: meta.lang,
    });
    slide.addText(s.numberLine, {
      x: 11.3,
      y: 6.45,
      w: 1.5,
      h: 0.5,
      fontFace: FONT,
      fontSize: 14,
      color: MUTED,
      align: 'right',
    });
  }
  const out = await pptx.write({ outputType: 'blob' });
  if (out instanceof Blob) return out;
  return new Blob(
    [typeof out === 'string' ? out : new Uint8Array(out instanceof ArrayBuffer ? out : (out.buffer as ArrayBuffer))],
    {
      type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    },
  );
}
