import { useTranslation } from 'react-i18next';
import { FiguresFrame } from '@/features/charts/components/figures-frame';
import { ProgressFrame } from '@/features/charts/components/progress-frame';
import { figureById, selectFigures } from '@/features/charts/model/figures';
import type { Dataset, Figure } from '@/features/datasets/model/dataset-schema';
import { TermLinks } from './term-links';

const YEARS = ['2022', '2023', '2022-2023'] as const;
const MEASURES = ['compounds', 'households', 'buildings', 'floor-area'] as const;

/** 2022, 2023 (plan), then the two-year total, for one measure. */
function byYear(measure: string) {
  return (d: Dataset) =>
    YEARS.map((year) => selectFigures(d, { measure, dims: { year } })[0]).filter((f): f is Figure => !!f);
}

export function RenovationRoute() {
  const { t } = useTranslation();
  const yearLabel = (_: Dataset, f: Figure) => t(`renovation.years.${f.dims?.year as (typeof YEARS)[number]}`);
  return (
    <>
      <h1 className="page-title">{t('nav.renovation')}</h1>
      <p className="page-intro">{t('renovation.intro')}</p>
      <TermLinks ids={['three-without']} />
      <h2 className="section-title">{t('renovation.compare')}</h2>
      <div className="frames-grid">
        {MEASURES.map((m) => (
          <FiguresFrame
            key={m}
            frameId={`renovation-${m}`}
            datasetId="renovation"
            title={t(`renovation.measures.${m}`)}
            select={byYear(m)}
            label={yearLabel}
          />
        ))}
      </div>
      <ProgressFrame
        frameId="renovation-investment"
        datasetId="renovation"
        title={t('renovation.investment')}
        pick={(d) => ({
          total: figureById(d, 'investment-planned.2023'),
          done: figureById(d, 'investment-completed.2023'),
          share: figureById(d, 'investment-completed-share.2023'),
        })}
      />
      <h2 className="section-title">{t('renovation.items')}</h2>
      {(['pipes', 'area', 'count'] as const).map((group) => (
        <FiguresFrame
          key={group}
          frameId={`renovation-items-${group}`}
          datasetId="renovation"
          title={t(`renovation.groups.${group}`)}
          select={(d) => selectFigures(d, { dims: { year: '2022', group } })}
        />
      ))}
    </>
  );
}
