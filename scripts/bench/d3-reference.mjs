// The "hand-written d3" reference of issue #20: the county chart as a d3 developer would write it
// by hand (d3-scale for the axes, the DOM for the rest, the figures inlined in the script), built
// with Vite from the same fixtures as the app, so "as fast as d3" is checked in the same run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { FLOOR_DIR } from './pages.mjs';

export const D3_PATH = `/${FLOOR_DIR}/d3/`;

/** Villages and communities per county-level unit, in the units file's order, with zh names. */
export function countyFigures(root) {
  const units = JSON.parse(readFileSync(join(root, 'fixtures', 'units.json'), 'utf8')).units;
  const divisions = JSON.parse(readFileSync(join(root, 'fixtures', 'datasets', 'divisions.json'), 'utf8'));
  const value = (measure, unit) =>
    divisions.figures.find((f) => f.measure === measure && f.dims?.unit === unit)?.value ?? 0;
  return units
    .map((u) => ({ name: u.name.zh, villages: value('villages', u.id), communities: value('communities', u.id) }))
    .filter((u) => u.villages + u.communities > 0);
}

// The chart's code, run in the browser. Horizontal stacked bars, a value axis with ticks, the
// unit names, a legend and end labels: what the app's county chart shows before any interaction.
const CHART_SOURCE = `
import { scaleBand, scaleLinear } from 'd3-scale';
import { max } from 'd3-array';

const data = __FIGURES__;
const width = 640, height = 360, margin = { top: 28, right: 48, bottom: 28, left: 120 };
const ns = 'http://www.w3.org/2000/svg';
const el = (name, attrs, parent, text) => {
  const node = document.createElementNS(ns, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  parent.appendChild(node);
  return node;
};
const total = (d) => d.villages + d.communities;
const x = scaleLinear().domain([0, max(data, total)]).nice().range([margin.left, width - margin.right]);
const y = scaleBand().domain(data.map((d) => d.name)).range([margin.top, height - margin.bottom]).padding(0.25);
const svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': '各县（区）村和社区数量', 'data-bench-chart': '' }, document.getElementById('chart'));
svg.style.width = '100%';
for (const t of x.ticks(5)) {
  el('line', { x1: x(t), x2: x(t), y1: margin.top, y2: height - margin.bottom, stroke: '#ddd' }, svg);
  el('text', { x: x(t), y: height - 8, 'text-anchor': 'middle', 'font-size': 11 }, svg, t.toLocaleString('zh-CN'));
}
for (const d of data) {
  const row = el('g', { transform: 'translate(0,' + y(d.name) + ')' }, svg);
  el('text', { x: margin.left - 6, y: y.bandwidth() / 2, dy: '0.35em', 'text-anchor': 'end', 'font-size': 12 }, row, d.name);
  el('rect', { x: x(0), width: x(d.villages) - x(0), height: y.bandwidth(), fill: '#2b6cb0' }, row);
  el('rect', { x: x(d.villages), width: x(total(d)) - x(d.villages), height: y.bandwidth(), fill: '#dd6b20' }, row);
  el('text', { x: x(total(d)) + 4, y: y.bandwidth() / 2, dy: '0.35em', 'font-size': 11 }, row, total(d).toLocaleString('zh-CN'));
}
[['村', '#2b6cb0'], ['社区', '#dd6b20']].forEach(([label, color], i) => {
  el('rect', { x: margin.left + i * 70, y: 8, width: 12, height: 12, fill: color }, svg);
  el('text', { x: margin.left + i * 70 + 16, y: 18, 'font-size': 12 }, svg, label);
});
`;

const HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>各县（区）村和社区数量 (d3)</title></head>
<body><h1>各县（区）村和社区数量</h1><div id="chart" style="max-width:960px"></div>
<script type="module" src="./chart.js"></script></body></html>
`;

/** Builds the reference page into dist/__bench/d3/ and returns its URL path. */
export async function writeD3Page(root, dist) {
  const work = mkdtempSync(join(tmpdir(), 'bench-d3-'));
  try {
    writeFileSync(join(work, 'index.html'), HTML);
    writeFileSync(join(work, 'chart.js'), CHART_SOURCE.replace('__FIGURES__', JSON.stringify(countyFigures(root))));
    await build({
      configFile: false,
      root: work,
      base: D3_PATH,
      logLevel: 'silent',
      build: { outDir: join(dist, D3_PATH), emptyOutDir: true, modulePreload: false, reportCompressedSize: false },
      // d3 comes from the project's node_modules (Recharts brings d3-scale and d3-array).
      plugins: [
        { name: 'project-modules', resolveId: (id) => (id.startsWith('d3-') ? resolveFromRoot(root, id) : null) },
      ],
    });
    return D3_PATH;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A bare d3 import resolved from the project, since the build's root is a temporary directory. */
function resolveFromRoot(root, id) {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules', id, 'package.json'), 'utf8'));
  return join(root, 'node_modules', id, pkg.module ?? pkg.main);
}
