/**
 * A deck as a PowerPoint file, every slide drawn from its frame's FrameModel: a native, editable
 * chart (bars in the page's orientation, from zero, the unit in the axis title, plans and
 * forecasts as series of their own with a fill and legend entry of their own), or the frame's
 * table; the source line and as-of date on the slide; the quoted sentences in the speaker notes;
 * and a title slide. pptxgenjs loads only when this runs.
 */
import { barFill } from '@/components/model/bar-chart';
import { frameSubtitle, slideSubtitle } from '@/components/model/frame';
import type { BarChartModel, FrameModel, ModelValue, SwatchFill, TableModel } from '@/components/model/frame-model';
import { cellText, rowMarks } from '@/components/model/table';
import { valueAxis } from '@/components/model/value-axis';
import { marksWords, type ModelLocale } from '@/components/model/values';
import { PRINT, printColor } from './palette';

export interface DeckSlide {
  model: FrameModel;
  /** The slide shows the frame's table rather than its chart. */
  table: boolean;
  /** The slide's own title, or the frame's. */
  title: string;
  /** "3 / 10". */
  numberLine: string;
  /** The presenter's own notes for the slide; they come first in the speaker notes. */
  presenterNotes?: string;
}

export interface DeckMeta {
  title: string;
  /** Under the title on the title slide: the source and the release. */
  subtitle: readonly string[];
}

/** One series of a native chart: a part of a frame's series that looks one way. */
export interface PptxSeries {
  name: string;
  /** The frame's series this is a part of (its index in the model's chart). */
  of: number;
  /** Hex, without "#". */
  color: string;
  fill: SwatchFill;
  /** One per category, in the chart's order (top to bottom); null where the part has no value. */
  values: (number | null)[];
}

/** What a native chart holds: the frame's categories and values, split by how each value looks. */
export interface PptxChart {
  categories: string[];
  /**
   * In the order PowerPoint takes them. A horizontal chart that is not stacked draws its series
   * bottom up within a category and lists them so in its legend: those go in reversed, so the
   * frame's first series is on top and first in the legend, as on the page.
   */
  series: PptxSeries[];
  /**
   * Stacked: the series add up on one bar. Clustered: a bar per series. Overlaid: the parts of one
   * series (its actual and its plan) share one bar, each category having a value in one part only.
   */
  grouping: 'stacked' | 'clustered' | 'overlaid';
  max: number;
  /** The value axis's title: the unit, with its multiplier (万平方米, 10,000 m²). */
  axisTitle: string;
  decimals: number;
}

const hex = (color: string) => color.replace('#', '').toUpperCase();

/**
 * The chart of a bar frame: each series split by fill (actual, plan, forecast, implied), so a plan
 * never looks like work done, and named so the legend says which is which. Split parts stack onto
 * one bar per category, as on the page.
 */
export function pptxBarChart(model: FrameModel, chart: BarChartModel, locale: ModelLocale): PptxChart {
  const { t } = locale;
  const fills: SwatchFill[] = ['solid', 'hatch', 'dots', 'outline'];
  const fillName: Record<SwatchFill, string> = {
    solid: t('legend.actual'),
    hatch: t('legend.plan'),
    dots: t('legend.forecast'),
    outline: t('legend.inferred'),
  };
  const series: PptxSeries[] = [];
  let split = false;
  for (const [of, s] of chart.series.entries()) {
    // Parts only for the looks the drawn bars have (a zero draws nothing, whatever its marks).
    const drawn = fills.filter((f) => s.values.some((v) => v && v.value > 0 && barFill(v.marks) === f));
    const parts = drawn.length === 0 ? ['solid' as const] : drawn;
    if (parts.length > 1 || parts[0] !== 'solid') split = true;
    const partOf = (v: ModelValue) => (parts.includes(barFill(v.marks)) && v.value > 0 ? barFill(v.marks) : parts[0]);
    for (const fill of parts) {
      const single = chart.series.length === 1;
      const name = single
        ? parts.length === 1 && fill === 'solid'
          ? s.label
          : fillName[fill]
        : fill === 'solid'
          ? s.label
          : `${s.label} · ${fillName[fill]}`;
      series.push({
        name,
        of,
        color: hex(printColor(s.color)),
        fill,
        values: s.values.map((v: ModelValue | null) => (v && partOf(v) === fill ? v.value : null)),
      });
    }
  }
  const decimals = Math.max(0, ...chart.series.flatMap((s) => s.values.map((v) => v?.decimals ?? 0)));
  const grouping: PptxChart['grouping'] =
    chart.series.length === 1
      ? split
        ? 'overlaid'
        : 'clustered'
      : chart.layout === 'stacked'
        ? 'stacked'
        : 'clustered';
  return {
    categories: chart.categories.map((c) => c.label),
    series: grouping === 'stacked' ? series : series.reverse(),
    grouping,
    max: chart.domain[1],
    axisTitle: model.unit ? model.unit.label[locale.language] : '',
    decimals,
  };
}

/**
 * The bar chart a frame of another kind becomes on a slide: a map by its units' values, progress
 * as the part done against the total. Hierarchies and tiles go on slides as tables.
 */
export function slideChart(model: FrameModel, locale: ModelLocale): PptxChart | null {
  const { chart } = model;
  if (chart.kind === 'bar') return pptxBarChart(model, chart, locale);
  const bars = (
    categories: { id: string; label: string; value: ModelValue | null }[],
    label: string,
  ): BarChartModel => ({
    kind: 'bar',
    layout: 'stacked',
    categories: categories.map(({ id, label: name }) => ({ id, label: name })),
    series: [{ key: 'value', label, color: 'series-1', values: categories.map((c) => c.value), missing: '' }],
    extras: [],
    ...valueAxis(Math.max(0, ...categories.map((c) => c.value?.value ?? 0))),
    ticks: [],
    tickLabels: [],
  });
  if (chart.kind === 'map') {
    // The units in the table's order (the document's), each with the value the map colours it by.
    const units = model.table.rows.map((row) => {
      const name = row.cells.unit;
      const value = row.cells.value;
      return {
        id: row.key,
        label: name?.type === 'text' ? name.text : row.key,
        value: value?.type === 'value' ? value.value : null,
      };
    });
    return pptxBarChart(model, bars(units, chart.measureLabel), locale);
  }
  if (chart.kind === 'progress') {
    const parts = [
      { id: 'done', label: chart.done.label, value: chart.done.value },
      { id: 'total', label: chart.total.label, value: chart.total.value },
    ];
    const unit = model.table.rows[0]?.cells.unit;
    return {
      ...pptxBarChart(model, bars(parts, model.title), locale),
      axisTitle: unit?.type === 'text' ? unit.text : '',
    };
  }
  return null;
}

/** What a slide says under its chart: the frame's notes, and for progress the share completed. */
function slideNotes(model: FrameModel): string {
  const { chart } = model;
  const progress = chart.kind === 'progress' ? [`${chart.share.text}% · ${chart.headline}`] : [];
  return [...progress, ...model.notes].join('  ');
}

/** The table of a frame as slide rows: header, then each row's cells as text with their units. */
export function slideTable(table: TableModel, locale: ModelLocale): string[][] {
  return [
    table.columns.map((c) => c.header),
    ...table.rows.map((row) => table.columns.map((c) => cellText(row.cells[c.key], c, locale))),
  ];
}

/** The speaker notes of a slide: what it shows, every figure with its marks and quoted sentence. */
export function speakerNotes(slide: DeckSlide, locale: ModelLocale): string {
  const { t } = locale;
  const { model } = slide;
  const lines = slide.presenterNotes ? [slide.presenterNotes, '', slide.title] : [slide.title];
  const subtitle = frameSubtitle(model);
  if (subtitle) lines.push(subtitle);
  lines.push(model.summary, '');
  for (const c of model.citations) {
    const marks = marksWords(c.marks, t);
    lines.push(
      `${c.label}${t('readout.colon')}${c.text}${marks.length ? t('readout.marks', { marks: marks.join(t('readout.separator')) }) : ''}`,
      `  ${[c.quote && t('frame.quote', { quote: c.quote }), c.section && t('frame.section', { section: c.section }), c.place].filter(Boolean).join(' ')}`,
    );
  }
  const marked = model.table.rows.map((row) => rowMarks(model.table, row, locale)).filter(Boolean);
  if (marked.length > 0) lines.push('', t('exports.marksColumn'), ...marked);
  lines.push('', ...model.notes, model.source?.citation ?? '', model.asOf ?? '', model.release.line);
  return lines.filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n');
}

const FONT = 'Microsoft YaHei';
const TEXT = hex(PRINT.text);
const MUTED = hex(PRINT.muted);

/** DrawingML patterns for the split series: hatched for a plan, dotted for a forecast. */
const PATTERNS: Partial<Record<SwatchFill, string>> = { hatch: 'wdUpDiag', dots: 'pct50', outline: 'dashDnDiag' };

/**
 * What pptxgenjs cannot write, written into its chart XML:
 * - a pattern for the plan and forecast parts: it gives series only solid fills (PptxGenJS#1279);
 *   PowerPoint, WPS and LibreOffice draw the rewritten fill as hatching;
 * - labels past the end of a clustered bar: it drops `outEnd` for clustered bars (the one grouping
 *   that allows it), and LibreOffice centres a label whose place is not written.
 */
export function patchChart(chartXml: string, chart: Pick<PptxChart, 'series' | 'grouping'>): string {
  const patterned = chartXml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const index = Number(/<c:idx val="(\d+)"\/>/.exec(ser)?.[1] ?? -1);
    const s = chart.series[index];
    const pattern = s ? PATTERNS[s.fill] : undefined;
    if (!s || !pattern) return ser;
    return ser.replace(
      /(<c:spPr>\s*)<a:solidFill>[\s\S]*?<\/a:solidFill>/,
      `$1<a:pattFill prst="${pattern}"><a:fgClr><a:srgbClr val="${s.color}"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill>`,
    );
  });
  if (chart.grouping === 'stacked') return patterned;
  return patterned.replace(/(<\/c:txPr>\s*)(<c:showLegendKey)/g, '$1<c:dLblPos val="outEnd"/>$2');
}

/** Builds the deck. */
export async function buildPptx(slides: readonly DeckSlide[], meta: DeckMeta, locale: ModelLocale): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE'; // 13.33 × 7.5 in, 16:9
  pptx.title = meta.title;
  const lang = locale.language === 'zh' ? 'zh-CN' : 'en-US';
  const text = (slide: ReturnType<typeof pptx.addSlide>, content: string, options: Record<string, unknown>) =>
    slide.addText(content, { fontFace: FONT, color: TEXT, lang, ...options });

  const cover = pptx.addSlide();
  text(cover, meta.title, { x: 0.8, y: 2.2, w: 11.7, h: 1.4, fontSize: 40, bold: true });
  text(cover, meta.subtitle.join('\n'), { x: 0.8, y: 3.8, w: 11.7, h: 1.6, fontSize: 18, color: MUTED, valign: 'top' });
  cover.addNotes([meta.title, ...meta.subtitle].join('\n'));

  const charts: PptxChart[] = [];
  for (const s of slides) {
    const slide = pptx.addSlide();
    text(slide, s.title, { x: 0.5, y: 0.25, w: 12.3, h: 0.75, fontSize: 28, bold: true, fit: 'shrink' });
    const subtitle = slideSubtitle(s.model);
    if (subtitle)
      text(slide, subtitle, { x: 0.5, y: 0.95, w: 12.3, h: 0.45, fontSize: 14, color: MUTED, fit: 'shrink' });
    const notes = slideNotes(s.model);
    const bodyHeight = notes ? 4.55 : 4.95;
    const chart = s.table ? null : slideChart(s.model, locale);
    if (chart) {
      // Bars are drawn bottom up: the categories go in reversed, so the first is at the top, as on the page.
      const reversed = <T>(list: readonly T[]) => [...list].reverse();
      const many = chart.categories.length > 6;
      slide.addChart(
        pptx.ChartType.bar,
        chart.series.map((series) => ({
          name: series.name,
          labels: reversed(chart.categories),
          values: reversed(series.values.map((v) => v ?? 0)),
        })),
        {
          x: 0.5,
          y: 1.45,
          w: 12.3,
          h: bodyHeight,
          barDir: 'bar',
          barGrouping: chart.grouping === 'stacked' ? 'stacked' : 'clustered',
          ...(chart.grouping === 'overlaid' ? { barOverlapPct: 100 } : {}),
          barGapWidthPct: 50,
          chartColors: chart.series.map((series) => series.color),
          catAxisLabelFontFace: FONT,
          catAxisLabelFontSize: many ? 14 : 18,
          catAxisLabelColor: TEXT,
          valAxisMinVal: 0,
          valAxisMaxVal: chart.max,
          valAxisLabelFontFace: FONT,
          valAxisLabelFontSize: 14,
          valAxisLabelColor: MUTED,
          valAxisLabelFormatCode: '#,##0',
          ...(chart.axisTitle
            ? {
                showValAxisTitle: true,
                valAxisTitle: chart.axisTitle,
                valAxisTitleFontSize: 14,
                valAxisTitleColor: MUTED,
                valAxisTitleFontFace: FONT,
              }
            : {}),
          valGridLine: { color: hex(PRINT.grid), style: 'solid', size: 1 },
          showValue: true,
          dataLabelFontFace: FONT,
          dataLabelFontSize: many ? 13 : 16,
          // A label past the bar's end (see patchChart), in the text colour, as on the page; inside
          // a stacked part (where PowerPoint allows no other place), white and bold on its colour.
          ...(chart.grouping === 'stacked'
            ? { dataLabelPosition: 'ctr', dataLabelColor: 'FFFFFF', dataLabelFontBold: true }
            : { dataLabelColor: TEXT }),
          dataLabelFormatCode: chart.decimals > 0 ? `#,##0.${'0'.repeat(chart.decimals)};;;` : '#,##0;;;',
          showLegend: chart.series.length > 1,
          legendPos: 'b',
          legendFontFace: FONT,
          legendFontSize: 16,
          legendColor: TEXT,
          lang,
        },
      );
      charts.push(chart);
    } else {
      const rows = slideTable(s.model.table, locale);
      slide.addTable(
        rows.map((row, r) =>
          row.map((cell) => ({ text: cell, options: { bold: r === 0, fontFace: FONT, color: TEXT } })),
        ),
        {
          x: 0.5,
          y: 1.45,
          w: 12.3,
          fontSize: rows.length > 10 ? 11 : 14,
          border: { type: 'solid', pt: 0.5, color: hex(PRINT.grid) },
          autoPage: false,
        },
      );
    }
    if (notes) text(slide, notes, { x: 0.5, y: 6.05, w: 12.3, h: 0.4, fontSize: 13, fit: 'shrink' });
    text(slide, [s.model.source?.line, s.model.asOf].filter(Boolean).join('\n'), {
      x: 0.5,
      y: 6.5,
      w: 10.8,
      h: 0.8,
      fontSize: 13,
      color: MUTED,
      valign: 'top',
      fit: 'shrink',
    });
    text(slide, s.numberLine, { x: 11.3, y: 6.5, w: 1.5, h: 0.5, fontSize: 14, color: MUTED, align: 'right' });
    slide.addNotes(speakerNotes(s, locale));
  }
  const written = await pptx.write({ outputType: 'arraybuffer' });
  // Write what pptxgenjs cannot into each chart (chart parts are numbered in slide order).
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(written);
  const parts = Object.keys(zip.files)
    .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  for (const [i, name] of parts.entries()) {
    const chart = charts[i];
    const file = zip.file(name);
    if (chart && file) zip.file(name, patchChart(await file.async('string'), chart));
  }
  return zip.generateAsync({
    type: 'blob',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}
