import { useTranslation } from 'react-i18next';
import type { DatasetId } from '@/features/datasets/api/get-dataset';
import type { Dataset, Figure } from '@/features/datasets/model/dataset-schema';
import { formatCompact, formatDate, formatNumber } from '@/lib/format';
import type { Language } from '@/lib/i18n';
import { useFrameView } from '@/lib/use-url-state';
import { useLanguage } from '@/lib/use-language';
import { figureLabel, measureOf } from '../model/figures';
import { formatQuantity } from '../model/format-quantity';
import { figuresTable } from '../model/frame-table';
import { ChartFrame, type Citation } from './chart-frame';
import { DataTable, type DataColumn } from './data-table';
import { FigureValue, useFigureFormat } from './figure-value';
import { LazyStackedBarChart } from './lazy-charts';
import { useDatasetFrame } from './use-dataset-frame';

export interface FiguresFrameProps {
  /** Stable id, used in the URL (`table=<id>`). */
  frameId: string;
  datasetId: DatasetId;
  title: string;
  /** The figures to show, in order. All must share one unit, so the chart never mixes units. */
  select: (dataset: Dataset) => Figure[];
  /** The label of each bar and row; defaults to the figure's measure label. */
  label?: (dataset: Dataset, figure: Figure, language: Language) => string;
}

/** One subtitle part per thing the figures share: unit, as-of date. */
function useSubtitle(dataset: Dataset | undefined, figures: readonly Figure[]): string | undefined {
  const { t } = useTranslation();
  const language = useLanguage();
  const first = figures[0];
  if (!dataset || !first) return undefined;
  const unit = measureOf(dataset, first).unit;
  const sameUnit = figures.every((f) => measureOf(dataset, f).unit === unit);
  const parts = [sameUnit ? t('frame.unitIs', { unit: t(`units.${unit}`) || t('frame.count') }) : t('frame.unitsVary')];
  const asOf = first.asOf;
  if (asOf && figures.every((f) => f.asOf === asOf)) parts.push(t('frame.asOf', { date: formatDate(asOf, language) }));
  const status = first.status;
  if (status !== 'actual' && figures.every((f) => f.status === status)) parts.push(t(`status.${status}`));
  return parts.join(' · ');
}

/** A set of same-unit figures from one dataset, as bars and as a table, with their sources. */
export function FiguresFrame({ frameId, datasetId, title, select, label = figureLabel }: FiguresFrameProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [view, setView] = useFrameView(frameId);
  const { dataset, selected: figures = [], state, release } = useDatasetFrame(datasetId, select);
  const subtitle = useSubtitle(dataset, figures);
  const text = useFigureFormat().number;

  const columns: DataColumn<Figure>[] = dataset
    ? [
        { key: 'item', header: t('frame.item'), cell: (f) => label(dataset, f, language) },
        {
          key: 'value',
          header: t('frame.value'),
          numeric: true,
          cell: (f) => (
            <span
              title={formatQuantity(f.value, measureOf(dataset, f).unit, language, f.decimals, (u) => t(`units.${u}`))}
            >
              <FigureValue figure={f} />
            </span>
          ),
        },
        { key: 'unit', header: t('frame.unit'), cell: (f) => t(`units.${measureOf(dataset, f).unit}`) },
        { key: 'status', header: t('frame.status'), cell: (f) => t(`status.${f.status}`) },
        { key: 'asOf', header: t('frame.asOfColumn'), cell: (f) => (f.asOf ? formatDate(f.asOf, language) : '') },
      ]
    : [];
  const citations: Citation[] = dataset ? figures.map((f) => ({ label: label(dataset, f, language), figure: f })) : [];

  return (
    <ChartFrame
      frameId={frameId}
      title={title}
      subtitle={subtitle}
      state={state}
      release={release}
      view={view}
      onViewChange={setView}
      source={dataset?.source}
      datasetId={dataset?.id}
      citations={citations}
      data={dataset && figuresTable(dataset, title, figures, label, t, language)}
      skeletonHeight={Math.max(160, figures.length * 36 + 60)}
      chart={() =>
        dataset && (
          <LazyStackedBarChart
            label={title}
            summary={figures.map((f) => `${label(dataset, f, language)} ${text(f)}`).join('；')}
            categories={figures.map((f) => ({ id: f.id, label: label(dataset, f, language) }))}
            series={[
              {
                key: 'value',
                label: title,
                color: 'var(--series-1)',
                values: figures.map((f) => f.value),
                derived: figures.map((f) => f.kind === 'derived' || f.status !== 'actual'),
              },
            ]}
            endLabels={figures.map(text)}
            hatchLabel={t('frame.hatchPlanned')}
            formatValue={(v) => formatNumber(v, language)}
            formatTick={(v) => formatCompact(v, language)}
            keyboardHint={t('chart.keyboardHint')}
            describeCategory={(i) => {
              const f = figures[i];
              if (!f) return '';
              const said = `${label(dataset, f, language)}：${text(f)} ${t(`units.${measureOf(dataset, f).unit}`)}`;
              return f.kind === 'derived' ? `${said}${t('audit.derivedSuffix')}` : said;
            }}
          />
        )
      }
      table={() => <DataTable caption={title} columns={columns} rows={figures} rowKey={(f) => f.id} />}
    />
  );
}
