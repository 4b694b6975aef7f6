import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { datasetQueryOptions } from '@/features/datasets/api/get-dataset';
import type { Dataset } from '@/features/datasets/model/dataset-schema';
import type { FrameTable } from '@/features/datasets/model/frame-table';
import type { Translate } from '@/features/charts/model/frame-table';
import { Slide } from '@/features/presenter/components/slide';
import { SlideView } from '@/features/presenter/components/slide-view';
import {
  DECK_PARAM,
  deckEntry,
  entryQuery,
  entryView,
  parseDeck,
  type Deck,
  type DeckEntry,
} from '@/features/presenter/model/deck';
import { readStoredDeckText, subscribeStoredDeck } from '@/features/presenter/model/deck-storage';
import type { ExportSlide } from '@/features/presenter/model/pptx';
import { formatDate } from '@/lib/format';
import type { Language } from '@/lib/i18n';
import { useLanguage } from '@/lib/use-language';
import { findFrame, Frame, frameTable, type FrameSpec } from './frames';

/*
 * The presenter feature knows decks, not frames: this module joins the two. A slide is a frame of
 * the catalogue in a view; its table (frameTable) feeds both the slide's footer and the .pptx, so
 * a slide and its export show the same figures as the page.
 */

export const isFrame = (id: string) => findFrame(id) !== undefined;

/** The document's headline figures, in the order a briefing takes them. */
export const DEFAULT_DECK: Deck = {
  title: '',
  entries: [
    'counties',
    'map',
    'renovation-compounds',
    'renovation-households',
    'renovation-investment',
    'disputes',
    'councils',
    'consultation-sessions',
    'living-rooms-plan',
    'volunteer-activities',
  ].map((frame) => deckEntry(frame)),
};

/**
 * The deck a page shows: the one its URL names, else the presenter's own (local storage), else
 * the default. `named` tells whether the URL names one. Prerendering and hydration read no
 * storage (the server cannot); the presenter's own deck replaces the default right after.
 */
export function useDeck(search: string): { deck: Deck; named: boolean } {
  const stored = useSyncExternalStore(subscribeStoredDeck, readStoredDeckText, () => null);
  const named = parseDeck(new URLSearchParams(search).get(DECK_PARAM), { isFrame });
  if (named) return { deck: named, named: true };
  return { deck: parseDeck(stored, { isFrame }) ?? DEFAULT_DECK, named: false };
}

/** The title a deck shows: its own, or the default deck's. */
export function deckTitle(deck: Deck, t: Translate): string {
  return deck.title || t('presenter.defaultTitle');
}

function specOf(entry: DeckEntry): FrameSpec {
  const spec = findFrame(entry.frame);
  if (!spec) throw new Error(`no frame "${entry.frame}" in the catalogue`);
  return spec;
}

export function slideTitle(entry: DeckEntry, t: Translate): string {
  return entry.title || specOf(entry).title(t);
}

/** What a slide's footer says and the table its chart shows, from the frame's dataset. */
export function slideMeta(
  entry: DeckEntry,
  dataset: Dataset,
  t: Translate,
  language: Language,
): { table: FrameTable; sourceLine: string; asOfLine: string } {
  const table = frameTable(specOf(entry), dataset, entryView(entry), t, language);
  const ids = new Set(table.rows.flatMap((r) => r.figures));
  const dates = dataset.figures.filter((f) => ids.has(f.id)).map((f) => f.asOf);
  const [first] = dates;
  // One "as of" date when every figure shares it; otherwise the release the figures come from.
  const asOfLine =
    first && dates.every((d) => d === first)
      ? t('presenter.asOf', { date: formatDate(first, language) })
      : t('presenter.published', { date: formatDate(dataset.version, language) });
  const { source } = dataset;
  return {
    table,
    asOfLine,
    sourceLine: t('frame.sourceLine', {
      issuer: source.issuer[language],
      title: source.title[language],
      date: formatDate(source.date, language),
    }),
  };
}

/** One slide of the deck: the frame large, in the slide's view, with source, as-of and number. */
export function DeckSlide({ entry, index, total }: { entry: DeckEntry; index: number; total: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data: dataset } = useQuery(datasetQueryOptions(specOf(entry).datasetId));
  const meta = dataset ? slideMeta(entry, dataset, t, language) : null;
  return (
    <Slide
      title={slideTitle(entry, t)}
      sourceLine={meta?.sourceLine ?? ''}
      asOfLine={meta?.asOfLine ?? ''}
      numberLine={t('presenter.slideOf', { slide: index + 1, total })}
    >
      <SlideView key={entryQuery(entry)} query={entryQuery(entry)}>
        <Frame id={entry.frame} />
      </SlideView>
    </Slide>
  );
}

/** The deck as a .pptx: every slide's table from its dataset (fetched if not yet loaded). */
export async function exportDeck(deck: Deck, queryClient: QueryClient, t: Translate, language: Language) {
  const slides: ExportSlide[] = [];
  for (const [i, entry] of deck.entries.entries()) {
    const dataset = await queryClient.ensureQueryData(datasetQueryOptions(specOf(entry).datasetId));
    const meta = slideMeta(entry, dataset, t, language);
    slides.push({
      title: slideTitle(entry, t),
      ...meta,
      numberLine: t('presenter.slideOf', { slide: i + 1, total: deck.entries.length }),
    });
  }
  const { buildPptx } = await import('@/features/presenter/model/pptx');
  const title = deckTitle(deck, t);
  const blob = await buildPptx(slides, { title, lang: language === 'zh' ? 'zh-CN' : 'en-US' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || t('presenter.fileName')}.pptx`;
  document.body.append(a);
  a.click();
  a.remove();
  // Let the download start before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
