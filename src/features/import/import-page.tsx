import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useTranslation } from 'react-i18next';
import { AuditReport } from '@/components/audit-report';
import { FramePanel, type FrameTab } from '@/components/frame-panel';
import type * as DatasetSchemaModule from '@/data/model/dataset-schema';
import { inlineSourceMeta, withSourceMeta } from '@/data/model/inline-source';
import { runIntegrityChecks } from '@/data/model/integrity';
import { adminUnits } from '@/data/model/units';
import { formatDate } from '@/lib/format';
import { pageMeta, usePageMeta } from '@/lib/page-meta';
import { useLanguage } from '@/lib/use-language';
import { saveFile } from '@/outputs/download';
import { ProposalTable } from './components/proposal-table';
import { findDocumentDate } from './model/extract-figures';
import { newDraft, reviewedFigures, reviewProgress, type Decision, type ImportDraft } from './model/draft';
import { deleteDraft, mergeDrafts, readDrafts, saveDraft, subscribeDrafts, type SaveResult } from './model/draft-store';
import { placesOf } from './model/places';
import { readTextFile, type ReadProblem } from './model/read-text-file';
import { importFrames } from './model/import-frames';
import { datasetIdOf, toDatasetFile } from './model/to-dataset';
import { SourceText } from './components/source-text';

const NO_DRAFTS: readonly ImportDraft[] = [];
/** The anchor of a figure's sentence in the import's text (`dataset:figure`). */
const figureAnchor = (ref: string) => `import-figure-${ref.replace(/[^a-z0-9-]+/gi, '-')}`;
const knownUnitIds = new Set(adminUnits.map((u) => u.id));
type SchemaModule = typeof DatasetSchemaModule;
const places = placesOf(adminUnits);
const EXPORT_FORMAT = 'pgd-imports';

type Notice =
  | { kind: 'read'; problem: ReadProblem; file: string }
  | { kind: 'save'; result: Exclude<SaveResult, 'saved'> }
  | { kind: 'merged'; added: number; skipped: number }
  | { kind: 'bad-export'; file: string };

/**
 * Bring your own figures: paste or choose a document, review every figure the page finds in it,
 * and take away a dataset file in the project's own format. Everything stays on this device.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageMeta(pageMeta(t, t('import.title'), t('import.intro')));
  const drafts = useSyncExternalStore(subscribeDrafts, readDrafts, () => NO_DRAFTS);
  // The open import is read from storage on every render, so another tab's change shows at once
  // and every edit builds on the newest copy; `unsaved` holds it only while storage refuses it.
  const [openId, setOpenId] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState<ImportDraft | null>(null);
  const draft =
    (unsaved && unsaved.id === openId ? unsaved : undefined) ??
    drafts.find((d) => d.id === openId) ??
    (openId === null ? (drafts[0] ?? null) : null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const textId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const importInput = useRef<HTMLInputElement>(null);

  const deferred = useDeferredValue(draft);
  const figures = useMemo(() => (deferred ? reviewedFigures(deferred, places) : []), [deferred]);
  const progress = reviewProgress(figures);

  // The build's own validator checks the dataset file as the reader reviews; it loads with the
  // first accepted figure, so the page itself stays light.
  const [schemaModule, setSchemaModule] = useState<SchemaModule | null>(null);
  const wantsSchema = progress.accepted > 0;
  useEffect(() => {
    if (!wantsSchema || schemaModule) return;
    let live = true;
    void import('@/data/model/dataset-schema').then((m) => live && setSchemaModule(m));
    return () => {
      live = false;
    };
  }, [wantsSchema, schemaModule]);
  const checked = useMemo(() => {
    if (!deferred || !schemaModule || progress.accepted === 0) return null;
    const file = toDatasetFile(deferred, figures, adminUnits);
    const parsed = schemaModule.createDatasetFixtureSchema(knownUnitIds).safeParse(file);
    if (!parsed.success)
      return { file, problems: schemaModule.describeIssues(`${file.id}.json`, parsed.error).split('\n') };
    const meta = inlineSourceMeta(parsed.data);
    const dataset = meta ? withSourceMeta(parsed.data, meta) : undefined;
    return { file, problems: [], dataset, results: dataset ? runIntegrityChecks([dataset]) : [] };
  }, [deferred, schemaModule, figures, progress.accepted]);
  const frames = useMemo(
    () => (checked?.dataset ? importFrames(checked.dataset, { language, t }) : []),
    [checked, language, t],
  );
  const [tabs, setTabs] = useState<Record<string, FrameTab>>({});
  // Each accepted figure's place in the text, by the id it has in the dataset file.
  const marked = useMemo(() => {
    const accepted = figures.filter((f) => f.decision === 'accepted');
    return (checked?.file.figures ?? []).flatMap((f, i) => {
      const proposal = accepted[i];
      return proposal ? [{ id: f.id, start: proposal.start, end: proposal.end }] : [];
    });
  }, [checked, figures]);

  // Every change is kept at once: closing the tab or reloading loses nothing.
  const update = (change: (d: ImportDraft) => ImportDraft) => {
    if (!draft) return;
    const next = { ...change(draft), updatedAt: new Date().toISOString() };
    const result = saveDraft(next);
    setOpenId(next.id);
    setUnsaved(result === 'saved' ? null : next);
    setNotice((n) => (result === 'saved' ? (n?.kind === 'save' ? null : n) : { kind: 'save', result }));
  };

  const start = () => {
    const created = newDraft(new Date());
    const result = saveDraft(created);
    setNotice(result === 'saved' ? null : { kind: 'save', result });
    setUnsaved(result === 'saved' ? null : created);
    setOpenId(created.id);
  };

  const setText = (text: string) =>
    update((d) => {
      const found = d.citation.date ? undefined : findDocumentDate(text);
      return { ...d, text, citation: found ? { ...d.citation, date: found } : d.citation };
    });

  const readFile = async (file: File) => {
    const result = await readTextFile(file);
    if (!result.ok) {
      setNotice({ kind: 'read', problem: result.problem, file: file.name });
      return;
    }
    setNotice(null);
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

  // The table's handlers keep their identity across renders (they call the latest ones), so a
  // keystroke in the text does not re-render the table until its deferred figures change.
  const latest = useRef({ decide, relabel });
  useEffect(() => {
    latest.current = { decide, relabel };
  });
  const onDecide = useCallback(
    (keys: readonly string[], decision: Decision | null) => latest.current.decide(keys, decision),
    [],
  );
  const onRelabel = useCallback((key: string, label: string) => latest.current.relabel(key, label), []);

  const downloadDataset = () => {
    if (!draft || !checked || checked.problems.length > 0) return;
    saveFile(
      new Blob([JSON.stringify(checked.file, null, 2)], { type: 'application/json' }),
      `${datasetIdOf(draft)}.json`,
    );
  };

  const exportAll = () =>
    saveFile(
      new Blob([JSON.stringify({ format: EXPORT_FORMAT, version: 1, drafts }, null, 2)], { type: 'application/json' }),
      'imports.json',
    );

  const importAll = async (file: File) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      parsed = undefined;
    }
    const list = (parsed as { format?: unknown; drafts?: unknown } | undefined)?.drafts;
    if ((parsed as { format?: unknown } | undefined)?.format !== EXPORT_FORMAT || !Array.isArray(list)) {
      setNotice({ kind: 'bad-export', file: file.name });
      return;
    }
    const { result, added, skipped } = mergeDrafts(list);
    setNotice(result === 'saved' ? { kind: 'merged', added, skipped } : { kind: 'save', result });
  };

  const missingCitation = draft && (!draft.citation.title || !draft.citation.issuer || !draft.citation.date);

  return (
    <>
      <h1 className="page-title">{t('import.title')}</h1>
      <p className="page-intro">{t('import.intro')}</p>
      <p className="import__privacy">{t('import.privacy')}</p>

      {notice && <NoticeLine notice={notice} onDownload={exportAll} />}

      <section aria-labelledby="import-drafts">
        <h2 className="section-title" id="import-drafts">
          {t('import.drafts')}
        </h2>
        {drafts.length === 0 ? (
          <p>{t('import.noDrafts')}</p>
        ) : (
          <ul className="import__drafts">
            {drafts.map((d) => (
              <li key={d.id} aria-current={d.id === draft?.id ? 'true' : undefined}>
                <button type="button" className="button button--quiet" onClick={() => setOpenId(d.id)}>
                  {d.name || d.citation.title || t('import.untitled')}
                </button>{' '}
                <span className="import__when">
                  {t('import.updated', { date: formatDate(d.updatedAt.slice(0, 10), language) })}
                </span>{' '}
                {confirmDelete === d.id ? (
                  <>
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        const result = deleteDraft(d.id);
                        setConfirmDelete(null);
                        if (result !== 'saved') setNotice({ kind: 'save', result });
                        if (draft?.id === d.id) setOpenId(null);
                      }}
                    >
                      {t('import.confirmDelete', { name: d.name || d.citation.title || t('import.untitled') })}
                    </button>{' '}
                    <button type="button" className="button button--quiet" onClick={() => setConfirmDelete(null)}>
                      {t('import.cancel')}
                    </button>
                  </>
                ) : (
                  <button type="button" className="button button--quiet" onClick={() => setConfirmDelete(d.id)}>
                    {t('import.delete')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="import__actions">
          <button type="button" className="button button--primary" onClick={start}>
            {t('import.new')}
          </button>{' '}
          <button type="button" className="button" onClick={exportAll} disabled={drafts.length === 0}>
            {t('import.exportAll')}
          </button>{' '}
          <button type="button" className="button" onClick={() => importInput.current?.click()}>
            {t('import.importAll')}
          </button>
          <input
            ref={importInput}
            type="file"
            accept=".json,application/json"
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importAll(file);
            }}
          />
        </p>
      </section>

      {draft && (
        <section aria-labelledby="import-document" className="import__editor">
          <h2 className="section-title" id="import-document">
            {t('import.document')}
          </h2>
          <label className="import__field">
            {t('import.name')}
            <input value={draft.name} onChange={(e) => update((d) => ({ ...d, name: e.target.value }))} />
          </label>
          <fieldset className="import__citation">
            <legend>{t('import.citation')}</legend>
            <label className="import__field">
              {t('import.sourceTitle')}
              <input
                value={draft.citation.title}
                required
                onChange={(e) => update((d) => ({ ...d, citation: { ...d.citation, title: e.target.value } }))}
              />
            </label>
            <label className="import__field">
              {t('import.issuer')}
              <input
                value={draft.citation.issuer}
                required
                onChange={(e) => update((d) => ({ ...d, citation: { ...d.citation, issuer: e.target.value } }))}
              />
            </label>
            <label className="import__field">
              {t('import.date')}
              <input
                type="date"
                value={draft.citation.date}
                required
                onChange={(e) => update((d) => ({ ...d, citation: { ...d.citation, date: e.target.value } }))}
              />
            </label>
          </fieldset>
          <div
            className={dragging ? 'import__drop import__drop--active' : 'import__drop'}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              const file = e.dataTransfer.files[0];
              if (file) void readFile(file);
            }}
          >
            <label htmlFor={textId}>{t('import.text')}</label>
            <textarea
              id={textId}
              rows={10}
              value={draft.text}
              placeholder={t('import.textHint')}
              onChange={(e) => setText(e.target.value)}
            />
            <p>
              <button type="button" className="button" onClick={() => fileInput.current?.click()}>
                {t('import.chooseFile')}
              </button>{' '}
              <span className="import__hint">{t('import.dropHint')}</span>
              <input
                ref={fileInput}
                type="file"
                accept=".txt,text/plain"
                hidden
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void readFile(file);
                }}
              />
            </p>
          </div>

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
              <ProposalTable figures={figures} onDecide={onDecide} onRelabel={onRelabel} />
            </>
          )}

          <h2 className="section-title">{t('import.output')}</h2>
          <p>{t('import.outputHint')}</p>
          {missingCitation && <p className="import__warning">{t('import.citationMissing')}</p>}
          {checked && checked.problems.length > 0 && (
            <div className="import__problem">
              <p>{t('import.invalid')}</p>
              <ul>
                {checked.problems.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          <p>
            <button
              type="button"
              className="button button--primary"
              disabled={!checked || checked.problems.length > 0}
              onClick={downloadDataset}
            >
              {t('import.downloadDataset', { count: progress.accepted })}
            </button>
          </p>
          {checked?.dataset && (
            <>
              <h2 className="section-title">{t('import.charts')}</h2>
              <p>{t('import.chartsHint')}</p>
              {frames.length === 0 && <p>{t('import.noCharts')}</p>}
              {frames.map((model) => (
                <FramePanel
                  key={model.id}
                  frameId={model.id}
                  title={model.title}
                  state={{ status: 'ready', model }}
                  tab={tabs[model.id] ?? 'chart'}
                  onTabChange={(tab) => setTabs((all) => ({ ...all, [model.id]: tab }))}
                  figureHref={(ref) => `#${figureAnchor(ref)}`}
                />
              ))}
              <h2 className="section-title">{t('import.checks')}</h2>
              <p>{t('import.checksHint')}</p>
              {checked.results && checked.results.length > 0 ? (
                <AuditReport datasets={[checked.dataset]} results={checked.results} />
              ) : (
                <p>{t('import.noChecks')}</p>
              )}
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
        </section>
      )}
    </>
  );
}

function NoticeLine({ notice, onDownload }: { notice: Notice; onDownload: () => void }) {
  const { t } = useTranslation();
  switch (notice.kind) {
    case 'read':
      return (
        <p role="alert" className="import__problem">
          {t(`import.read.${notice.problem}`, { file: notice.file })}
        </p>
      );
    case 'save':
      return (
        <p role="alert" className="import__problem">
          {t(`import.save.${notice.result}`)}{' '}
          <button type="button" className="button" onClick={onDownload}>
            {t('import.exportAll')}
          </button>
        </p>
      );
    case 'merged':
      return (
        <p role="status" className="import__note">
          {t('import.merged', { added: notice.added, skipped: notice.skipped })}
        </p>
      );
    case 'bad-export':
      return (
        <p role="alert" className="import__problem">
          {t('import.badExport', { file: notice.file })}
        </p>
      );
  }
}
