import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from 'wouter';
import { KitLink } from '@/components/link';
import { barLayout } from '@/components/model/bar-layout';
import { frameSubtitle } from '@/components/model/frame';
import type { FrameModel } from '@/components/model/frame-model';
import { cellText } from '@/components/model/table';
import { DESIGN_WIDTH } from '@/components/bar-chart/bar-chart';
import { datasetQueryOptions, isDatasetId } from '@/data/api/get-dataset';
import type { Dataset } from '@/data/model/dataset-schema';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { serializeViewState, type ViewState } from '@/lib/url-state';
import { useLanguage } from '@/lib/use-language';
import { toCsv } from './csv';
import { saveFile } from './download';
import { exportFileName } from './file-name';
import { frameJson } from './json';
import { datasetSheet, sheetRows, viewSheet, type Sheet } from './sheet';
import { frameSvg } from './svg';

export interface FrameExportsProps {
  model: FrameModel;
  /** The page the frame is on (for its permalink). */
  page: string;
  view: ViewState;
  /**
   * The frame draws the reader's own import, kept on this device only: it has no link anyone else
   * can open, so it offers no permalink or iframe; its embed is the chart as self-contained SVG,
   * figures and citation inside it, and its downloads are of the view.
   */
  deviceOnly?: boolean;
}

const FORMATS = ['csv', 'xlsx', 'json', 'png', 'svg'] as const;
type Format = (typeof FORMATS)[number];
type Scope = 'view' | 'dataset';

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

/** An embed's height before it reports its own: the frame's chrome and its chart at design width. */
function embedHeight(model: FrameModel): number {
  const chrome = 300 + model.notes.length * 40 + model.legend.length * 8;
  if (model.chart.kind === 'bar') return Math.min(1400, chrome + barLayout(model.chart, DESIGN_WIDTH).height);
  if (model.chart.kind === 'map') return chrome + model.chart.height + 80;
  return Math.min(1400, chrome + model.table.rows.length * 40);
}

/**
 * Take-away tools under a frame: downloads (CSV, XLSX, JSON, PNG, SVG) of the view or the whole
 * dataset, "copy with citation", the full citation, and the embed code. Every file is rendered from
 * the frame's model, so it holds what the page shows, in the page's order and language.
 */
export function FrameExports({ model, page, view, deviceOnly = false }: FrameExportsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = { language, t };
  const id = useId();
  const queryClient = useQueryClient();
  const { base } = useRouter();
  const { origin, today: accessed } = useClientFacts();
  const [scope, setScope] = useState<Scope>('view');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [citationOpen, setCitationOpen] = useState(false);
  // Which menus are open: a closed menu renders only its button.
  const [downloadOpen, setDownloadOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const frameId = model.id;
  // Links pin the release shown, and keep only this frame's own table switch and the view options.
  const pinned = serializeViewState({
    ...view,
    tables: view.tables.filter((f) => f === frameId),
    figure: null,
    deck: null,
    slide: 1,
    play: false,
    version: model.release.version,
  });
  // Absolute links exist only in the browser: the prerendered page may be served under another
  // path prefix (`/` for `/zh/`), so the server and the hydrating client both leave them empty.
  const site = origin ? `${origin}${base}` : '';
  const permalink = deviceOnly ? '' : site && `${site}${paths.withQuery(page, pinned)}#frame-${frameId}`;
  const embedUrl = site && `${site}${paths.withQuery(paths.embed(frameId), pinned)}`;
  // Built only while the embed menu is open (the SVG is a whole drawing of the chart).
  const embedCode = !embedOpen
    ? ''
    : deviceOnly
      ? frameSvg(model, locale).svg
      : `<iframe src="${embedUrl}" id="pgd-embed-${frameId}" title="${model.title.replace(/"/g, '&quot;')}" ` +
        `width="100%" height="${embedHeight(model)}" style="border:0;width:100%" loading="lazy"></iframe>\n` +
        `<script src="${origin}/embed.js" async></script>`;
  const citationLine = model.source?.citation ?? '';
  const viaLine = () =>
    deviceOnly
      ? t('exports.deviceOnly')
      : t('exports.via', {
          url: permalink,
          accessed: accessed ? formatDate(accessed, language) : '',
          interpolation: { escapeValue: false },
        });

  // The view part of a file name: the frame and its non-default options (sort, layout…).
  const viewSuffix = () => {
    if (scope === 'dataset') return 'all';
    const extra = serializeViewState({
      ...view,
      tables: [],
      version: undefined,
      figure: null,
      deck: null,
      slide: 1,
      play: false,
    }).replace(/[=&]/g, '-');
    return extra ? `${frameId}_${extra}` : frameId;
  };
  const datasetId = model.release.datasets[0] ?? frameId;
  const fileName = (extension: string, forView = false) =>
    exportFileName({
      datasetId,
      view: forView ? frameId : viewSuffix(),
      version: model.release.version,
      extension,
    });
  const fullDatasets = async (): Promise<Dataset[]> =>
    Promise.all(
      model.release.datasets.filter(isDatasetId).map(async (dataset) => {
        const latest = await queryClient.fetchQuery(datasetQueryOptions(dataset));
        return latest.version === model.release.version
          ? latest
          : queryClient.fetchQuery(datasetQueryOptions(dataset, model.release.version));
      }),
    );
  const sheet = async (): Promise<Sheet> => {
    if (scope === 'view') return viewSheet(model, locale);
    const [dataset] = await fullDatasets();
    if (!dataset) throw new Error(t('exports.noDataset'));
    return datasetSheet(dataset, locale, {
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
    });
  };

  const build = async (format: Format): Promise<{ blob: Blob; name: string }> => {
    switch (format) {
      case 'csv':
        return {
          blob: new Blob([toCsv(sheetRows(await sheet()))], { type: 'text/csv;charset=utf-8' }),
          name: fileName('csv'),
        };
      case 'xlsx': {
        const { toXlsx } = await import('./xlsx');
        const quotes = model.citations.map((c) => [
          `${c.label}${t('readout.colon')}${c.text}`,
          c.quote ?? c.place ?? '',
        ]);
        return {
          blob: await toXlsx({
            dataName: model.title,
            data: await sheet(),
            sourceName: t('exports.sheetSource'),
            source: [[model.title], [citationLine], [viaLine()], [model.source?.licence ?? ''], [], ...quotes],
          }),
          name: fileName('xlsx'),
        };
      }
      case 'json': {
        const figures = scope === 'dataset' ? (await fullDatasets()).flatMap((d) => d.figures) : undefined;
        return {
          blob: new Blob([frameJson(model, { link: permalink, ...(figures ? { figures } : {}) })], {
            type: 'application/json',
          }),
          name: fileName('json'),
        };
      }
      case 'png':
      case 'svg': {
        const image = frameSvg(model, locale);
        if (format === 'svg')
          return { blob: new Blob([image.svg], { type: 'image/svg+xml' }), name: fileName('svg', true) };
        const { svgToPng } = await import('./png');
        return { blob: await svgToPng(image, 2), name: fileName('png', true) };
      }
    }
  };
  const download = async (format: Format) => {
    const label = t(`exports.formats.${format}`);
    setMessage(t('exports.preparing', { format: label }));
    setBusy(true);
    try {
      const { blob, name } = await build(format);
      saveFile(blob, name);
      setMessage(t('exports.done', { file: name }));
    } catch (error) {
      setMessage(
        t('exports.failed', { format: label, message: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setBusy(false);
    }
  };
  /** The table as the page shows it (its sort, every column), then the citation. */
  const copyText = () => {
    const { table } = model;
    const lines = table.rows.map((row) => {
      const [first, ...rest] = table.columns;
      const name = first ? cellText(row.cells[first.key], first, locale) : row.key;
      const values = rest.map((c) => {
        const cell = row.cells[c.key];
        const text = cellText(cell, c, locale);
        const derived = cell?.type === 'value' && cell.value.marks.kind === 'derived';
        return `${c.header} ${text}${derived ? t(`exports.mark.${cell.value.marks.derivation === 'inferred' ? 'inferred' : 'computed'}`) : ''}`;
      });
      return `${name}${t('readout.colon')}${values.join(t('readout.separator'))}`;
    });
    const subtitle = frameSubtitle(model);
    return [model.title, ...(subtitle ? [subtitle] : []), ...lines, citationLine].join('\n');
  };
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
    <div className="exports" role="group" aria-label={t('exports.group', { title: model.title })}>
      <details className="menu" onToggle={(e) => setDownloadOpen(e.currentTarget.open)}>
        <summary className="button button--quiet">{t('exports.download')}</summary>
        {downloadOpen && (
          <div className="menu__panel">
            <fieldset className="control control--segmented">
              <legend>{t('exports.scope')}</legend>
              {(deviceOnly ? (['view'] as const) : (['view', 'dataset'] as const)).map((s) => (
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
                    disabled={busy}
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
              {citationLine}
            </p>
            <p className="citation-panel__via">{viaLine()}</p>
            {model.source && <p className="citation-panel__licence">{model.source.licence}</p>}
            <p>
              <KitLink href={paths.reuse}>{t('nav.reuse')}</KitLink>
            </p>
          </div>
        )}
      </details>
      <details className="menu" onToggle={(e) => setEmbedOpen(e.currentTarget.open)}>
        <summary className="button button--quiet">{t('exports.embed')}</summary>
        {embedOpen && (
          <div className="menu__panel">
            <p>
              {deviceOnly
                ? t('exports.embedDeviceOnly')
                : t('exports.embedHint', { version: formatDate(model.release.version, language) })}
            </p>
            <label htmlFor={`${id}-embed`}>{t('exports.embedCode')}</label>
            <textarea id={`${id}-embed`} className="embed-code" readOnly rows={5} value={embedCode} />
            <button type="button" className="button" onClick={() => void copy(embedCode, t('exports.embedCopied'))}>
              {t('exports.copyEmbed')}
            </button>
          </div>
        )}
      </details>
      <p className="exports__status" role="status" aria-busy={busy || undefined}>
        {message}
      </p>
    </div>
  );
}
