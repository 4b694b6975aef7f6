import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { AuditReport } from '@/components/audit-report';
import { FramePanel, type FrameTab } from '@/components/frame-panel';
import type * as DatasetSchemaModule from '@/data/model/dataset-schema';
import type { Dataset } from '@/data/model/dataset-schema';
import { inlineSourceMeta, withSourceMeta } from '@/data/model/inline-source';
import { runIntegrityChecks } from '@/data/model/integrity';
import { adminUnits } from '@/data/model/units';
import { formatNumber } from '@/lib/format';
import { afterNextPaint } from '@/lib/next-task';
import { paths } from '@/lib/paths';
import { DEFAULT_VIEW_STATE } from '@/lib/url-state';
import { useLanguage } from '@/lib/use-language';
import { saveFile } from '@/outputs/download';
import { fileName } from '@/outputs/file-name';
import { FrameExports } from '@/outputs/frame-exports';
import { importFrames } from '../model/import-frames';
import { fileProblems, type FileProblem } from '../model/file-problems';
import type { DatasetFile } from '../model/to-dataset';

type SchemaModule = typeof DatasetSchemaModule;
const knownUnitIds = new Set(adminUnits.map((u) => u.id));

export interface CheckedFile {
  file: DatasetFile;
  /** What the build's validator found, in the reader's terms; the file downloads only without any. */
  problems: FileProblem[];
  dataset?: Dataset;
}

function checkFile(schemaModule: SchemaModule, file: DatasetFile): CheckedFile {
  const parsed = schemaModule.createDatasetFixtureSchema(knownUnitIds).safeParse(file);
  if (!parsed.success) return { file, problems: fileProblems(file, parsed.error.issues) };
  const meta = inlineSourceMeta(parsed.data);
  return { file, problems: [], ...(meta ? { dataset: withSourceMeta(parsed.data, meta) } : {}) };
}

/**
 * The build's own validator, run on an import's dataset file as the reader works. It loads with
 * the first figure, so the page itself stays light. A file of thousands of figures takes a while
 * to check, so it is checked after the page has painted what changed (the preview comes first);
 * until then the last file's result stays, as the page showed it.
 */
export function useCheckedFile(file: DatasetFile | null): CheckedFile | null {
  const [schemaModule, setSchemaModule] = useState<SchemaModule | null>(null);
  const [checked, setChecked] = useState<CheckedFile | null>(null);
  const wantsSchema = file !== null;
  useEffect(() => {
    if (!wantsSchema || schemaModule) return;
    let live = true;
    void import('@/data/model/dataset-schema').then((m) => live && setSchemaModule(m));
    return () => {
      live = false;
    };
  }, [wantsSchema, schemaModule]);
  // No file, no result: a later file never shows one from before the list was emptied.
  if (!file && checked) setChecked(null);
  useEffect(() => {
    if (!file || !schemaModule) return;
    return afterNextPaint(() => setChecked(checkFile(schemaModule, file)));
  }, [file, schemaModule]);
  return checked;
}

/**
 * What an import gives: its dataset file (validated as the build validates it, and downloadable
 * once valid), its charts drawn by the same kit as the built-in data, and the audit's checks.
 */
export function ImportOutput(props: {
  checked: CheckedFile | null;
  figureCount: number;
  missingCitation: boolean;
  hint: string;
  figureHref?: (ref: string) => string;
  /** The import's slide show (its charts full screen). */
  slidesHref: string;
  /** Below the checks: the source text, for a document. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { checked } = props;
  const results = useMemo(() => (checked?.dataset ? runIntegrityChecks([checked.dataset]) : []), [checked]);
  const frames = useMemo(
    () => (checked?.dataset ? importFrames(checked.dataset, { language, t }) : []),
    [checked, language, t],
  );
  const [tabs, setTabs] = useState<Record<string, FrameTab>>({});
  const [slides, setSlides] = useState<'idle' | 'building' | 'failed'>('idle');
  // Every chart as a slide of a PowerPoint file, built from the same models as the page.
  const downloadSlides = async () => {
    if (!checked?.dataset || frames.length === 0) return;
    setSlides('building');
    try {
      const { buildPptx } = await import('@/outputs/pptx');
      const deck = frames.map((model, i) => ({
        model,
        table: false,
        title: model.title,
        numberLine: t('presenter.slideOf', { slide: i + 1, total: frames.length }),
      }));
      const [first] = frames;
      const subtitle = [first?.source?.line, first?.release.line, t('import.ownData')].filter((l): l is string => !!l);
      const title = checked.dataset.title.zh ?? checked.file.id;
      saveFile(await buildPptx(deck, { title, subtitle }, { language, t }), fileName([title], 'pptx'));
      setSlides('idle');
    } catch {
      setSlides('failed');
    }
  };
  // A missing citation is said above, before anything is accepted; the list says the rest.
  const listed = (checked?.problems ?? []).filter((p) => !(p.kind === 'citation' && props.missingCitation));
  const problemText = (p: FileProblem) =>
    p.kind === 'citation'
      ? t('import.fileProblems.citation')
      : p.kind === 'other'
        ? t('import.fileProblems.other', { text: p.text })
        : t(
            p.kind === 'percent-over-100' ? 'import.fileProblems.percentOver100' : 'import.fileProblems.negativeCount',
            {
              measure: p.measure,
              value: formatNumber(p.value, language, p.decimals),
            },
          );
  const download = () => {
    if (!checked || checked.problems.length > 0) return;
    saveFile(
      new Blob([JSON.stringify(checked.file, null, 2)], { type: 'application/json' }),
      `${checked.file.id}.json`,
    );
  };
  return (
    <>
      <h2 className="section-title">{t('import.output')}</h2>
      <p>{props.hint}</p>
      {props.missingCitation && <p className="import__warning">{t('import.citationMissing')}</p>}
      {listed.length > 0 && (
        <div className="import__problem">
          <p>{t('import.invalid')}</p>
          <ul>
            {listed.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <button
          type="button"
          className="button button--primary"
          disabled={!checked || checked.problems.length > 0}
          onClick={download}
        >
          {t('import.downloadDataset', { count: props.figureCount })}
        </button>
      </p>
      {checked?.dataset && (
        <>
          <h2 className="section-title">{t('import.charts')}</h2>
          <p>{t('import.chartsHint')}</p>
          {frames.length === 0 ? (
            <p>{t('import.noCharts')}</p>
          ) : (
            <p>
              <button
                type="button"
                className="button"
                disabled={slides === 'building'}
                onClick={() => void downloadSlides()}
              >
                {t('import.downloadSlides', { count: frames.length })}
              </button>{' '}
              <Link className="button" href={props.slidesHref}>
                {t('import.slides.open', { count: frames.length })}
              </Link>
              {slides === 'failed' && (
                <span role="alert" className="import__problem">
                  {' '}
                  {t('import.slidesFailed')}
                </span>
              )}
            </p>
          )}
          {frames.map((model) => (
            <FramePanel
              key={model.id}
              frameId={model.id}
              title={model.title}
              state={{ status: 'ready', model }}
              tab={tabs[model.id] ?? 'chart'}
              onTabChange={(tab) => setTabs((all) => ({ ...all, [model.id]: tab }))}
              actions={<FrameExports model={model} page={paths.importer} view={DEFAULT_VIEW_STATE} deviceOnly />}
              {...(props.figureHref ? { figureHref: props.figureHref } : {})}
            />
          ))}
          <h2 className="section-title">{t('import.checks')}</h2>
          <p>{t('import.checksHint')}</p>
          {results.length > 0 ? (
            <AuditReport datasets={[checked.dataset]} results={results} />
          ) : (
            <p>{t('import.noChecks')}</p>
          )}
          {props.children}
        </>
      )}
    </>
  );
}
