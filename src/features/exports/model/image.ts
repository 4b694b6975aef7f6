/** Presentation properties copied from the page onto each element of an exported chart. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The drawing size of an SVG: its viewBox, else its width and height attributes, else its box. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  if (width > 0 && height > 0) return { width, height };
  const rect = svg.getBoundingClientRect();
  return { width: Math.round(rect.width), height: Math.round(rect.height) };
}

/**
 * A standalone copy of a chart drawn on the page: the theme's CSS (variables, classes) is resolved
 * into inline styles, since a downloaded SVG has no stylesheet.
 */
export function standaloneSvg(
  svg: SVGSVGElement,
  placement?: { x: number; y: number; width: number; height: number },
): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const to = [clone, ...Array.from(clone.querySelectorAll('*'))];
  from.forEach((element, i) => {
    const target = to[i];
    if (!target) return;
    const computed = getComputedStyle(element);
    const style = STYLE_PROPERTIES.map((p) => [p, computed.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '')
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    target.setAttribute('style', style);
    target.removeAttribute('class');
  });
  // Interactive parts of the page (focus rings, tooltips) are not part of the picture.
  clone.querySelectorAll('[role="tooltip"], .recharts-tooltip-cursor').forEach((n) => n.remove());
  clone.setAttribute('xmlns', SVG_NS);
  if (placement) {
    const { width, height } = svgSize(svg);
    if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
    for (const [name, value] of Object.entries(placement)) clone.setAttribute(name, String(value));
  }
  return new XMLSerializer().serializeToString(clone);
}

/** Rough advance of a character at a font size: full width for CJK, about half for Latin. */
const charWidth = (c: string, size: number) => (/[\u2E80-\uFFEF]/.test(c) ? size : size * 0.56);

/**
 * Breaks a line of text to fit `width` at a font size (an SVG <text> does not wrap): at spaces
 * for Latin script, between any two CJK characters.
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const tokens = text.match(/[\u2E80-\uFFEF]|[^\s\u2E80-\uFFEF]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const token of tokens) {
    const w = [...token].reduce((sum, c) => sum + charWidth(c, size), 0);
    if (used + w > width && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
      if (/^\s+$/.test(token)) continue;
    }
    line += token;
    used += w;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

export interface ImageText {
  title: string;
  /** Lines under the chart: source, as-of date, release. */
  footer: readonly string[];
  background: string;
  foreground: string;
  fontFamily: string;
}

/** The chart with its title above and its source and date below, as one SVG document. */
export function composeChartImage(chart: SVGSVGElement, text: ImageText): ChartImage {
  const { width: chartWidth, height: chartHeight } = svgSize(chart);
  const pad = 24;
  const titleSize = 20;
  const footSize = 13;
  const width = Math.round(chartWidth + pad * 2);
  const chartTop = pad + titleSize + 16;
  const footTop = chartTop + chartHeight + 12;
  const footLines = text.footer.flatMap((line) => wrapText(line, width - pad * 2, footSize));
  const height = Math.round(footTop + footLines.length * (footSize + 6) + pad);
  const font = escapeXml(text.fontFamily);
  const inner = standaloneSvg(chart, { x: pad, y: chartTop, width: chartWidth, height: chartHeight });
  const footer = footLines
    .map(
      (line, i) =>
        `<text x="${pad}" y="${footTop + (i + 1) * (footSize + 6)}" font-size="${footSize}" fill="${escapeXml(text.foreground)}">${escapeXml(line)}</text>`,
    )
    .join('');
  const svg =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">` +
    `<rect width="100%" height="100%" fill="${escapeXml(text.background)}"/>` +
    `<text x="${pad}" y="${pad + titleSize}" font-size="${titleSize}" font-weight="700" fill="${escapeXml(text.foreground)}">${escapeXml(text.title)}</text>` +
    inner +
    footer +
    `</svg>`;
  return { svg, width, height };
}

/** Rasterises an SVG document at `scale` × its size (2× for sharp slides and print). */
export async function svgToPng(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
