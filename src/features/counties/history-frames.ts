/**
 * A unit's own page in the NBS division codes: its committees in every release beside the reply's
 * figures, and what changed in it release by release (the change-over-time models, for one unit).
 */
import { countyChangesModel, countyOfView, unitTrendModel } from '@/components/model/nbs-history';
import { paths } from '@/lib/paths';
import { defineFrame } from '@/frames/definition';

export const unitNbsTrendFrame = defineFrame({
  id: 'unit-nbs-trend',
  page: paths.counties,
  title: (t) => t('history.unitFrame'),
  needs: { datasets: ['divisions'], history: (view) => ({ city: countyOfView(view).slice(0, 4) }) },
  skeletonHeight: 320,
  select: (data, view, locale) =>
    unitTrendModel('unit-nbs-trend', data.history(), data.dataset('divisions'), countyOfView(view), locale),
});

export const unitNbsChangesFrame = defineFrame({
  id: 'unit-nbs-changes',
  page: paths.counties,
  title: (t) => t('history.countyFrame'),
  needs: { datasets: [], history: (view) => ({ county: countyOfView(view) }) },
  skeletonHeight: 320,
  select: (data, view, locale) =>
    countyChangesModel('unit-nbs-changes', data.history(), countyOfView(view), view.q, locale),
});
