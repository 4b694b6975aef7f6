import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useRouter } from 'wouter';
import { datasetQueryOptions, isDatasetId } from '@/features/datasets/api/get-dataset';
import type { Dataset, Figure, Source } from '@/features/datasets/model/dataset-schema';
import type { FrameTable } from '@/features/datasets/model/frame-table';
import { formatDate } from '@/lib/format';
import { serializeViewState } from '@/lib/url-state';
import { useLanguage } from '@/lib/use-language';
import { useViewState } from '@/lib/use-url-state';
import { citationParts } from '../model/citation';
import { toCsv } from '../model/csv';
import { saveFile } from '../model/download';
import { exportFileName } from '../model/file-name';
import { composeChartImage, svgToPng } from '../model/image';
import { datasetSheet, percentAsNumber, viewSheet, type Sheet } from '../model/sheet';

export interface FrameExportsProps {
  frameId: string;
  title: string;
  data: FrameTable;
  source: Source | undefined;
  citations: readonly { label: string; figure: Figure; text: string }[];
  chartElement: () => HTMLElement | null;
}

const FORMATS = ['csv', 'xlsx', 'json', 'png', 'svg'] as const;
type Format = (typeof FORMATS)[number];
type Scope = 'view' | 'dataset';

/** The chart drawings a frame can export as an image (not the small progress bar or icons). */
const EXPORTABLE_SVG = 'svg.recharts-surface, svg[data-exportable]';

const noSubscribe = () => () => {};
const today = () => new Date().toISOString().slice(0, 10);
/**
 * The site's origin and today's date, which the prerendered HTML cannot know: empty while
 * prerendering and hydrating (so server and client agree), filled in right after.
 */
function useClientFacts(): { origin: string; today: string } {
  const origin = useSyncExternalStore(
    noSubscribe,
    () => window.location.origin,
    () => '',
  );
  const date = useSyncExternalStore(noSubscribe, today, () => '');
  return { origin, today: date };
}

/**
 * Take-away tools under a frame: downloads (CSV, XLSX, JSON, PNG, SVG) of the view or the whole
 * dataset, "copy with citation", the full citation, and the embed code.
 */
export function FrameExports({ frameId, title, data, source, citations, chartElement }: FrameExportsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const queryClient = useQueryClient();
  const [location] = useLocation();
  const { base } = useRouter();
  const [viewState] = useViewState();
  const { origin, today: accessed } = useClientFacts();
  const [scope, setScope] = useState<Scope>('view');
  const [message, setMessage] = useState('');
  const [citationOpen, setCitationOpen] = useState(false);
  // Which menus are open: a closed menu renders only its button, so a page with many frames
  // formats no citation or date until someone opens a menu or copies.
  const [downloadOpen, setDownloadOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);

  // Links pin the release shown, and keep only this frame's own table switch.
  const pinnedQuery = serializeViewState({
    ...viewState,
    tables: viewState.tables.filter((f) => f === frameId),
    figure: null,
    city: null,
    version: data.version,
  });
  // Absolute links exist only in the browser: the prerendered page may be served under another
  // path prefix (`/` for `/zh/`), so the server and the hydrating client both leave them empty.
  const site = origin ? `${origin}${base}` : '';
  const permalink = site && `${site}${location}?${pinnedQuery}#frame-${frameId}`;
  const embedUrl = site && `${site}/embed/${frameId}?${pinnedQuery}`;
  const embedHeight = Math.min(900, 300 + data.rows.length * 40);
  const embedCode = `<iframe src="${embedUrl}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="${embedHeight}" style="border:0" loading="lazy"></iframe>`;

  const citationLine = () =>
    source
      ? t('exports.citationLine', {
          ...citationParts(
            source,
            language,
            citations.map((c) => c.figure.provenance.section),
            (iso) => formatDate(iso, language),
            (list) => t('exports.sections', { list: list.join(t('exports.sectionSeparator')) }),
          ),
          interpolation: { escapeValue: false },
        })
      : '';
  const viaLine = () =>
    t('exports.via', {
      url: permalink,
      accessed: accessed ? formatDate(accessed, language) : '',
      interpolation: { escapeValue: false },
    });
  const footer = () => {
    const asOf = [...new Set(citations.map((c) => c.figure.asOf).filter((d): d is string => !!d))].sort().at(-1);
    return [
      citationLine(),
      ...(asOf ? [t('exports.asOf', { date: formatDate(asOf, language) })] : []),
      t('exports.version', { version: data.version }),
    ];
  };

  // The view part of a file name: the frame and its non-default options (sort, layout…).
  const viewSuffix = (view: string) => {
    if (scope === 'dataset') return view;
    const extra = serializeViewState({ ...viewState, tables: [], version: undefined }).replace(/[=&]/g, '-');
    return extra ? `${view}_${extra}` : view;
  };
  const fileName = (extension: string, view = scope === 'dataset' ? 'all' : frameId) =>
    exportFileName({ datasetId: data.datasetId, view: viewSuffix(view), version: data.version, extension });

  const fullDataset = async (): Promise<Dataset> => {
    if (!isDatasetId(data.datasetId)) throw new Error(`unknown dataset "${data.datasetId}"`);
    const latest = await queryClient.fetchQuery(datasetQueryOptions(data.datasetId));
    return latest.version === data.version
      ? latest
      : queryClient.fetchQuery(datasetQueryOptions(data.datasetId, data.version));
  };

  const sheet = async (): Promise<Sheet> =>
    scope === 'view'
      ? viewSheet(data, { derivedColumn: t('exports.derivedColumn'), separator: t('exports.sectionSeparator') })
      : datasetSheet(await fullDataset(), language, {
          columns: {
            figure: t('exports.columns.figure'),
            measure: t('exports.columns.measure'),
            dims: t('exports.columns.dims'),
            value: t('exports.columns.value'),
            unit: t('exports.columns.unit'),
            status: t('exports.columns.status'),
            kind: t('exports.columns.kind'),
            asOf: t('exports.columns.asOf'),
            section: t('exports.columns.section'),
            quote: t('exports.columns.quote'),
          },
          unit: (u) => t(`units.${u}`) || t('frame.count'),
          status: (s) => t(`status.${s}`),
          kind: (k) => t(`exports.kinds.${k}`),
        });

  const chartSvg = (): SVGSVGElement | null => chartElement()?.querySelector<SVGSVGElement>(EXPORTABLE_SVG) ?? null;

  const build = async (format: Format): Promise<{ blob: Blob; name: string }> => {
    switch (format) {
      case 'csv':
        return {
          blob: new Blob([toCsv(toRows(percentAsNumber(await sheet())))], { type: 'text/csv;charset=utf-8' }),
          name: fileName('csv'),
        };
      case 'xlsx': {
        const { toXlsx } = await import('../model/xlsx');
        const quotes = citations.map((c) => [`${c.label}：${c.text}`, c.figure.provenance.quote]);
        return {
          blob: await toXlsx({
            dataName: title,
            data: await sheet(),
            sourceName: t('exports.sheetSource'),
            source: [[title], [citationLine()], [viaLine()], [source?.licence[language] ?? ''], [], ...quotes],
          }),
          name: fileName('xlsx'),
        };
      }
      case 'json': {
        const figures = scope === 'dataset' ? (await fullDataset()).figures : citations.map((c) => c.figure);
        const slice = {
          title,
          dataset: data.datasetId,
          version: data.version,
          view: scope === 'view' ? { frame: frameId, columns: data.columns, rows: data.rows } : undefined,
          figures,
          source: source && { ...source, citation: citationLine() },
          link: permalink,
        };
        return {
          blob: new Blob([JSON.stringify(slice, null, 2)], { type: 'application/json' }),
          name: fileName('json'),
        };
      }
      case 'png':
      case 'svg': {
        const svg = chartSvg();
        if (!svg) throw new Error(t('exports.imageUnavailable'));
        const style = getComputedStyle(document.documentElement);
        const image = composeChartImage(svg, {
          title,
          footer: footer(),
          background: style.getPropertyValue('--surface').trim() || '#ffffff',
          foreground: style.getPropertyValue('--text').trim() || '#1a1a1a',
          fontFamily: getComputedStyle(document.body).fontFamily,
        });
        return format === 'svg'
          ? { blob: new Blob([image.svg], { type: 'image/svg+xml' }), name: fileName('svg', frameId) }
          : { blob: await svgToPng(image, 2), name: fileName('png', frameId) };
      }
    }
  };

  const download = async (format: Format) => {
    const label = t(`exports.formats.${format}`);
    setMessage(t('exports.preparing', { format: label }));
    try {
      const { blob, name } = await build(format);
      saveFile(blob, name);
      setMessage(t('exports.done', { file: name }));
    } catch (error) {
      setMessage(
        t('exports.failed', { format: label, message: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  const copyText = () =>
    [
      title,
      ...citations.map((c) =>
        t('exports.figureLine', {
          label: c.label,
          value: c.figure.kind === 'derived' ? `${c.text}${t('exports.derivedMark')}` : c.text,
          interpolation: { escapeValue: false },
        }),
      ),
      citationLine(),
    ].join('\n');

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(done);
    } catch {
      setMessage(t('exports.copyFailed'));
      setCitationOpen(true);
    }
  };

  return (
    <div className="exports" role="group" aria-label={t('exports.group', { title })}>
      <details className="menu" onToggle={(e) => setDownloadOpen(e.currentTarget.open)}>
        <summary className="button button--quiet">{t('exports.download')}</summary>
        {downloadOpen && (
          <div className="menu__panel">
            <fieldset className="control control--segmented">
              <legend>{t('exports.scope')}</legend>
              {(['view', 'dataset'] as const).map((s) => (
                <label key={s}>
                  <input
                    type="radio"
                    name={`${id}-scope`}
                    value={s}
                    checked={scope === s}
                    onChange={() => setScope(s)}
                  />
                  {t(s === 'view' ? 'exports.scopeView' : 'exports.scopeDataset')}
                </label>
              ))}
            </fieldset>
            <ul className="menu__list">
              {FORMATS.map((format) => (
                <li key={format}>
                  <button
                    type="button"
                    className="button button--quiet"
                    data-format={format}
                    onClick={() => void download(format)}
                  >
                    {t(`exports.formats.${format}`)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </details>
      <button type="button" className="button button--quiet" onClick={() => void copy(copyText(), t('exports.copied'))}>
        {t('exports.copy')}
      </button>
      <details className="menu" open={citationOpen} onToggle={(e) => setCitationOpen(e.currentTarget.open)}>
        <summary className="button button--quiet">{t('exports.citation')}</summary>
        {citationOpen && (
          <div className="menu__panel citation-panel">
            <p>{t('exports.citationHint')}</p>
            <p className="citation-panel__line" data-testid="citation-line">
              {citationLine()}
            </p>
            <p className="citation-panel__via">{viaLine()}</p>
            {source && <p className="citation-panel__licence">{source.licence[language]}</p>}
            <p>
              <Link href="/reuse">{t('nav.reuse')}</Link>
            </p>
          </div>
        )}
      </details>
      <details className="menu" onToggle={(e) => setEmbedOpen(e.currentTarget.open)}>
        <summary className="button button--quiet">{t('exports.embed')}</summary>
        {embedOpen && (
          <div className="menu__panel">
            <p>{t('exports.embedHint', { version: formatDate(data.version, language) })}</p>
            <label htmlFor={`${id}-embed`}>{t('exports.embedCode')}</label>
            <textarea id={`${id}-embed`} className="embed-code" readOnly rows={4} value={embedCode} />
            <button type="button" className="button" onClick={() => void copy(embedCode, t('exports.embedCopied'))}>
              {t('exports.copyEmbed')}
            </button>
          </div>
        )}
      </details>
      <p className="exports__status" role="status">
        {message}
      </p>
    </div>
  );
}

function toRows(sheet: Sheet) {
  return [sheet.header, ...sheet.rows];
}
