import { useTranslation } from 'react-i18next';
import type { ModelLocale } from '@/components/model/values';
import { QueryError } from '@/components/query-error';
import { speakerNotes } from '@/outputs/pptx';
import type { FrameDefinition } from '@/frames/definition';
import { useFrameModel } from '@/frames/use-frame-model';
import { entryView, type DeckEntry } from '../model/deck';
import { slideTitle } from '../model/slides';

/**
 * A slide's speaker notes as the PPTX carries them (the same function writes both): the
 * presenter's own notes, then what the slide shows, each figure with its marks and quoted sentence.
 */
export function SlideNotes({
  entry,
  frame,
  index,
  total,
  locale,
}: {
  entry: DeckEntry;
  frame: FrameDefinition;
  index: number;
  total: number;
  locale: ModelLocale;
}) {
  const { t } = useTranslation();
  const result = useFrameModel(frame, entryView(entry));
  if (result.status === 'loading') return <p role="status">{t('frame.loading')}</p>;
  if (result.status === 'error') return <QueryError error={result.error} onRetry={result.retry} />;
  if (result.status === 'problem') return <p role="alert">{result.problem.message}</p>;
  const text = speakerNotes(
    {
      model: result.model,
      table: entry.table,
      title: slideTitle(entry, frame, t),
      numberLine: t('presenter.slideOf', { slide: index + 1, total }),
    },
    locale,
  );
  return (
    <div className="slide-notes">
      {entry.notes && <p className="slide-notes__own">{entry.notes}</p>}
      {text.split('\n').map((line, i) =>
        line === '' ? null : (
          // Lines may repeat, so their position is their key.
          <p key={i} className={line.startsWith('  ') ? 'slide-notes__quote' : undefined}>
            {line.trim()}
          </p>
        ),
      )}
    </div>
  );
}
