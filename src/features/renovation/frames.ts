import { figuresFrame, progressFrame, type LabelledFigure } from '@/components/model/figure-frames';
import type { ModelLocale } from '@/components/model/values';
import type { Dataset, Figure } from '@/data/model/dataset-schema';
import { figureById, figureLabel, selectFigures } from '@/data/model/figures';
import { paths } from '@/lib/paths';
import { defineFrame, type FrameDefinition } from '@/frames/definition';

const YEARS = ['2022', '2023', '2022-2023'] as const;
const MEASURES = ['compounds', 'households', 'buildings', 'floor-area'] as const;
const GROUPS = ['pipes', 'area', 'count'] as const;

const labelled = (dataset: Dataset, figure: Figure, label: string): LabelledFigure => ({ dataset, figure, label });
const byMeasure = (dataset: Dataset, figure: Figure, locale: ModelLocale) =>
  labelled(dataset, figure, figureLabel(dataset, figure, locale.language));

/** 2022, 2023 (plan), then the two-year total, for one measure of the renovation. */
const measureFrames = MEASURES.map((measure): FrameDefinition =>
  defineFrame({
    id: `renovation-${measure}`,
    page: paths.renovation,
    title: (t) => t(`renovation.measures.${measure}`),
    needs: { datasets: ['renovation'] },
    skeletonHeight: 200,
    select(data, _view, locale) {
      const dataset = data.dataset('renovation');
      const figures = YEARS.flatMap((year) => selectFigures(dataset, { measure, dims: { year } }).slice(0, 1)).map(
        (f) => labelled(dataset, f, locale.t(`renovation.years.${f.dims?.year as (typeof YEARS)[number]}`)),
      );
      return figuresFrame(`renovation-${measure}`, locale.t(`renovation.measures.${measure}`), figures, locale);
    },
  }),
);

/** The 2023 investment: completed against planned, with the share the document states. */
const investmentFrame = defineFrame({
  id: 'renovation-investment',
  page: paths.renovation,
  title: (t) => t('renovation.investment'),
  needs: { datasets: ['renovation'] },
  skeletonHeight: 120,
  select(data, _view, locale) {
    const dataset = data.dataset('renovation');
    const pick = (id: string) => byMeasure(dataset, figureById(dataset, id), locale);
    return progressFrame(
      'renovation-investment',
      locale.t('renovation.investment'),
      {
        total: pick('investment-planned.2023'),
        done: pick('investment-completed.2023'),
        share: pick('investment-completed-share.2023'),
      },
      locale,
    );
  },
});

/** What the 2022 work included, by kind of quantity (lengths, areas, counts). */
const itemFrames = GROUPS.map((group): FrameDefinition =>
  defineFrame({
    id: `renovation-items-${group}`,
    page: paths.renovation,
    title: (t) => t(`renovation.groups.${group}`),
    needs: { datasets: ['renovation'] },
    skeletonHeight: 240,
    select(data, _view, locale) {
      const dataset = data.dataset('renovation');
      const figures = selectFigures(dataset, { dims: { year: '2022', group } }).map((f) =>
        byMeasure(dataset, f, locale),
      );
      return figuresFrame(`renovation-items-${group}`, locale.t(`renovation.groups.${group}`), figures, locale);
    },
  }),
);

/** The renovation page's frames, in page order. */
export const renovationFrames = { measures: measureFrames, investment: investmentFrame, items: itemFrames };
