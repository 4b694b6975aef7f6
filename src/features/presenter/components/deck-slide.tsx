import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { FrameChart } from '@/components/frame-chart';
import { slideSubtitle } from '@/components/model/frame';
import { ModelTable } from '@/components/model-table';
import { QueryError } from '@/components/query-error';
import type { FrameDefinition } from '@/frames/definition';
import { useFrameModel } from '@/frames/use-frame-model';
import { entryView, type DeckEntry } from '../model/deck';
import { slideTitle } from '../model/slides';
import { Slide } from './slide';

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
  const [, navigate] = useLocation();
  const result = useFrameModel(frame, entryView(entry));
  const model = result.status === 'ready' ? result.model : undefined;
  return (
    <Slide
      title={slideTitle(entry, frame, t)}
      {...(model && slideSubtitle(model) ? { subtitle: slideSubtitle(model) } : {})}
      sourceLine={model?.source?.line ?? ''}
      asOfLine={model?.asOf ?? ''}
      numberLine={t('presenter.slideOf', { slide: index + 1, total })}
    >
      <div className="frame" data-frame={frame.id}>
        {model &&
          (entry.table ? <ModelTable table={model.table} /> : <FrameChart frame={model} onNavigate={navigate} />)}
        {model?.notes.map((note) => (
          <p key={note} className="slide__note">
            {note}
          </p>
        ))}
        {result.status === 'error' && <QueryError error={result.error} onRetry={result.retry} />}
        {result.status === 'problem' && <p role="alert">{result.problem.message}</p>}
        {result.status === 'loading' && <p role="status">{t('frame.loading')}</p>}
      </div>
    </Slide>
  );
}
