import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import type { FrameDefinition } from '@/frames/definition';
import { useFrameModel } from '@/frames/use-frame-model';
import { entryView, type DeckEntry } from '../model/deck';
import { slideTitle } from '../model/slides';
import { ModelSlide } from './model-slide';

/** One slide of a deck: its frame's model in the slide's view, drawn large, with source, as-of and number. */
export function DeckSlide({
  entry,
  frame,
  index,
  total,
}: {
  entry: DeckEntry;
  frame: FrameDefinition;
  index: number;
  total: number;
}) {
  const { t } = useTranslation();
  const result = useFrameModel(frame, entryView(entry));
  return (
    <ModelSlide
      title={slideTitle(entry, frame, t)}
      frameId={frame.id}
      model={result.status === 'ready' ? result.model : undefined}
      table={entry.table}
      index={index}
      total={total}
    >
      {result.status === 'error' && <QueryError error={result.error} onRetry={result.retry} />}
      {result.status === 'problem' && <p role="alert">{result.problem.message}</p>}
      {result.status === 'loading' && <p role="status">{t('frame.loading')}</p>}
    </ModelSlide>
  );
}
