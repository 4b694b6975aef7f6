import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { CHART_FRAMES } from '@/app/frames';
import { createTestQueryClient } from '@/testing/test-utils';
import { testLocale } from '@/testing/frame-models';
import { buildPptx, speakerNotes } from '@/outputs/pptx';
import { parseDeck, serializeDeck } from './deck';
import { deckSlides } from './export-deck';
import { DEFAULT_DECK, deckTitle, frameIndex } from './slides';

const frameOf = frameIndex(CHART_FRAMES);
const isFrame = (id: string) => frameOf(id) !== undefined;

describe('the default deck', () => {
  it('names only frames the app has, and survives its own URL encoding', () => {
    expect(DEFAULT_DECK.entries.every((e) => isFrame(e.frame))).toBe(true);
    expect(parseDeck(serializeDeck(DEFAULT_DECK), { isFrame })).toEqual(DEFAULT_DECK);
  });
});

describe('deckSlides and buildPptx', () => {
  it('give every slide its frame model, a source line, an as-of date, and a title slide first', async () => {
    const locale = testLocale('zh');
    const slides = await deckSlides(DEFAULT_DECK, frameOf, createTestQueryClient(), locale);
    expect(slides.map((s) => s.model.id)).toEqual(DEFAULT_DECK.entries.map((e) => e.frame));
    for (const slide of slides) {
      expect(slide.model.source?.line).toMatch(/^来源：濮阳市民政局/);
      expect(slide.model.asOf).toMatch(/^数据(截至|发布于)\d{4}年/);
    }
    const title = deckTitle(DEFAULT_DECK, locale.t);
    const zip = await JSZip.loadAsync(
      await (await buildPptx(slides, { title, subtitle: ['来源：濮阳市民政局'] }, locale)).arrayBuffer(),
    );
    const slideParts = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slideParts).toHaveLength(DEFAULT_DECK.entries.length + 1);
    expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toContain(title);
  }, 30_000);

  it('shows a slide in its view: the county table sorted by total, as a table', async () => {
    const deck = parseDeck('v1,counties.t.stotal', { isFrame });
    const [slide] = await deckSlides(deck!, frameOf, createTestQueryClient(), testLocale('en'));
    expect(slide?.table).toBe(true);
    const totals = slide!.model.table.rows.map((r) => {
      const cell = r.cells.total;
      return cell?.type === 'value' ? cell.value.value : 0;
    });
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });
});

describe('presenter notes', () => {
  it('come first in the slide speaker notes, before the quoted sentences', async () => {
    const locale = testLocale('zh');
    const deck = parseDeck('v1,disputes.o先讲化解率!d!n再讲排查', { isFrame });
    const [slide] = await deckSlides(deck!, frameOf, createTestQueryClient(), locale);
    expect(slide?.presenterNotes).toBe('先讲化解率.\n再讲排查');
    const notes = speakerNotes(slide!, locale);
    expect(notes.startsWith('先讲化解率.\n再讲排查\n')).toBe(true);
    expect(notes).toContain(slide!.model.citations[0]!.quote);
  });
});
