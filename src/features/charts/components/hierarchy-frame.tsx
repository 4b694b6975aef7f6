import { useTranslation } from 'react-i18next';
import type { DatasetId } from '@/features/datasets/api/get-dataset';
import type { Dataset, Figure } from '@/features/datasets/model/dataset-schema';
import { useLanguage } from '@/lib/use-language';
import { useFrameView } from '@/lib/use-url-state';
import { figureLabel, measureOf } from '../model/figures';
import { figuresTable } from '../model/frame-table';
import { ChartFrame } from './chart-frame';
import { DataTable } from './data-table';
import { FigureValue } from './figure-value';
import { useDatasetFrame } from './use-dataset-frame';

/** A tier of an organisation: its count, and side organisations at the same level. */
export interface HierarchyLevel {
  figure: Figure;
  beside?: readonly Figure[];
}

/** Every figure of the tiers, top down, each tier's side organisations after it (the table's order). */
export function hierarchyFigures(levels: readonly HierarchyLevel[]): Figure[] {
  return levels.flatMap((l) => [l.figure, ...(l.beside ?? [])]);
}

export interface HierarchyFrameProps {
  frameId: string;
  datasetId: DatasetId;
  title: string;
  subtitle?: string;
  /** Tiers from the top down. */
  levels: (dataset: Dataset) => HierarchyLevel[];
}

/** An organisation drawn as what it is, a hierarchy of tiers (not bars of unlike things). */
export function HierarchyFrame({ frameId, datasetId, title, subtitle, levels }: HierarchyFrameProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [view, setView] = useFrameView(frameId);
  const { dataset, selected: tiers = [], state, release } = useDatasetFrame(datasetId, levels);
  const all = hierarchyFigures(tiers);
  const label = (f: Figure) => (dataset ? figureLabel(dataset, f, language) : '');
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
      citations={all.map((f) => ({ label: label(f), figure: f }))}
      data={dataset && figuresTable(dataset, title, all, figureLabel, t, language)}
      skeletonHeight={260}
      chart={() => (
        <ol className="hierarchy" aria-label={title}>
          {tiers.map((level, i) => (
            <li key={level.figure.id} className={`hierarchy__tier hierarchy__tier--level-${Math.min(i, 3)}`}>
              <span className="hierarchy__node">
                <strong>
                  <FigureValue figure={level.figure} />
                </strong>{' '}
                {label(level.figure)}
              </span>
              {level.beside?.map((f) => (
                <span key={f.id} className="hierarchy__node hierarchy__node--beside">
                  <strong>
                    <FigureValue figure={f} />
                  </strong>{' '}
                  {label(f)}
                </span>
              ))}
            </li>
          ))}
        </ol>
      )}
      table={() =>
        dataset && (
          <DataTable
            caption={title}
            columns={[
              { key: 'item', header: t('frame.item'), cell: (f: Figure) => label(f) },
              { key: 'value', header: t('frame.value'), numeric: true, cell: (f) => <FigureValue figure={f} /> },
              {
                key: 'unit',
                header: t('frame.unit'),
                cell: (f) => t(`units.${measureOf(dataset, f).unit}`) || t('frame.count'),
              },
            ]}
            rows={all}
            rowKey={(f) => f.id}
          />
        )
      }
    />
  );
}
