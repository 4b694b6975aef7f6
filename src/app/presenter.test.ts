import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPptx, chartData, type ExportSlide } from '@/features/presenter/model/pptx';
import { parseDeck, serializeDeck } from '@/features/presenter/model/deck';
import { createI18n } from '@/lib/i18n';
import { datasetPayload } from '@/testing/fixtures';
import { findFrame } from './frames';
import { DEFAULT_DECK, isFrame, slideMeta, slideTitle } from './presenter';

const i18n = createI18n('zh');
const t = i18n.t.bind(i18n);

function exportSlides(): ExportSlide[] {
  return DEFAULT_DECK.entries.map((entry, i) => {
    const spec = findFrame(entry.frame);
    if (!spec) throw new Error(entry.frame);
    const meta = slideMeta(entry, datasetPayload(spec.datasetId), t, 'zh');
    return { title: slideTitle(entry, t), ...meta, numberLine: `${i + 1} / ${DEFAULT_DECK.entries.length}` };
  });
}

/** The numbers in a chart part's value caches (`<c:val>`), series by series. */
function chartValues(xml: string): number[][] {
  return [...xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].map(([, val]) =>
    [...(val ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map(([, v]) => Number(v)),
  );
}

describe('the default deck', () => {
  it('names only frames of the catalogue and survives its own URL encoding', () => {
    expect(DEFAULT_DECK.entries.every((e) => isFrame(e.frame))).toBe(true);
    expect(parseDeck(serializeDeck(DEFAULT_DECK), { isFrame })).toEqual(DEFAULT_DECK);
  });

  it('gives every slide a source line and an as-of date', () => {
    for (const slide of exportSlides()) {
      expect(slide.sourceLine).toMatch(/^来源：濮阳市民政局/);
      expect(slide.asOfLine).toMatch(/^数据(截至|发布于)\d{4}年/);
    }
  });
});

describe('buildPptx', () => {
  it('writes one slide per deck entry, each with a native chart holding the frame’s figures', async () => {
    const slides = exportSlides();
    const blob = await buildPptx(slides, { title: 'test', lang: 'zh-CN' });
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const names = Object.keys(zip.files);
    const slideParts = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slideParts).toHaveLength(DEFAULT_DECK.entries.length);

    for (const [i, slide] of slides.entries()) {
      const slideXml = await zip.file(`ppt/slides/slide${i + 1}.xml`)?.async('string');
      expect(slideXml).toContain(slide.title.replace(/&/g, '&amp;'));
      expect(slideXml).toContain('来源：濮阳市民政局');
      // The slide's chart: follow its relationship to the chart part.
      const rels = await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`)?.async('string');
      const target = /Target="[^"]*\/charts\/(chart\d+\.xml)"/.exec(rels ?? '')?.[1];
      expect(target, `slide ${i + 1} has a chart`).toBeDefined();
      const chartXml = (await zip.file(`ppt/charts/${target ?? ''}`)?.async('string')) ?? '';
      const expected = chartData(slide.table);
      expect(chartValues(chartXml)).toEqual(expected.series.map((s) => s.values));
      for (const category of expected.categories) expect(chartXml).toContain(category);
    }
  }, 30_000);

  it('charts the figures the page shows: the county breakdown’s villages and communities', () => {
    const [counties] = exportSlides();
    const divisions = datasetPayload('divisions');
    const data = chartData(counties!.table);
    expect(data.series.map((s) => s.key)).toEqual(['villages', 'communities']);
    const hualong = data.categories.indexOf('华龙区');
    const stated = (id: string) => divisions.figures.find((f) => f.id === id)?.value;
    expect(data.series[0]?.values[hualong]).toBe(stated('villages.hualong'));
    expect(data.series[1]?.values[hualong]).toBe(stated('communities.hualong'));
  });

  it('keeps one unit per chart and lists the other rows as text', () => {
    const slide = exportSlides().find((s) => s.table.rows.some((r) => r.key === 'investment-completed-share.2023'));
    const data = chartData(slide!.table);
    expect(data.categories).toHaveLength(2);
    expect(data.omitted).toHaveLength(1);
    expect(data.omitted[0]?.text).toMatch(/%/);
  });
});
