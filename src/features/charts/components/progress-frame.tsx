import { useTranslation } from 'react-i18next';
import type { DatasetId } from '@/features/datasets/api/get-dataset';
import type { Dataset, Figure } from '@/features/datasets/model/dataset-schema';
import { formatDate, formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useFrameView } from '@/lib/use-url-state';
import { figureLabel, measureOf } from '../model/figures';
import { formatQuantity } from '../model/format-quantity';
import { figuresTable } from '../model/frame-table';
import { ChartFrame } from './chart-frame';
import { DataTable } from './data-table';
import { FigureValue } from './figure-value';
import { useDatasetFrame } from './use-dataset-frame';

export interface ProgressFrameProps {
  frameId: string;
  datasetId: DatasetId;
  title: string;
  /** The planned total, the part done, and the published share (percent). */
  pick: (dataset: Dataset) => { total: Figure; done: Figure; share: Figure };
}

/** The three figures in the order the frame's table (and anything built from it) lists them. */
export function progressFigures(p: { total: Figure; done: Figure; share: Figure }): Figure[] {
  return [p.total, p.done, p.share];
}

/** Progress towards a planned total: a bar filled to the completed part, with the stated share. */
export function ProgressFrame({ frameId, datasetId, title, pick }: ProgressFrameProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [view, setView] = useFrameView(frameId);
  const { dataset, selected: figures, state, release } = useDatasetFrame(datasetId, pick);
  const quantity = (f: Figure) =>
    dataset ? formatQuantity(f.value, measureOf(dataset, f).unit, language, f.decimals, (u) => t(`units.${u}`)) : '';
  return (
    <ChartFrame
      frameId={frameId}
      title={title}
      subtitle={figures?.done.asOf ? t('frame.asOf', { date: formatDate(figures.done.asOf, language) }) : undefined}
      state={state}
      release={release}
      view={view}
      onViewChange={setView}
      source={dataset?.source}
      datasetId={dataset?.id}
      citations={
        dataset && figures
          ? progressFigures(figures).map((f) => ({
              label: figureLabel(dataset, f, language),
              figure: f,
            }))
          : []
      }
      data={dataset && figures && figuresTable(dataset, title, progressFigures(figures), figureLabel, t, language)}
      skeletonHeight={120}
      chart={() =>
        dataset &&
        figures && (
          <div className="progress">
            <p className="progress__headline">
              <strong className="progress__share">
                {formatNumber(figures.share.value, language, figures.share.decimals)}%
              </strong>{' '}
              {t('progress.of', { done: quantity(figures.done), total: quantity(figures.total) })}
            </p>
            <svg
              className="progress__bar"
              viewBox="0 0 100 8"
              preserveAspectRatio="none"
              role="img"
              aria-label={t('progress.aria', {
                share: formatNumber(figures.share.value, language, figures.share.decimals),
                done: quantity(figures.done),
                total: quantity(figures.total),
              })}
            >
              <rect width="100" height="8" className="progress__rest" />
              <rect
                width={Math.min(100, (figures.done.value / figures.total.value) * 100)}
                height="8"
                className="progress__done"
              />
            </svg>
            <p className="progress__legend">
              <span>{`${figureLabel(dataset, figures.done, language)} ${quantity(figures.done)}`}</span>
              <span>{`${figureLabel(dataset, figures.total, language)} ${quantity(figures.total)} (${t(`status.${figures.total.status}`)})`}</span>
            </p>
          </div>
        )
      }
      table={() =>
        dataset &&
        figures && (
          <DataTable
            caption={title}
            columns={[
              { key: 'item', header: t('frame.item'), cell: (f: Figure) => figureLabel(dataset, f, language) },
              { key: 'value', header: t('frame.value'), numeric: true, cell: (f) => <FigureValue figure={f} /> },
              { key: 'unit', header: t('frame.unit'), cell: (f) => t(`units.${measureOf(dataset, f).unit}`) },
              { key: 'status', header: t('frame.status'), cell: (f) => t(`status.${f.status}`) },
            ]}
            rows={progressFigures(figures)}
            rowKey={(f) => f.id}
          />
        )
      }
    />
  );
}
