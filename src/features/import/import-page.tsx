import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { pageMeta, usePageMeta } from '@/lib/page-meta';
import { useLanguage } from '@/lib/use-language';
import { saveFile } from '@/outputs/download';
import { DocumentImport } from './components/document-import';
import { FileButton } from './components/file-drop';
import { TableImport } from './components/table-import';
import { newDraft, type ImportDraft } from './model/draft';
import {
  deleteDraft,
  mergeDrafts,
  readDrafts,
  saveDraft,
  subscribeDrafts,
  type SaveResult,
  type StoredDraft,
} from './model/draft-store';
import type { ReadProblem } from './model/read-text-file';
import type { TableProblem } from './model/table/read-table';
import { newTableDraft, type TableDraft } from './model/table/table-draft';

const NO_DRAFTS: readonly StoredDraft[] = [];
const EXPORT_FORMAT = 'pgd-imports';

type Notice =
  | { kind: 'read'; problem: ReadProblem; file: string }
  | { kind: 'table-read'; problem: TableProblem; file: string }
  | { kind: 'save'; result: Exclude<SaveResult, 'saved'> }
  | { kind: 'merged'; added: number; skipped: number }
  | { kind: 'bad-export'; file: string };

/**
 * Bring your own figures: paste or choose a document, or a table, check what the page reads in
 * it, and take away a dataset file in the project's own format. Everything stays on this device.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageMeta(pageMeta(t, t('import.title'), t('import.intro')));
  const drafts = useSyncExternalStore(subscribeDrafts, readDrafts, () => NO_DRAFTS);
  // The open import is read from storage on every render, so another tab's change shows at once
  // and every edit builds on the newest copy; `unsaved` holds it only while storage refuses it.
  const [openId, setOpenId] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState<StoredDraft | null>(null);
  const draft =
    (unsaved && unsaved.id === openId ? unsaved : undefined) ??
    drafts.find((d) => d.id === openId) ??
    (openId === null ? (drafts[0] ?? null) : null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);

  // Every change is kept at once: closing the tab or reloading loses nothing.
  const keep = (next: StoredDraft) => {
    const result = saveDraft(next);
    setOpenId(next.id);
    setUnsaved(result === 'saved' ? null : next);
    setNotice((n) => (result === 'saved' ? (n?.kind === 'save' ? null : n) : { kind: 'save', result }));
  };
  const updateDocument = (change: (d: ImportDraft) => ImportDraft) => {
    if (draft && draft.kind !== 'table') keep({ ...change(draft), updatedAt: new Date().toISOString() });
  };
  const updateTable = (change: (d: TableDraft) => TableDraft) => {
    if (draft?.kind === 'table') keep({ ...change(draft), updatedAt: new Date().toISOString() });
  };

  const start = (created: StoredDraft) => {
    const result = saveDraft(created);
    setNotice(result === 'saved' ? null : { kind: 'save', result });
    setUnsaved(result === 'saved' ? null : created);
    setOpenId(created.id);
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

  const nameOf = (d: StoredDraft) => d.name || d.citation.title || t('import.untitled');

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
                  {nameOf(d)}
                </button>{' '}
                <span className="import__when">
                  {t(`import.kinds.${d.kind === 'table' ? 'table' : 'document'}`)} ·{' '}
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
                      {t('import.confirmDelete', { name: nameOf(d) })}
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
          <button type="button" className="button button--primary" onClick={() => start(newDraft(new Date()))}>
            {t('import.new')}
          </button>{' '}
          <button type="button" className="button button--primary" onClick={() => start(newTableDraft(new Date()))}>
            {t('import.newTable')}
          </button>{' '}
          <button type="button" className="button" onClick={exportAll} disabled={drafts.length === 0}>
            {t('import.exportAll')}
          </button>{' '}
          <FileButton
            label={t('import.importAll')}
            accept=".json,application/json"
            onFile={(file) => void importAll(file)}
          />
        </p>
      </section>

      {draft?.kind === 'table' ? (
        <TableImport
          key={draft.id}
          draft={draft}
          update={updateTable}
          onReadProblem={(problem, file) => setNotice(problem ? { kind: 'table-read', problem, file } : null)}
        />
      ) : draft ? (
        <DocumentImport
          key={draft.id}
          draft={draft}
          update={updateDocument}
          onReadProblem={(problem, file) => setNotice(problem ? { kind: 'read', problem, file } : null)}
        />
      ) : null}
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
    case 'table-read':
      return (
        <p role="alert" className="import__problem">
          {t(`import.tableRead.${notice.problem}`, { file: notice.file })}
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
