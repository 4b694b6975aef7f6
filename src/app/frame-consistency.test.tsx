/**
 * Every frame, in both languages, in its page's views: the on-screen table, the CSV, the XLSX, the
 * JSON, the SVG image and the PowerPoint chart must say what its FrameModel says (categories and
 * values, unit and scale, legend, the three marks, the citation), every bar must start at zero,
 * and nothing English may carry Chinese but quoted sentences and names marked as Chinese.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { barFill } from '@/components/model/bar-chart';
import { frameSubtitle } from '@/components/model/frame';
import type { FrameModel, Marks, ModelValue, TableCell } from '@/components/model/frame-model';
import { cellText, rowMarks } from '@/components/model/table';
import { ModelTable } from '@/components/model-table';
import type { Language } from '@/lib/i18n';
import type { FrameView } from '@/frames/definition';
import { toCsv } from '@/outputs/csv';
import { frameJson } from '@/outputs/json';
import { buildPptx, slideChart, type DeckSlide } from '@/outputs/pptx';
import { sheetRows, viewSheet } from '@/outputs/sheet';
import { frameSvg } from '@/outputs/svg';
import { toXlsx } from '@/outputs/xlsx';
import { historyFixtureData, modelOf, testLocale } from '@/testing/frame-models';
import type { HistoryData } from '@/frames/definition';
import { DEFAULT_VIEW_STATE } from '@/lib/url-state';
import { renderWithProviders } from '@/testing/test-utils';
import { CHART_FRAMES, TILE_FRAMES } from './frames';

/** Each frame in the views its page offers (the NBS city frame needs a city). */
const CASES: { id: string; view: Partial<FrameView>; label: string }[] = [...CHART_FRAMES, ...TILE_FRAMES].flatMap(
  (definition) => {
    const views: Partial<FrameView>[] =
      definition.id === 'nbs-city'
        ? [{ city: '4101' }, { city: '4109' }]
        : definition.id === 'nbs-rank'
          ? // The province ranking (31 rows; longer tables draw only the rows in view).
            [{}, { city: '4109', measure: 'villages', from: 2020 }]
          : definition.id === 'nbs-trend' || definition.id === 'nbs-change'
            ? [{}, { city: '4101', measure: 'villages', to: 2021, rank: 'percent' }]
            : definition.id === 'nbs-county-changes'
              ? [{}, { county: '410928', q: '寨' }]
              : definition.controls?.includes('measure')
                ? [{}, { measure: 'villages' }, { measure: 'communities' }]
                : definition.controls?.includes('sort')
                  ? [{}, { sort: 'total', layout: 'grouped' }]
                  : [{}];
    return views.map((view) => ({ id: definition.id, view, label: `${definition.id} ${JSON.stringify(view)}` }));
  },
);
const definitionOf = (id: string) => {
  const found = [...CHART_FRAMES, ...TILE_FRAMES].find((f) => f.id === id);
  if (!found) throw new Error(id);
  return found;
};

// Change-over-time frames read files that load asynchronously: loaded once, before the cases run.
const HISTORY = new Map<string, HistoryData>();
for (const { id, view, label } of CASES) {
  const wants = definitionOf(id).needs.history?.({ ...DEFAULT_VIEW_STATE, ...view });
  if (wants) HISTORY.set(label, await historyFixtureData(wants));
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const marksAttr = (m: Marks) => `${m.kind}${m.derivation ? `:${m.derivation}` : ''}|${m.status}|${m.qualifier}`;
const rounded = (v: ModelValue) => Number(v.value.toFixed(v.decimals));
/** Text without the spaces line breaks may have taken. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** A CSV as rows of fields (RFC 4180, as the app writes it). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    rows.at(-1)?.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push([]);
      i += 1;
    } else field += c;
  }
  rows.pop();
  return rows;
}

/** What a sheet cell holds for a model cell: a number rounded to its decimals, or the text. */
const expectedSheetCell = (cell: TableCell | undefined) =>
  !cell ? null : cell.type === 'value' ? rounded(cell.value) : cell.text;

/** Every string in a model that English output may not write in Chinese (quotes and native names are marked). */
function englishStrings(value: unknown, key = ''): string[] {
  // Quoted sentences, names marked as Chinese, and the Chinese half of two-language texts.
  if (key === 'quote' || key === 'native' || key === 'zh' || key === 'path') return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => englishStrings(v));
  // A name given in Chinese on purpose (a committee's), marked as such: `native` says it is the Chinese name.
  if (value && typeof value === 'object' && 'native' in value && 'text' in value && value.native === value.text)
    return Object.entries(value)
      .filter(([k]) => k !== 'text')
      .flatMap(([k, v]) => englishStrings(v, k));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => englishStrings(v, k));
  return [];
}

/** The names and sentences an English file may carry in Chinese because the model marks them so. */
function markedChinese(model: FrameModel): string[] {
  const names = model.chart.kind === 'bar' ? model.chart.categories.flatMap((c) => (c.native ? [c.native] : [])) : [];
  const cells = model.table.rows.flatMap((r) =>
    Object.values(r.cells).flatMap((c) => (c.type === 'text' && c.native ? [c.native] : [])),
  );
  return [...names, ...cells, ...model.citations.flatMap((c) => (c.quote ? [c.quote] : []))].sort(
    (a, b) => b.length - a.length,
  );
}
const withoutMarked = (text: string, model: FrameModel) =>
  markedChinese(model).reduce((t, marked) => t.split(marked).join(''), text);

describe.each(['zh', 'en'] as const)('every frame in %s', (language: Language) => {
  const locale = testLocale(language);

  describe.each(CASES)('$label', ({ id, view, label }) => {
    const model = modelOf(definitionOf(id), language, view, HISTORY.get(label));

    it('shows on screen the table of its model: every value with its unit and marks, every name', async () => {
      const { container, unmount } = await renderWithProviders(<ModelTable table={model.table} />, language);
      const rows = [...container.querySelectorAll('tbody tr')];
      expect(rows).toHaveLength(model.table.rows.length);
      model.table.rows.forEach((row, r) => {
        const cells = [...(rows[r]?.querySelectorAll('th, td') ?? [])];
        model.table.columns.forEach((column, c) => {
          const cell = row.cells[column.key];
          const element = cells[c];
          if (!cell || !element) throw new Error(`${row.key}.${column.key} is missing`);
          if (cell.type !== 'value') {
            expect(element.textContent?.startsWith(cell.text), `${row.key}.${column.key}`).toBe(true);
            return;
          }
          const figure = element.querySelector('.figure');
          expect(figure?.firstChild?.textContent, `${row.key}.${column.key}`).toBe(cellText(cell, column, locale));
          expect(figure?.getAttribute('data-refs')).toBe(cell.value.refs.join(' ') || null);
          const { marks } = cell.value;
          expect(figure?.classList.contains(marks.kind === 'stated' ? 'figure--stated' : 'figure--derived')).toBe(true);
          const badges = [...(figure?.querySelectorAll('.badge') ?? [])].map((b) => b.textContent);
          if (marks.derivation === 'inferred') expect(badges).toContain(locale.t('marks.inferred'));
          if (marks.status !== 'actual') expect(badges).toContain(locale.t(`marks.${marks.status}`));
        });
      });
      unmount();
    });

    it('writes the same table to CSV, with its marks, unit, citation and release', () => {
      const sheet = viewSheet(model, locale);
      const rows = parseCsv(toCsv(sheetRows(sheet)).replace(/^\uFEFF/, ''));
      const [header, ...rest] = rows;
      expect(header).toEqual([...sheet.header]);
      model.table.columns.forEach((column, c) => {
        expect(header?.[c]?.startsWith(column.header)).toBe(true);
        if (column.unit && column.unit.id !== 'item') expect(header?.[c]).toContain(column.unit.label[language]);
      });
      model.table.rows.forEach((row, r) => {
        const line = rest[r] ?? [];
        model.table.columns.forEach((column, c) => {
          const expected = expectedSheetCell(row.cells[column.key]);
          expect(line[c], `${row.key}.${column.key}`).toBe(expected === null ? '' : String(expected));
        });
        expect(line[model.table.columns.length]).toBe(rowMarks(model.table, row, locale));
      });
      const notes = rest.slice(model.table.rows.length + 1).map((l) => l[1]);
      if (model.source) expect(notes).toContain(model.source.citation);
      expect(notes).toContain(model.release.line);
      if (language === 'en') expect(rows.flat().filter((f) => CJK.test(withoutMarked(f, model)))).toEqual([]);
    });

    it('writes the same numbers to XLSX', async () => {
      const blob = await toXlsx({
        dataName: model.title,
        data: viewSheet(model, locale),
        sourceName: 'source',
        source: [],
      });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await blob.arrayBuffer());
      const sheet = workbook.worksheets[0]!;
      model.table.rows.forEach((row, r) =>
        model.table.columns.forEach((column, c) => {
          const value = sheet.getRow(r + 2).getCell(c + 1).value;
          expect(value ?? null, `${row.key}.${column.key}`).toBe(expectedSheetCell(row.cells[column.key]));
        }),
      );
    });

    it('writes its model to JSON: categories, values with their marks and figures, unit, legend, citations', () => {
      const json = JSON.parse(frameJson(model)) as Record<string, unknown> & {
        chart: { kind: string; categories?: unknown; series?: { values: (ModelValue | null)[] }[] };
      };
      expect(json.table).toEqual(model.table);
      expect(json.legend).toEqual(model.legend);
      expect(json.citations).toEqual(model.citations);
      expect(json.unit).toEqual(model.unit && { id: model.unit.id, scale: model.unit.scale, label: model.unit.label });
      if (model.chart.kind === 'bar') {
        expect(json.chart.categories).toEqual(model.chart.categories);
        expect(json.chart.series?.map((s) => s.values)).toEqual(model.chart.series.map((s) => s.values));
      }
      if (language === 'en') expect(englishStrings(json).filter((s) => CJK.test(s))).toEqual([]);
    });

    it('draws the same values, from zero, in its SVG image, with its legend, unit and citation', () => {
      const { svg } = frameSvg(model, locale);
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const all = doc.documentElement.textContent ?? '';
      expect(squash(all)).toContain(squash(model.title));
      const subtitle = frameSubtitle(model);
      if (subtitle) expect(squash(all)).toContain(squash(subtitle));
      if (model.source) expect(squash(all)).toContain(squash(model.source.line));
      expect(squash(all)).toContain(squash(model.release.line));
      expect([...doc.querySelectorAll('.legend-entry')].map((e) => e.textContent)).toEqual(
        model.legend.map((e) => e.label),
      );
      const { chart } = model;
      if (chart.kind === 'bar') {
        const bars = [...doc.querySelectorAll('rect.bar')];
        // Category by category, each category's series in order.
        const expected = chart.categories.flatMap((c, i) =>
          chart.series.flatMap((s) => {
            const v = s.values[i];
            return v
              ? [
                  {
                    series: s.key,
                    category: c.id,
                    value: String(v.value),
                    marks: marksAttr(v.marks),
                    fill: barFill(v.marks),
                  },
                ]
              : [];
          }),
        );
        expect(
          bars.map((b) => ({
            series: b.getAttribute('data-series'),
            category: b.getAttribute('data-category'),
            value: b.getAttribute('data-value'),
            marks: b.getAttribute('data-marks'),
            fill: b.getAttribute('fill')?.includes('hatch')
              ? 'hatch'
              : b.getAttribute('fill')?.includes('dots')
                ? 'dots'
                : b.getAttribute('stroke-dasharray')
                  ? 'outline'
                  : 'solid',
          })),
        ).toEqual(expected);
        // From zero: the first tick is 0, and no bar starts left of it.
        const ticks = [...doc.querySelectorAll('text.tick')];
        expect(ticks[0]?.textContent).toBe(chart.tickLabels[0]);
        expect(chart.domain[0]).toBe(0);
        const zero = Number(ticks[0]?.getAttribute('x'));
        const byCategory = new Map<string, number>();
        for (const b of bars) {
          const c = b.getAttribute('data-category') ?? '';
          byCategory.set(c, Math.min(byCategory.get(c) ?? Infinity, Number(b.getAttribute('x'))));
        }
        for (const x of byCategory.values()) expect(x).toBeCloseTo(zero, 6);
      } else if (chart.kind === 'map') {
        for (const area of [...chart.areas, ...chart.zones]) {
          const drawn = doc.querySelector(`[data-area="${area.id}"][data-value]`);
          expect(drawn?.getAttribute('data-value')).toBe(area.value ? String(area.value.value) : null);
          expect(drawn?.getAttribute('data-marks')).toBe(area.value ? marksAttr(area.value.marks) : null);
        }
        expect([...doc.querySelectorAll('text.color-key')].slice(1).map((e) => e.textContent)).toEqual(
          chart.classes.map((c) => c.label),
        );
      } else {
        const drawn = [...doc.querySelectorAll('[data-value]')].map((e) => [
          e.getAttribute('data-value'),
          e.getAttribute('data-marks'),
        ]);
        const values =
          chart.kind === 'tiles'
            ? chart.tiles.map((t) => t.value)
            : chart.kind === 'progress'
              ? [chart.total.value, chart.done.value]
              : chart.tiers.flatMap((t) => [t.node.value, ...t.beside.map((n) => n.value)]);
        expect(drawn).toEqual(values.map((v) => [String(v.value), marksAttr(v.marks)]));
      }
      if (language === 'en') {
        const texts = [...doc.querySelectorAll('text, title, desc')].map((e) =>
          withoutMarked(e.textContent ?? '', model),
        );
        expect(texts.filter((t) => CJK.test(t))).toEqual([]);
      }
    });

    it('becomes a PowerPoint chart of the same values, or a table of the same cells', () => {
      const chart = slideChart(model, locale);
      if (!chart) {
        expect(['hierarchy', 'tiles']).toContain(model.chart.kind);
        return;
      }
      // Each of the model's values is in exactly one part of its series (actual, plan, forecast…).
      const values =
        model.chart.kind === 'bar'
          ? model.chart.series.map((s) => s.values)
          : model.chart.kind === 'map'
            ? [model.table.rows.map((r) => (r.cells.value?.type === 'value' ? r.cells.value.value : null))]
            : model.chart.kind === 'progress'
              ? [[model.chart.done.value, model.chart.total.value]]
              : [];
      expect(new Set(chart.series.map((p) => p.of))).toEqual(new Set(values.map((_, s) => s)));
      values.forEach((series, s) =>
        series.forEach((value, c) => {
          const own = chart.series.filter((p) => p.of === s);
          expect(own.every((p) => p.values.length === series.length)).toBe(true);
          const sum = own.reduce((total, p) => total + (p.values[c] ?? 0), 0);
          expect(sum, `series ${s} category ${c}`).toBeCloseTo(value?.value ?? 0, 6);
        }),
      );
      // Not stacked, PowerPoint lists series bottom up: they go in reversed, the first last.
      const order = chart.series.map((p) => p.of);
      expect(order).toEqual([...order].sort((a, b) => (chart.grouping === 'stacked' ? a - b : b - a)));
      const fills = new Set(values.flat().flatMap((v) => (v && v.value > 0 ? [barFill(v.marks)] : [])));
      for (const fill of fills) expect(chart.series.some((p) => p.fill === fill)).toBe(true);
      if (model.unit) expect(chart.axisTitle).toBe(model.unit.label[language]);
    });
  });
});

/** The chart part of a slide, through the slide's relationships. */
async function chartOfSlide(zip: JSZip, slide: number): Promise<string | undefined> {
  const rels = (await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)?.async('string')) ?? '';
  const target = /Target="[^"]*\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1];
  return target ? zip.file(`ppt/charts/${target}`)?.async('string') : undefined;
}
async function notesOfSlide(zip: JSZip, slide: number): Promise<string> {
  const rels = (await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)?.async('string')) ?? '';
  const target = /Target="[^"]*\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
  return (target ? await zip.file(`ppt/notesSlides/${target}`)?.async('string') : '') ?? '';
}
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, t]) => t ?? '');
const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe.each(['zh', 'en'] as const)('the PowerPoint file of every chart frame, in %s', (language: Language) => {
  it('draws horizontal bars from zero with the unit on the axis, patterned plans, and the quotes in the notes', async () => {
    const locale = testLocale(language);
    const slides: DeckSlide[] = CHART_FRAMES.map((definition, i) => {
      const model = modelOf(
        definition,
        language,
        definition.id === 'nbs-city' ? { city: '4101' } : {},
        HISTORY.get(`${definition.id} {}`),
      );
      return { model, table: false, title: model.title, numberLine: `${i + 1} / ${CHART_FRAMES.length}` };
    });
    const blob = await buildPptx(slides, { title: 'Deck', subtitle: ['x'] }, locale);
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    for (const [i, slide] of slides.entries()) {
      const number = i + 2; // slide 1 is the title slide
      const chart = slideChart(slide.model, locale);
      const xml = await chartOfSlide(zip, number);
      const notes = unescape(texts(await notesOfSlide(zip, number)).join('\n'));
      for (const citation of slide.model.citations) expect(notes, slide.model.id).toContain(citation.quote);
      const slideText = unescape(
        texts((await zip.file(`ppt/slides/slide${number}.xml`)?.async('string')) ?? '').join(''),
      );
      expect(slideText).toContain(slide.model.title);
      if (slide.model.source) expect(slideText).toContain(slide.model.source.line);
      if (language === 'en') expect(CJK.test(withoutMarked(slideText, slide.model)), slide.model.id).toBe(false);
      if (!chart) {
        expect(xml, slide.model.id).toBeUndefined();
        continue;
      }
      expect(xml, slide.model.id).toBeDefined();
      const part = xml ?? '';
      expect(part).toContain('<c:barDir val="bar"/>');
      expect(/<c:valAx>[\s\S]*?<c:min val="0"\/>/.test(part), `${slide.model.id}: value axis from 0`).toBe(true);
      if (chart.axisTitle) expect(unescape(texts(part).join(''))).toContain(chart.axisTitle);
      // Categories, drawn bottom up: listed in reverse.
      const categories = [...part.matchAll(/<c:cat>[\s\S]*?<\/c:cat>/g)][0]?.[0] ?? '';
      const labels = [...categories.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map(([, v]) => unescape(v ?? ''));
      expect(labels).toEqual([...chart.categories].reverse());
      const values = [...part.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].map(([, v]) =>
        [...(v ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map(([, n]) => Number(n)),
      );
      expect(values).toEqual(chart.series.map((s) => [...s.values].reverse().map((v) => v ?? 0)));
      const names = [...part.matchAll(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/g)].map(([, n]) => unescape(n ?? ''));
      expect(names).toEqual(chart.series.map((s) => s.name));
      // Every value labelled where it can be read: past the bar's end in the text colour, or white
      // and bold inside a stacked part; the parts of one series share its bar.
      expect(part).toContain(chart.grouping === 'stacked' ? '<c:dLblPos val="ctr"/>' : '<c:dLblPos val="outEnd"/>');
      if (chart.grouping === 'stacked')
        expect(part).toMatch(/<c:dLbls>[\s\S]*?<a:defRPr[^>]*b="1"[\s\S]*?<a:srgbClr val="FFFFFF"/);
      if (chart.grouping === 'overlaid') expect(part).toContain('<c:overlap val="100"/>');
      for (const [index, series] of chart.series.entries())
        if (series.fill === 'hatch' || series.fill === 'dots') {
          const ser = [...part.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)][index]?.[0] ?? '';
          expect(ser, `${slide.model.id}: ${series.name} is patterned`).toContain('<a:pattFill');
        }
    }
  }, 60_000);
});
