import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '@/lib/paths';
import { adminUnits } from '@/data/model/units';
import { findDocumentDate } from '../model/extract-figures';
import { placeChoices, reviewedFigures, reviewProgress, type Decision, type ImportDraft } from '../model/draft';
import { placesOf } from '../model/places';
import { readTextFile, type ReadProblem } from '../model/read-text-file';
import { toDatasetFile } from '../model/to-dataset';
import { CitationFields } from './citation-fields';
import { FileDrop } from './file-drop';
import { ImportOutput, useCheckedFile } from './import-output';
import { ProposalTable } from './proposal-table';
import { SourceText } from './source-text';

const places = placesOf(adminUnits);
/** The anchor of a figure's sentence in the import's text (`dataset:figure`). */
const figureAnchor = (ref: string) => `import-figure-${ref.replace(/[^a-z0-9-]+/gi, '-')}`;

/**
 * A document import: paste or choose its text, review every figure the page finds in it, and
 * take away a dataset file whose figures each quote their sentence.
 */
export function DocumentImport(props: {
  draft: ImportDraft;
  update: (change: (d: ImportDraft) => ImportDraft) => void;
  onReadProblem: (problem: ReadProblem | null, file: string) => void;
}) {
  const { t } = useTranslation();
  const { draft, update, onReadProblem } = props;
  const textId = useId();

  const deferred = useDeferredValue(draft);
  const figures = useMemo(() => reviewedFigures(deferred, places), [deferred]);
  const progress = reviewProgress(figures);
  const choices = useMemo(() => placeChoices(places, figures), [figures]);
  const file = useMemo(
    () => (progress.accepted > 0 ? toDatasetFile(deferred, figures, adminUnits) : null),
    [deferred, figures, progress.accepted],
  );
  const checked = useCheckedFile(file);
  // Each accepted figure's place in the text, by the id it has in the dataset file.
  const marked = useMemo(() => {
    const accepted = figures.filter((f) => f.decision === 'accepted');
    return (checked?.file.figures ?? []).flatMap((f, i) => {
      const proposal = accepted[i];
      return proposal ? [{ id: f.id, start: proposal.start, end: proposal.end }] : [];
    });
  }, [checked, figures]);

  const setText = (text: string) =>
    update((d) => {
      const found = d.citation.date ? undefined : findDocumentDate(text);
      return { ...d, text, citation: found ? { ...d.citation, date: found } : d.citation };
    });

  const readFile = async (chosen: File) => {
    const result = await readTextFile(chosen);
    if (!result.ok) {
      onReadProblem(result.problem, chosen.name);
      return;
    }
    onReadProblem(null, chosen.name);
    setText(result.text);
  };

  const decide = (keys: readonly string[], decision: Decision | null) =>
    update((d) => {
      const review = { ...d.review };
      for (const key of keys) {
        // Undoing a decision keeps the reader's edits.
        const entry = { ...review[key] };
        if (decision === null) delete entry.decision;
        else entry.decision = decision;
        review[key] = entry;
      }
      return { ...d, review };
    });

  const relabel = (key: string, label: string) =>
    update((d) => ({ ...d, review: { ...d.review, [key]: { ...d.review[key], label } } }));

  const place = (key: string, name: string) =>
    update((d) => ({ ...d, review: { ...d.review, [key]: { ...d.review[key], place: name } } }));

  // The table's handlers keep their identity across renders (they call the latest ones), so a
  // keystroke in the text does not re-render the table until its deferred figures change.
  const latest = useRef({ decide, relabel, place });
  useEffect(() => {
    latest.current = { decide, relabel, place };
  });
  const onDecide = useCallback(
    (keys: readonly string[], decision: Decision | null) => latest.current.decide(keys, decision),
    [],
  );
  const onRelabel = useCallback((key: string, label: string) => latest.current.relabel(key, label), []);
  const onPlace = useCallback((key: string, name: string) => latest.current.place(key, name), []);

  const missingCitation = !draft.citation.title || !draft.citation.issuer || !draft.citation.date;

  return (
    <section aria-labelledby="import-document" className="import__editor">
      <h2 className="section-title" id="import-document">
        {t('import.document')}
      </h2>
      <CitationFields
        name={draft.name}
        citation={draft.citation}
        onName={(name) => update((d) => ({ ...d, name }))}
        onCitation={(citation) => update((d) => ({ ...d, citation }))}
      />
      <FileDrop
        chooseLabel={t('import.chooseFile')}
        hint={t('import.dropHint')}
        accept=".txt,.docx,.pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf"
        onFile={(chosen) => void readFile(chosen)}
      >
        <label htmlFor={textId}>{t('import.text')}</label>
        <textarea
          id={textId}
          rows={10}
          value={draft.text}
          placeholder={t('import.textHint')}
          onChange={(e) => setText(e.target.value)}
        />
      </FileDrop>

      <h2 className="section-title">{t('import.proposals')}</h2>
      {draft.text.trim() === '' ? (
        <p>{t('import.noText')}</p>
      ) : figures.length === 0 ? (
        <p>{t('import.noFigures')}</p>
      ) : (
        <>
          <p role="status" className="import__progress">
            {t('import.progress', progress)}
          </p>
          <p>
            <button
              type="button"
              className="button"
              disabled={progress.open === 0}
              onClick={() =>
                decide(
                  figures.filter((f) => !f.decision).map((f) => f.key),
                  'accepted',
                )
              }
            >
              {t('import.acceptOpen', { count: progress.open })}
            </button>
          </p>
          <ProposalTable
            figures={figures}
            places={choices}
            onDecide={onDecide}
            onRelabel={onRelabel}
            onPlace={onPlace}
          />
        </>
      )}

      <ImportOutput
        slidesHref={paths.withQuery(paths.importSlides, `import=${encodeURIComponent(draft.id)}`)}
        checked={checked}
        figureCount={progress.accepted}
        missingCitation={missingCitation}
        hint={t('import.outputHint')}
        figureHref={(ref) => `#${figureAnchor(ref)}`}
      >
        {checked && (
          <>
            <h2 className="section-title">{t('import.sourceText')}</h2>
            <p>{t('import.sourceTextHint')}</p>
            <SourceText
              label={t('import.sourceText')}
              text={draft.text}
              marks={marked}
              anchorOf={(id) => figureAnchor(`${checked.file.id}:${id}`)}
            />
          </>
        )}
      </ImportOutput>
    </section>
  );
}
