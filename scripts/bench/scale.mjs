// Scale: how the data path (parse → validate → table rows → chart series) grows with the number of
// figures, on synthetic datasets shaped like fixtures/datasets/divisions.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { bytes, duration, fmt, median, table } from './stats.mjs';

export const SIZES = [100, 1_000, 10_000, 100_000];
const RUNS = 5;
const TOP_N = 10;
/** Small sizes run in batches of at least this long, so a figure is not timer noise. */
const MIN_BATCH_MS = 20;
/** Stop repeating a step once its runs have taken this long (report fewer runs instead). */
const RUN_BUDGET_MS = 30_000;
/** Skip a step whose single run is projected (quadratically, to be safe) to take longer. */
const SKIP_ABOVE_MS = 120_000;

/** Models are built in a language; the bench's texts need no messages. */
const LOCALE = { language: 'zh', t: (key) => key };

/** The app's own TypeScript, loaded through Vite so that the `@/` alias resolves as in the app. */
async function loadModules(root) {
  const config = {
    root,
    logLevel: 'error',
    resolve: { alias: { '@': join(root, 'src'), '@fixtures': join(root, 'fixtures') } },
  };
  const load = async (file) => (await runnerImport(join(root, file), config)).module;
  return {
    ...(await load('src/data/model/dataset-schema.ts')),
    ...(await load('src/features/counties/model/county-breakdown.ts')),
    ...(await load('src/components/model/top-n.ts')),
    ...(await load('src/components/model/bar-chart.ts')),
    ...(await load('src/components/model/fold-categories.ts')),
    ...(await load('src/components/data-table.tsx')),
    createElement: (await import('react')).createElement,
    renderToString: (await import('react-dom/server')).renderToString,
  };
}

function syntheticUnits(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `unit-${i}`,
    name: { zh: `单位${i}`, en: `Unit ${i}` },
    kind: 'county',
  }));
}

/**
 * A payload of `figureCount` figures: city totals for villages, communities and both, then
 * villages and communities per unit, and sum checks that name every unit's figure. With
 * `remainder`, the last unit's figure is derived as the city total minus every other unit, as
 * divisions.json does for three units.
 */
function syntheticPayload(figureCount, units, template, source, { remainder }) {
  const perUnit = [];
  for (let k = 0; k < figureCount - 3; k += 1) {
    const measure = k % 2 ? 'communities' : 'villages';
    const unit = units[k >> 1].id;
    // Deterministic spread of values 0–996, with ties, so every run sees the same data.
    const value = (k * 7919) % 997;
    perUnit.push(figure(`${measure}.${unit}`, measure, { unit }, value, `${unit}有${value}个`));
  }
  if (remainder) deriveAsRemainder(perUnit.at(-1), perUnit);
  const total = (m) => perUnit.filter((f) => f.measure === m).reduce((s, f) => s + f.value, 0);
  const city = [
    figure('villages.city', 'villages', { scope: 'city' }, total('villages'), '全市村'),
    figure('communities.city', 'communities', { scope: 'city' }, total('communities'), '全市社区'),
    figure(
      'total.city',
      'villages-and-communities',
      { scope: 'city' },
      total('villages') + total('communities'),
      '合计',
    ),
  ];
  const label = { zh: '之和', en: 'Sum' };
  const partsOf = (m) => perUnit.filter((f) => f.measure === m && f.kind === 'stated').map((f) => f.id);
  return {
    ...template,
    id: 'synthetic',
    figures: [...perUnit, ...city],
    checks: [
      { id: 'villages-sum', type: 'sum', label, parts: partsOf('villages'), total: 'villages.city' },
      { id: 'communities-sum', type: 'sum', label, parts: partsOf('communities'), total: 'communities.city' },
      { id: 'total-sum', type: 'sum', label, parts: ['villages.city', 'communities.city'], total: 'total.city' },
    ],
    source,
  };
}

function deriveAsRemainder(last, figures) {
  const others = figures.filter((f) => f.measure === last.measure && f !== last);
  last.kind = 'derived';
  last.derivation = {
    method: 'difference',
    inputs: [`${last.measure}.city`, ...others.map((f) => f.id)],
    explanation: { zh: '全市数减其余各单位', en: 'City total minus the other units' },
  };
}

function figure(id, measure, dims, value, quote) {
  const provenance = { section: '1.1', quote };
  return { id, measure, dims, value, kind: 'stated', status: 'actual', qualifier: 'exact', decimals: 0, provenance };
}

/**
 * Median ms per call of `fn` over RUNS runs, after a warm-up call (which also sizes the batches).
 * Skips the step when `projectedMs` says one call would take too long.
 */
function timeStep(fn, projectedMs) {
  if (projectedMs > SKIP_ABOVE_MS) return { median: Number.NaN, runs: 0, projectedMs };
  const warmUp = timeBatch(fn, 1);
  const batch = Math.max(1, Math.ceil(MIN_BATCH_MS / Math.max(warmUp, 0.001)));
  // A call of seconds is past any JIT warm-up: let the warm-up count as a run.
  const samples = warmUp > 2000 ? [warmUp] : [];
  let spent = warmUp;
  while (samples.length < RUNS && spent < RUN_BUDGET_MS) {
    const ms = timeBatch(fn, batch);
    samples.push(ms);
    spent += ms * batch;
  }
  return { median: median(samples), runs: samples.length };
}

/** ms per call, averaged over a batch of `count` calls. */
function timeBatch(fn, count) {
  const started = performance.now();
  for (let i = 0; i < count; i += 1) fn();
  return (performance.now() - started) / count;
}

/** One `{ id, label, value }` per unit: villages + communities, as table rows' `total`. */
function unitTotals(figures, units) {
  const totals = new Map();
  for (const f of figures) if (f.dims.unit) totals.set(f.dims.unit, (totals.get(f.dims.unit) ?? 0) + f.value);
  return units.map((u) => ({ id: u.id, label: u.name.zh, value: totals.get(u.id) ?? 0 }));
}

/** Runs every size and returns, per size, the timings of each step. */
export async function runScaleBench(root) {
  const m = await loadModules(root);
  const template = JSON.parse(readFileSync(join(root, 'fixtures/datasets/divisions.json'), 'utf8'));
  const source = JSON.parse(readFileSync(join(root, 'fixtures/sources/puyang-mca-2023-188.json'), 'utf8'));
  const steps = {
    'JSON.parse': ({ json }) => JSON.parse(json),
    validation: ({ schema, parsed }) => m.parseOrThrow(schema, parsed, 'synthetic'),
    'validation, all stated': ({ schema, parsedStated }) => m.parseOrThrow(schema, parsedStated, 'synthetic'),
    'table rows': ({ dataset, units }) => m.buildCountyBreakdown(dataset, units).rows,
    [`chart series (top ${TOP_N})`]: ({ series }) => m.topNWithOthers(series, TOP_N, '其他'),
    // What the county chart draws: at most 30 bars, the rest folded into "others".
    'chart bars (folded to 30)': ({ chart }) => m.foldCategories(chart, 30, (n) => `其他${n}项`, LOCALE),
    // The table as HTML: long tables render only the rows in view (plus the spacers).
    'table HTML (virtualised)': ({ series }) =>
      m.renderToString(
        m.createElement(m.DataTable, {
          caption: 't',
          columns: [
            { key: 'label', header: '单位', cell: (r) => r.label },
            { key: 'value', header: '合计', numeric: true, cell: (r) => r.value },
          ],
          rows: series,
          rowKey: (r) => r.id,
        }),
      ),
  };
  const results = [];
  let previous;
  for (const size of SIZES) {
    process.stderr.write(`  scale: ${fmt(size)} figures\n`);
    const units = syntheticUnits(Math.ceil((size - 3) / 2));
    const payload = syntheticPayload(size, units, template, source, { remainder: true });
    const json = JSON.stringify(payload);
    const input = {
      json,
      units,
      parsed: JSON.parse(json),
      parsedStated: syntheticPayload(size, units, template, source, { remainder: false }),
      schema: m.createDatasetPayloadSchema(new Set(units.map((u) => u.id))),
      // The chart's input, what table rows reduce to. Built here in linear time: building the
      // table rows at the largest sizes takes minutes (see the report).
      series: unitTotals(payload.figures, units),
    };
    // The chart's model, as a frame's select builds it: one value per category with its marks.
    input.chart = m.barChart(
      {
        layout: 'stacked',
        categories: input.series.map((r) => ({ id: r.id, label: r.label })),
        series: [
          {
            key: 'total',
            label: '合计',
            color: 'series-1',
            missing: '',
            values: input.series.map((r) => ({
              value: r.value,
              decimals: 0,
              text: String(r.value),
              marks: { kind: 'derived', derivation: 'sum', status: 'actual', qualifier: 'exact' },
              refs: [],
            })),
          },
        ],
      },
      LOCALE,
    );
    input.dataset = m.parseOrThrow(input.schema, input.parsed, 'synthetic');
    const timings = {};
    for (const [name, step] of Object.entries(steps)) {
      // Assume the worst (quadratic) growth from the last size when deciding whether to run.
      const before = previous?.timings[name].median ?? 0;
      const projectedMs = before * (size / (previous?.size ?? size)) ** 2;
      timings[name] = timeStep(() => step(input), projectedMs);
    }
    results.push((previous = { size, units: units.length, bytes: json.length, timings }));
  }
  return results;
}

/** Lines of the scale report: a table, then the growth of per-figure time between sizes. */
export function reportScale(results) {
  const names = Object.keys(results[0].timings);
  const rows = [];
  for (const name of names) {
    for (const r of results) {
      const t = r.timings[name];
      const skipped = t.runs === 0 ? `skipped (projected ≈ ${duration(t.projectedMs)})` : '';
      rows.push([
        r === results[0] ? name : '',
        fmt(r.size),
        fmt(r.units),
        bytes(r.bytes),
        skipped || duration(t.median),
        skipped ? '' : duration(t.median / r.size),
        String(t.runs),
      ]);
    }
    rows.push('-');
  }
  rows.pop();
  const lines = [
    'Synthetic datasets shaped like divisions.json: N figures, villages and communities of about N/2 units,',
    'city totals, sum checks over every unit; "validation" has one figure derived as the city total minus',
    'all other units (as divisions.json does), "validation, all stated" has none. Chart series: top',
    `${TOP_N} units by total + one others row. Median of ${RUNS} runs; small sizes time batches of calls`,
    `(≥ ${MIN_BATCH_MS} ms) and report ms per call.`,
    '',
    ...table(['step', 'figures', 'units', 'JSON', 'median', 'per figure', 'runs'], rows, [
      'l',
      'r',
      'r',
      'r',
      'r',
      'r',
      'r',
    ]),
    '',
    'Growth: per-figure time at 10× the figures ÷ per-figure time before (1 = linear, 10 = quadratic);',
    'exponent k in time ∝ N^k, from the two largest sizes measured.',
  ];
  for (const name of names) lines.push(`  ${growthLine(name, results)}`);
  return lines;
}

function growthLine(name, results) {
  const measured = results.filter((r) => r.timings[name].runs > 0);
  const perFigure = (r) => r.timings[name].median / r.size;
  const ratios = measured.slice(1).map((r, i) => {
    const before = measured[i];
    return {
      label: `${short(before.size)}→${short(r.size)}`,
      ratio: perFigure(r) / perFigure(before),
      step: r.size / before.size,
    };
  });
  const lastRatio = ratios.at(-1);
  if (!lastRatio) return `${name}: not enough sizes measured`;
  const k = 1 + Math.log(lastRatio.ratio) / Math.log(lastRatio.step);
  const verdict = k < 1.15 ? 'linear' : k < 1.5 ? 'slightly superlinear' : k < 1.85 ? 'superlinear' : 'quadratic';
  const ratioText = ratios.map((r) => `${r.label} ×${fmt(r.ratio, 2)}`).join('   ');
  return `${name.padEnd(22)} ${ratioText}   k ≈ ${fmt(k, 2)}: ${verdict}`;
}

const short = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));
