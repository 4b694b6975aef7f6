import type { QueryClient } from '@tanstack/react-query';
import { isFrameProblem } from '@/components/model/frame-model';
import type { ModelLocale } from '@/components/model/values';
import { saveFile } from '@/outputs/download';
import { fileName } from '@/outputs/file-name';
import { buildPptx, type DeckSlide } from '@/outputs/pptx';
import type { FrameDefinition } from '@/frames/definition';
import { loadFrameModel } from '@/frames/use-frame-model';
import { entryView, type Deck } from './deck';
import { deckTitle, slideTitle } from './slides';

/** The deck as slides for a file: each slide's frame model in its view (data fetched if needed). */
export async function deckSlides(
  deck: Deck,
  frameOf: (id: string) => FrameDefinition | undefined,
  queryClient: QueryClient,
  locale: ModelLocale,
): Promise<DeckSlide[]> {
  const slides: DeckSlide[] = [];
  for (const [i, entry] of deck.entries.entries()) {
    const frame = frameOf(entry.frame);
    if (!frame) continue;
    const model = await loadFrameModel(queryClient, frame, entryView(entry), locale);
    if (isFrameProblem(model)) continue;
    slides.push({
      model,
      table: entry.table,
      title: slideTitle(entry, frame, locale.t),
      numberLine: locale.t('presenter.slideOf', { slide: i + 1, total: deck.entries.length }),
      ...(entry.notes ? { presenterNotes: entry.notes } : {}),
    });
  }
  return slides;
}

/** Builds the deck's .pptx and hands it to the browser's downloads. */
export async function exportDeck(
  deck: Deck,
  frameOf: (id: string) => FrameDefinition | undefined,
  queryClient: QueryClient,
  locale: ModelLocale,
): Promise<void> {
  const slides = await deckSlides(deck, frameOf, queryClient, locale);
  const title = deckTitle(deck, locale.t);
  const [first] = slides;
  const subtitle = [first?.model.source?.line, first?.model.release.line].filter((l): l is string => !!l);
  const blob = await buildPptx(slides, { title, subtitle }, locale);
  saveFile(blob, fileName([title], 'pptx'));
}
