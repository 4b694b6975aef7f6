import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '@/lib/paths';
import { nbsChinaQueryOptions } from '@/data/api/get-nbs-china';
import { adminUnits } from '@/data/model/units';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { BASE_UNIT_CHOICES, matchCountingUnit, SCALE_CHOICES } from '../model/counting-units';
import { readPastedTable, type TableProblem } from '../model/table/read-table';
import { tableReader } from '../model/table/read-table-file';
import { buildRegionIndex, type RegionCandidate } from '../model/table/regions';
import type { ColumnSetting, TableDraft } from '../model/table/table-draft';
import { buildTableImport, columnLetters, type PlaceRow, type TableMessage } from '../model/table/table-import';
import { CitationFields } from './citation-fields';
import { FileDrop } from './file-drop';
import { ImportOutput, useCheckedFile } from './import-output';
import { Pager, usePaged } from './pager';

const SCALE_LABELS: Readonly<
  Record<string, 'import.table.scales.none' | 'import.table.scales.万' | 'import.table.scales.亿'>
> = {
  '': 'import.table.scales.none',
  万: 'import.table.scales.万',
  亿: 'import.table.scales.亿',
};
/** Rows of the grid shown as they were read. */
const PREVIEW_ROWS = 12;
/** Messages listed at once; the count says how many there are in all. */
const MESSAGES_SHOWN = 100;

type Update = (change: (d: TableDraft) => TableDraft) => void;
/** A change to some fields, where undefined clears one. */
type Loose<T> = { [K in keyof T]?: T[K] | undefined };

function withChange<T extends object, C extends Loose<T>>(value: T, change: C): T {
  const next: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [key, v] of Object.entries(change)) {
    if (v === undefined) delete next[key];
    else next[key] = v;
  }
  return next as T;
}

/**
 * A table import: paste from a spreadsheet, or choose or drop a CSV or XLSX file (read in a
 * worker); correct what the page found (header row, places, columns, units, years); answer for
 * places it could not match; take away a dataset file whose figures each cite their cell.
 */
export function TableImport(props: {
  draft: TableDraft;
  update: Update;
  onReadProblem: (problem: TableProblem | null, file: string) => void;
}) {
  const { t } = useTranslation();
  const { draft, update, onReadProblem } = props;
  const [reading, setReading] = useState(false);
  const [readIn, setReadIn] = useState<'worker' | 'page' | null>(null);
  const pasteId = useId();
  const china = useQuery(nbsChinaQueryOptions());
  const index = useMemo(() => (china.data ? buildRegionIndex(china.data) : null), [china.data]);
  const deferred = useDeferredValue(draft);
  const result = useMemo(
    () => (deferred.table.grid.length > 0 ? buildTableImport(deferred, index, adminUnits) : null),
    [deferred, index],
  );
  // The file is validated in a render of its own, after the preview has painted.
  const checked = useCheckedFile(useDeferredValue(result?.file ?? null));
  const reader = useRef<ReturnType<typeof tableReader> | null>(null);
  useEffect(() => {
    const current = tableReader();
    reader.current = current;
    return () => current.close();
  }, []);

  // A corrected file replaces the grid and keeps every setting and answer.
  const setTable = (table: TableDraft['table']) =>
    update((d) => ({ ...d, table, name: d.name || table.file.replace(/\.[^.]+$/, '') }));

  const readFile = async (chosen: File) => {
    setReading(true);
    reader.current ??= tableReader();
    const read = await reader.current.read(chosen);
    setReading(false);
    setReadIn(read.readIn);
    if (!read.ok) {
      onReadProblem(read.problem, chosen.name);
      return;
    }
    onReadProblem(null, chosen.name);
    setTable({ file: chosen.name, ...read.table });
  };

  const readPaste = (text: string) => {
    const read = readPastedTable(text);
    if (!read.ok) {
      onReadProblem(read.problem, t('import.table.pasted'));
      return;
    }
    onReadProblem(null, '');
    setTable({ file: '', ...read.table });
  };

  const setColumn = (index: number, change: Loose<ColumnSetting>) =>
    update((d) => {
      const key = String(index);
      const columns = { ...d.settings.columns, [key]: withChange(d.settings.columns[key] ?? {}, change) };
      return { ...d, settings: { ...d.settings, columns } };
    });
  const setSetting = (change: Loose<Omit<TableDraft['settings'], 'columns'>>) =>
    update((d) => ({ ...d, settings: withChange<TableDraft['settings'], typeof change>(d.settings, change) }));

  const missingCitation = !draft.citation.title || !draft.citation.issuer || !draft.citation.date;
  const grid = draft.table.grid;

  return (
    <section
      aria-labelledby="import-table"
      className="import__editor"
      data-read-in={readIn ?? undefined}
      aria-busy={reading || undefined}
    >
      <h2 className="section-title" id="import-table">
        {t('import.table.title')}
      </h2>
      <CitationFields
        name={draft.name}
        citation={draft.citation}
        onName={(name) => update((d) => ({ ...d, name }))}
        onCitation={(citation) => update((d) => ({ ...d, citation }))}
      />
      <FileDrop
        chooseLabel={grid.length > 0 ? t('import.table.replaceFile') : t('import.chooseFile')}
        hint={t('import.table.dropHint')}
        accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onFile={(chosen) => void readFile(chosen)}
        disabled={reading}
      >
        <label htmlFor={pasteId}>{t('import.table.paste')}</label>
        <textarea
          id={pasteId}
          rows={4}
          value=""
          placeholder={t('import.table.pasteHint')}
          onPaste={(e) => {
            e.preventDefault();
            readPaste(e.clipboardData.getData('text'));
          }}
          // Typed or dropped text arrives as a change: read it the same way.
          onChange={(e) => readPaste(e.target.value)}
        />
      </FileDrop>
      {reading && <p role="status">{t('import.table.reading')}</p>}

      {grid.length === 0 || !result ? (
        <p>{t('import.table.empty')}</p>
      ) : (
        <>
          <p role="status" className="import__progress">
            {t('import.table.read', {
              file: draft.table.file || t('import.table.pasted'),
              rows: grid.length,
              columns: result.structure.columns.length,
            })}{' '}
            {draft.table.sheet && t('import.table.sheet', { sheet: draft.table.sheet })}{' '}
            {draft.table.encoding && t('import.table.encoding', { encoding: draft.table.encoding.toUpperCase() })}
          </p>
          <Structure draft={draft} result={result} setSetting={setSetting} />
          <Columns draft={draft} result={result} setColumn={setColumn} />
          <Places
            places={result.places}
            status={china.status}
            onChoose={(written, code) => update((d) => ({ ...d, matches: { ...d.matches, [written]: code } }))}
          />
          <Messages messages={result.messages} />
          <Preview grid={grid} headerRow={result.structure.headerRow} />
        </>
      )}

      <ImportOutput
        slidesHref={paths.withQuery(paths.importSlides, `import=${encodeURIComponent(draft.id)}`)}
        checked={checked}
        figureCount={checked?.file.figures.length ?? 0}
        missingCitation={missingCitation}
        hint={t('import.table.outputHint')}
      />
    </section>
  );
}

type Result = ReturnType<typeof buildTableImport>;

function Structure(props: {
  draft: TableDraft;
  result: Result;
  setSetting: (change: Loose<Omit<TableDraft['settings'], 'columns'>>) => void;
}) {
  const { t } = useTranslation();
  const { draft, result, setSetting } = props;
  const { structure } = result;
  const headerChoices = Array.from({ length: Math.min(draft.table.grid.length, 10) }, (_, i) => i);
  return (
    <>
      <h3 className="import__subtitle">{t('import.table.structure')}</h3>
      <p>
        {t(`import.table.layout.${structure.layout}`)}{' '}
        {structure.totalRows.length > 0 &&
          t('import.table.totals', { rows: structure.totalRows.map((r) => r + 1).join('、') })}
      </p>
      <div className="import__settings">
        <label className="import__field">
          {t('import.table.headerRow')}
          <select value={structure.headerRow} onChange={(e) => setSetting({ headerRow: Number(e.target.value) })}>
            {headerChoices.map((r) => (
              <option key={r} value={r}>
                {t('import.table.rowN', { row: r + 1 })}
              </option>
            ))}
          </select>
        </label>
        <label className="import__field">
          {t('import.table.placeColumn')}
          <select value={structure.placeColumn} onChange={(e) => setSetting({ placeColumn: Number(e.target.value) })}>
            {structure.columns.map((c) => (
              <option key={c.index} value={c.index}>
                {columnLetters(c.index)} {c.header}
              </option>
            ))}
          </select>
        </label>
        <label className="import__field">
          {t('import.table.asOf')}
          <input
            type="date"
            value={draft.settings.asOf ?? ''}
            onChange={(e) => setSetting({ asOf: e.target.value || undefined })}
          />
        </label>
        <label className="import__field">
          {t('import.table.tableName')}
          <input
            value={draft.settings.tableName ?? ''}
            placeholder={draft.table.sheet || draft.table.file || t('import.table.pasted')}
            onChange={(e) => setSetting({ tableName: e.target.value || undefined })}
          />
        </label>
        {structure.layout === 'by-year' && (
          <label className="import__field">
            {t('import.table.measure')}
            <input
              value={draft.settings.measure ?? ''}
              placeholder={draft.citation.title}
              onChange={(e) => setSetting({ measure: e.target.value || undefined })}
            />
          </label>
        )}
      </div>
    </>
  );
}

function Columns(props: {
  draft: TableDraft;
  result: Result;
  setColumn: (index: number, change: Loose<ColumnSetting>) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { draft, result, setColumn } = props;
  const { structure } = result;
  const kept = new Map(result.measures.map((m) => [m.column.index, m]));
  const columns = structure.columns.filter(
    (c) => c.index !== structure.placeColumn && c.index !== structure.yearColumn,
  );
  const unitLabel = (zh: string) => (language === 'en' ? (matchCountingUnit(zh)?.en ?? zh) : zh);
  return (
    <>
      <h3 className="import__subtitle">{t('import.table.columns')}</h3>
      <div className="import__table">
        <table className="data-table" aria-label={t('import.table.columns')}>
          <thead>
            <tr>
              <th scope="col">{t('import.table.column')}</th>
              <th scope="col">{t('import.table.kind')}</th>
              <th scope="col">{t('import.table.use')}</th>
              <th scope="col">{t('import.columns.label')}</th>
              <th scope="col">{t('import.table.unit')}</th>
              <th scope="col">{t('import.table.scale')}</th>
              <th scope="col">{t('import.table.page')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((c) => {
              const setting = draft.settings.columns[String(c.index)] ?? {};
              const measure = kept.get(c.index);
              const name = `${columnLetters(c.index)} ${c.header}`.trim();
              const base = setting.unit ?? measure?.unit.baseZh ?? c.unit?.baseZh ?? '个';
              const scale = setting.scale ?? (measure ? measure.unit.zh.slice(0, -measure.unit.baseZh.length) : '');
              const numeric = c.kind === 'number';
              return (
                <tr key={c.index}>
                  <th scope="row">{name}</th>
                  <td>
                    {t(`import.table.kinds.${c.kind}`)}
                    {numeric && c.problems > 0 && ` · ${t('import.table.unreadable', { count: c.problems })}`}
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('import.table.useColumn', { column: name })}
                      disabled={!numeric}
                      checked={numeric && setting.use !== false}
                      onChange={(e) => setColumn(c.index, { use: e.target.checked })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={t('import.table.labelOf', { column: name })}
                      disabled={!measure}
                      value={setting.label ?? ''}
                      placeholder={measure?.label ?? c.label}
                      onChange={(e) => setColumn(c.index, { label: e.target.value || undefined })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={t('import.table.unitOf', { column: name })}
                      disabled={!measure}
                      value={base}
                      onChange={(e) => setColumn(c.index, { unit: e.target.value, scale })}
                    >
                      {BASE_UNIT_CHOICES.map((u) => (
                        <option key={u} value={u}>
                          {unitLabel(u)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={t('import.table.scaleOf', { column: name })}
                      disabled={!measure || base === '%' || base === '个百分点'}
                      value={scale}
                      onChange={(e) => setColumn(c.index, { unit: base, scale: e.target.value })}
                    >
                      {SCALE_CHOICES.map((s) => (
                        <option key={s} value={s}>
                          {t(SCALE_LABELS[s] ?? 'import.table.scales.none')}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={t('import.table.pageOf', { column: name })}
                      disabled={!measure}
                      value={setting.page ?? ''}
                      onChange={(e) => setColumn(c.index, { page: e.target.value || undefined })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

const candidateText = (c: RegionCandidate, language: 'zh' | 'en') =>
  language === 'en'
    ? `${c.en} (${c.name}, ${c.city}, ${c.province}) ${c.code}`
    : `${c.name}（${c.province}${c.city}）${c.code}`;

function Places(props: {
  places: readonly PlaceRow[];
  status: 'pending' | 'error' | 'success';
  onChoose: (written: string, code: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  // One line per place as written (a long table repeats a place once per year).
  const unique = useMemo(() => {
    const seen = new Set<string>();
    return props.places.filter((p) => !seen.has(p.written) && seen.add(p.written));
  }, [props.places]);
  const { shown, pager } = usePaged(unique);
  const count = (status: string) => unique.filter((p) => !p.total && p.match?.status === status).length;
  return (
    <>
      <h3 className="import__subtitle">{t('import.table.places')}</h3>
      {props.status === 'pending' && <p role="status">{t('import.table.loadingCodes')}</p>}
      {props.status === 'error' && (
        <p role="alert" className="import__problem">
          {t('import.table.codesFailed')}
        </p>
      )}
      {props.status === 'success' && (
        <p role="status">
          {t('import.table.matchProgress', {
            matched: count('matched'),
            ambiguous: count('ambiguous'),
            none: count('none'),
          })}
        </p>
      )}
      <div className="import__table">
        <table className="data-table" aria-label={t('import.table.places')}>
          <thead>
            <tr>
              <th scope="col">{t('import.table.written')}</th>
              <th scope="col">{t('import.table.match')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => {
              const m = p.match;
              return (
                <tr key={p.written}>
                  <th scope="row">{p.written}</th>
                  <td>
                    {p.total ? (
                      t('import.table.totalRow')
                    ) : m?.status === 'ambiguous' || m?.chosen ? (
                      <select
                        aria-label={t('import.table.whichPlace', { place: p.written })}
                        value={m.status === 'matched' ? m.candidate.code : m.status === 'none' ? 'none' : ''}
                        onChange={(e) => props.onChoose(p.written, e.target.value === 'none' ? '' : e.target.value)}
                      >
                        {m.status === 'ambiguous' && <option value="">{t('import.table.choose')}</option>}
                        {(m.status === 'ambiguous' ? m.candidates : m.status === 'matched' ? [m.candidate] : []).map(
                          (c) => (
                            <option key={c.code} value={c.code}>
                              {candidateText(c, language)}
                            </option>
                          ),
                        )}
                        <option value="none">{t('import.table.noCode')}</option>
                      </select>
                    ) : m?.status === 'matched' ? (
                      candidateText(m.candidate, language)
                    ) : (
                      <>
                        {t('import.table.noCode')}{' '}
                        <button
                          type="button"
                          className="button button--quiet"
                          onClick={() => props.onChoose(p.written, '')}
                        >
                          {t('import.table.confirmNoCode')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <Pager {...pager} />
      </div>
    </>
  );
}

function Messages({ messages }: { messages: readonly TableMessage[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (messages.length === 0) return null;
  const at = (m: TableMessage) =>
    m.cell
      ? t('import.table.atCell', { row: m.row, column: m.column, cell: m.cell })
      : m.row
        ? t('import.table.atRow', { row: m.row })
        : '';
  return (
    <>
      <h3 className="import__subtitle">{t('import.table.messages')}</h3>
      <p>
        {t('import.table.messageCount', {
          count: messages.length,
          shown: formatNumber(Math.min(messages.length, MESSAGES_SHOWN), language, 0),
        })}
      </p>
      <ul className="import__messages">
        {messages.slice(0, MESSAGES_SHOWN).map((m, i) => (
          <li key={i} className={m.severity === 'error' ? 'import__problem' : undefined}>
            {at(m)}
            {t(`import.table.message.${m.code}`, { raw: m.raw ?? '', otherRow: m.otherRow ?? '' })}
          </li>
        ))}
      </ul>
    </>
  );
}

function Preview({ grid, headerRow }: { grid: readonly (readonly string[])[]; headerRow: number }) {
  const { t } = useTranslation();
  const width = Math.max(0, ...grid.slice(0, PREVIEW_ROWS).map((r) => r.length));
  return (
    <>
      <h3 className="import__subtitle">{t('import.table.preview', { count: Math.min(grid.length, PREVIEW_ROWS) })}</h3>
      <div className="import__table">
        <table className="data-table import__preview" aria-label={t('import.table.previewLabel')}>
          <thead>
            <tr>
              <th scope="col">#</th>
              {Array.from({ length: width }, (_, c) => (
                <th key={c} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.slice(0, PREVIEW_ROWS).map((row, r) => (
              <tr key={r} className={r === headerRow ? 'import__header-row' : undefined}>
                <th scope="row">{r + 1}</th>
                {Array.from({ length: width }, (_, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
