/**
 * A frame as a standalone SVG image, drawn from its FrameModel (not copied from the page): title,
 * subtitle, the chart from zero with its legend or colour key, notes, source, as-of date and
 * release. Every bar and area carries its value, marks and figure references, so the file can
 * be checked against the table it came from.
 */
import { barFill } from '@/components/model/bar-chart';
import { barLayout, LABEL_SIZE, TICK_SIZE } from '@/components/model/bar-layout';
import { describeCategory } from '@/components/model/describe';
import { foldCategories, MAX_BARS } from '@/components/model/fold-categories';
import { frameSubtitle } from '@/components/model/frame';
import type {
  BarChartModel,
  FrameModel,
  HierarchyChartModel,
  LegendEntry,
  MapChartModel,
  Marks,
  ModelValue,
  ProgressChartModel,
  SwatchFill,
  TilesChartModel,
} from '@/components/model/frame-model';
import { textWidth, wrapText } from '@/components/model/text-layout';
import type { ModelLocale } from '@/components/model/values';
import { PRINT, printColor } from './palette';

export interface FrameImage {
  svg: string;
  width: number;
  height: number;
}

/** Width of an image in SVG units; a PNG is drawn at twice this. */
export const IMAGE_WIDTH = 720;
const PAD = 24;
const INNER = IMAGE_WIDTH - 2 * PAD;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const attrs = (a: Record<string, string | number | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
    .join(' ');

const text = (x: number, y: number, content: string, a: Record<string, string | number | undefined> = {}) =>
  `<text ${attrs({ x, y, ...a })}>${escapeXml(content)}</text>`;

/** `stated|actual|exact`, `derived:sum|plan|exact`: a value's marks in one attribute. */
const marksAttr = (m: Marks) => `${m.kind}${m.derivation ? `:${m.derivation}` : ''}|${m.status}|${m.qualifier}`;
const valueAttrs = (v: ModelValue | null) =>
  v ? { 'data-value': v.value, 'data-marks': marksAttr(v.marks), 'data-refs': v.refs.join(' ') } : {};

/** The hatch and dot patterns of one colour. */
function patterns(id: string, color: string): string {
  return (
    `<pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${PRINT.background}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${color}" stroke-width="3"/></pattern>` +
    `<pattern id="${id}-dots" patternUnits="userSpaceOnUse" width="5" height="5">` +
    `<rect width="5" height="5" fill="${PRINT.background}"/><circle cx="2.5" cy="2.5" r="1.6" fill="${color}"/></pattern>`
  );
}

function fillAttrs(fill: SwatchFill, color: string, id: string): Record<string, string | number> {
  if (fill === 'hatch') return { fill: `url(#${id}-hatch)`, stroke: color, 'stroke-width': 1 };
  if (fill === 'dots') return { fill: `url(#${id}-dots)`, stroke: color, 'stroke-width': 1 };
  if (fill === 'outline')
    return { fill: PRINT.background, stroke: color, 'stroke-width': 2, 'stroke-dasharray': '4 2' };
  return { fill: color };
}

/** Lines of wrapped text from `y`, returning the SVG and the height used. */
function paragraph(content: string, y: number, size: number, a: Record<string, string | number> = {}) {
  const lines = wrapText(content, INNER, size).lines;
  const lineHeight = Math.round(size * 1.4);
  const svg = lines.map((line, i) => text(PAD, y + size + i * lineHeight, line, { 'font-size': size, ...a })).join('');
  return { svg, height: lines.length * lineHeight };
}

interface Drawn {
  svg: string;
  height: number;
}

function barSvg(model: FrameModel, chart: BarChartModel, locale: ModelLocale, top: number): Drawn {
  const layout = barLayout(chart, INNER);
  const out: string[] = [`<g transform="translate(${PAD} ${top})" class="chart chart--bar">`];
  out.push(`<defs>${chart.series.map((s, i) => patterns(`s${i}`, printColor(s.color))).join('')}</defs>`);
  const { plot } = layout;
  for (const tick of layout.ticks) {
    out.push(`<line ${attrs({ x1: tick.x, x2: tick.x, y1: plot.y, y2: plot.y + plot.height, stroke: PRINT.grid })}/>`);
    out.push(
      text(tick.x, plot.y + plot.height + 16, tick.label, {
        'font-size': TICK_SIZE,
        fill: PRINT.muted,
        'text-anchor': 'middle',
        class: 'tick',
      }),
    );
  }
  layout.rows.forEach((row, i) => {
    const mid = row.y + row.height / 2;
    const lineHeight = LABEL_SIZE + 2;
    row.lines.forEach((line, l) =>
      out.push(
        text(4, mid + LABEL_SIZE / 3 + (l - (row.lines.length - 1) / 2) * lineHeight, line, {
          'font-size': LABEL_SIZE,
          fill: PRINT.text,
          class: 'category',
          'data-category': chart.categories[i]?.id,
        }),
      ),
    );
  });
  for (const bar of layout.bars) {
    const series = chart.series[bar.series];
    const value = series?.values[bar.category] ?? null;
    if (!series || !value) continue;
    const readout = describeCategory(chart, bar.category, model.unit, locale);
    out.push(
      `<rect ${attrs({
        x: bar.x,
        y: bar.y,
        width: Math.max(0, bar.width),
        height: bar.height,
        ...fillAttrs(barFill(value.marks), printColor(series.color), `s${bar.series}`),
        class: 'bar',
        'data-series': series.key,
        'data-category': chart.categories[bar.category]?.id,
        ...valueAttrs(value),
      })}><title>${escapeXml(readout.sentence)}</title></rect>`,
    );
  }
  for (const end of layout.ends)
    out.push(
      text(end.x, end.y + TICK_SIZE * 0.36, end.text, {
        'font-size': TICK_SIZE,
        'font-weight': 600,
        fill: PRINT.text,
        stroke: PRINT.background,
        'stroke-width': 4,
        'paint-order': 'stroke',
        class: 'end-label',
      }),
    );
  out.push('</g>');
  return { svg: out.join(''), height: layout.height };
}

function mapSvg(chart: MapChartModel, top: number): Drawn {
  const scale = Math.min(1, (INNER * 0.62) / chart.width);
  const mapWidth = chart.width * scale;
  const out: string[] = [`<g class="chart chart--map"><g transform="translate(${PAD} ${top}) scale(${scale})">`];
  for (const a of chart.areas)
    out.push(
      `<path ${attrs({ d: a.path, fill: PRINT.map[a.colorClass], stroke: PRINT.background, 'stroke-width': 1.5, 'data-area': a.id, ...valueAttrs(a.value) })}><title>${escapeXml(`${a.label}: ${a.value?.text ?? ''}`)}</title></path>`,
    );
  for (const a of chart.areas) {
    const [x, y] = a.labelAt;
    const lines = [a.label, a.value?.text ?? ''];
    const w = Math.max(...lines.map((l) => textWidth(l, 12))) + 10;
    out.push(
      `<rect ${attrs({ x: x - w / 2, y: y - 13, width: w, height: 31, rx: 4, fill: PRINT.background, opacity: 0.92 })}/>`,
    );
    out.push(
      text(x, y, lines[0] ?? '', { 'font-size': 12, 'font-weight': 600, fill: PRINT.text, 'text-anchor': 'middle' }),
    );
    out.push(
      text(x, y + 14, lines[1] ?? '', {
        'font-size': 12,
        'font-weight': 600,
        fill: PRINT.text,
        'text-anchor': 'middle',
      }),
    );
  }
  out.push('</g>');
  // The zones without boundaries, then the colour key, beside the map.
  const side = PAD + mapWidth + 16;
  const sideWidth = IMAGE_WIDTH - PAD - side;
  let y = top;
  for (const z of chart.zones) {
    out.push(
      `<rect ${attrs({ x: side, y, width: sideWidth, height: 30, rx: 4, fill: PRINT.map[z.colorClass], stroke: PRINT.muted, 'data-area': z.id, ...valueAttrs(z.value) })}/>`,
    );
    out.push(
      `<rect ${attrs({ x: side + 6, y: y + 6, width: sideWidth - 12, height: 18, rx: 3, fill: PRINT.background, opacity: 0.9 })}/>`,
    );
    out.push(text(side + 10, y + 19, z.label, { 'font-size': 12, fill: PRINT.text }));
    out.push(
      text(side + sideWidth - 10, y + 19, z.value?.text ?? '', {
        'font-size': 12,
        'font-weight': 600,
        fill: PRINT.text,
        'text-anchor': 'end',
      }),
    );
    y += 36;
  }
  const note = wrapText(chart.zonesNote, sideWidth, 11).lines;
  note.forEach((line, i) => out.push(text(side, y + 12 + i * 15, line, { 'font-size': 11, fill: PRINT.muted })));
  y += note.length * 15 + 12;
  out.push(
    text(side, y + 12, chart.measureLabel, {
      'font-size': 12,
      'font-weight': 600,
      fill: PRINT.text,
      class: 'color-key',
    }),
  );
  y += 18;
  chart.classes.forEach((c, i) => {
    out.push(
      `<rect ${attrs({ x: side, y: y + i * 20, width: 14, height: 14, fill: PRINT.map[i], stroke: PRINT.muted, 'stroke-width': 0.5 })}/>`,
    );
    out.push(text(side + 20, y + i * 20 + 12, c.label, { 'font-size': 12, fill: PRINT.text, class: 'color-key' }));
  });
  y += chart.classes.length * 20;
  const mapBottom = top + chart.height * scale;
  const bottom = Math.max(mapBottom, y) + 8;
  const credit = wrapText(chart.attribution, INNER, 11).lines;
  credit.forEach((line, i) => out.push(text(PAD, bottom + 12 + i * 15, line, { 'font-size': 11, fill: PRINT.muted })));
  out.push('</g>');
  return { svg: out.join(''), height: bottom - top + credit.length * 15 + 8 };
}

function progressSvg(chart: ProgressChartModel, top: number): Drawn {
  const done = chart.total.value.value > 0 ? Math.min(1, chart.done.value.value / chart.total.value.value) : 0;
  const head = wrapText(`${chart.share.text}% · ${chart.headline}`, INNER, 18).lines;
  const out = [`<g class="chart chart--progress">`];
  head.forEach((line, i) =>
    out.push(text(PAD, top + 20 + i * 26, line, { 'font-size': 18, 'font-weight': 700, fill: PRINT.text })),
  );
  const barTop = top + head.length * 26 + 10;
  out.push(
    `<rect ${attrs({ x: PAD, y: barTop, width: INNER, height: 24, rx: 4, fill: PRINT.grid, ...valueAttrs(chart.total.value) })}/>`,
  );
  out.push(
    `<rect ${attrs({ x: PAD, y: barTop, width: INNER * done, height: 24, rx: 4, fill: PRINT.series['series-1'], ...valueAttrs(chart.done.value) })}/>`,
  );
  out.push(text(PAD, barTop + 44, `${chart.done.label} ${chart.done.quantity}`, { 'font-size': 13, fill: PRINT.text }));
  out.push(
    text(PAD, barTop + 64, `${chart.total.label} ${chart.total.quantity}`, { 'font-size': 13, fill: PRINT.text }),
  );
  out.push('</g>');
  return { svg: out.join(''), height: barTop - top + 72 };
}

function hierarchySvg(chart: HierarchyChartModel, top: number): Drawn {
  const out = [`<g class="chart chart--hierarchy">`];
  let y = top;
  chart.tiers.forEach((tier, i) => {
    const x = PAD + i * 24;
    for (const [j, node] of [tier.node, ...tier.beside].entries()) {
      const line = `${node.value.text}  ${node.label}`;
      out.push(
        `<rect ${attrs({ x: x + (j > 0 ? 16 : 0), y, width: Math.min(INNER - i * 24, textWidth(line, 14) + 24), height: 30, rx: 6, fill: PRINT.background, stroke: PRINT.series['series-1'], ...valueAttrs(node.value) })}/>`,
      );
      out.push(text(x + (j > 0 ? 28 : 12), y + 20, line, { 'font-size': 14, fill: PRINT.text }));
      y += 38;
    }
  });
  out.push('</g>');
  return { svg: out.join(''), height: y - top };
}

function tilesSvg(chart: TilesChartModel, top: number): Drawn {
  const columns = 3;
  const gap = 12;
  const w = (INNER - gap * (columns - 1)) / columns;
  const h = 96;
  const out = [`<g class="chart chart--tiles">`];
  chart.tiles.forEach((tile, i) => {
    const x = PAD + (i % columns) * (w + gap);
    const y = top + Math.floor(i / columns) * (h + gap);
    out.push(
      `<rect ${attrs({ x, y, width: w, height: h, rx: 6, fill: PRINT.background, stroke: PRINT.grid, ...valueAttrs(tile.value) })}/>`,
    );
    wrapText(tile.label, w - 20, 12, 2).lines.forEach((line, l) =>
      out.push(text(x + 10, y + 20 + l * 15, line, { 'font-size': 12, fill: PRINT.muted })),
    );
    out.push(
      text(x + 10, y + 64, wrapText(tile.quantity, w - 20, 20, 1).lines[0] ?? '', {
        'font-size': 20,
        'font-weight': 700,
        fill: PRINT.text,
      }),
    );
    out.push(
      text(x + 10, y + 84, wrapText(tile.meta, w - 20, 11, 1).lines[0] ?? '', { 'font-size': 11, fill: PRINT.muted }),
    );
  });
  out.push('</g>');
  return { svg: out.join(''), height: Math.ceil(chart.tiles.length / columns) * (h + gap) };
}

/** The legend as swatches in rows, each entry drawn as its bars are. */
function legendSvg(entries: readonly LegendEntry[], top: number): Drawn {
  if (entries.length === 0) return { svg: '', height: 0 };
  const out = [
    `<g class="legend"><defs>${entries.map((e, i) => patterns(`l${i}`, printColor(e.color))).join('')}</defs>`,
  ];
  let x = PAD;
  let y = top;
  entries.forEach((e, i) => {
    const w = 14 + 6 + textWidth(e.label, 13) + 18;
    if (x + w > IMAGE_WIDTH - PAD && x > PAD) {
      x = PAD;
      y += 22;
    }
    out.push(
      `<rect ${attrs({ x: x + 1, y: y + 1, width: 12, height: 12, rx: 2, ...fillAttrs(e.fill, printColor(e.color), `l${i}`) })}/>`,
    );
    out.push(
      text(x + 20, y + 12, e.label, { 'font-size': 13, fill: PRINT.text, class: 'legend-entry', 'data-legend': e.key }),
    );
    x += w;
  });
  out.push('</g>');
  return { svg: out.join(''), height: y - top + 22 };
}

/** The frame as an SVG image: everything a reader needs to read and cite the chart without the page. */
export function frameSvg(model: FrameModel, locale: ModelLocale): FrameImage {
  const parts: string[] = [];
  let y = PAD;
  const add = (drawn: Drawn, gap = 8) => {
    parts.push(drawn.svg);
    y += drawn.height + (drawn.height > 0 ? gap : 0);
  };
  add(paragraph(model.title, y, 20, { 'font-weight': 700, fill: PRINT.text, class: 'title' }), 4);
  const subtitle = frameSubtitle(model);
  if (subtitle) add(paragraph(subtitle, y, 13, { fill: PRINT.muted, class: 'subtitle' }), 12);
  const { chart } = model;
  if (chart.kind === 'bar') {
    const folded = foldCategories(chart, MAX_BARS, (count) => locale.t('chart.others', { count }), locale).chart;
    add(barSvg(model, folded, locale, y), 10);
  } else if (chart.kind === 'map') add(mapSvg(chart, y), 10);
  else if (chart.kind === 'progress') add(progressSvg(chart, y), 10);
  else if (chart.kind === 'hierarchy') add(hierarchySvg(chart, y), 10);
  else add(tilesSvg(chart, y), 10);
  add(legendSvg(model.legend, y), 10);
  for (const note of model.notes) add(paragraph(note, y, 12, { fill: PRINT.text, class: 'note' }), 4);
  const footer = [model.source?.line, model.asOf, model.release.line].filter((l): l is string => !!l);
  for (const line of footer) add(paragraph(line, y, 12, { fill: PRINT.muted, class: 'footer' }), 2);
  const height = Math.round(y + PAD - 2);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}" ` +
    `font-family="${escapeXml(PRINT.font)}" lang="${model.language === 'zh' ? 'zh-CN' : 'en'}" role="img" aria-label="${escapeXml(`${model.title}. ${model.summary}`)}">` +
    `<title>${escapeXml(model.title)}</title><desc>${escapeXml(model.summary)}</desc>` +
    `<rect width="100%" height="100%" fill="${PRINT.background}"/>` +
    parts.join('') +
    `</svg>`;
  return { svg, width: IMAGE_WIDTH, height };
}
