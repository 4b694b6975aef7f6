import type { ControlModel } from '@/components/controls';
import type { Translate } from '@/lib/i18n';
import { COUNTY_LAYOUTS, COUNTY_SORTS, MAP_MEASURES, type ViewState } from '@/lib/url-state';
import type { FrameControl } from './definition';

/** A frame's view options as the kit draws them, with their choices named. */
export function controlModels(controls: readonly FrameControl[], view: ViewState, t: Translate): ControlModel[] {
  return controls.map((control): ControlModel => {
    switch (control) {
      case 'sort':
        return {
          param: 'sort',
          label: t('county.sortBy'),
          style: 'select',
          options: COUNTY_SORTS.map((value) => ({ value, label: t(`county.sorts.${value}`) })),
          value: view.sort,
        };
      case 'layout':
        return {
          param: 'layout',
          label: t('county.layout'),
          style: 'segmented',
          options: COUNTY_LAYOUTS.map((value) => ({ value, label: t(`county.layouts.${value}`) })),
          value: view.layout,
        };
      case 'measure':
        return {
          param: 'measure',
          label: t('map.measure'),
          style: 'select',
          options: MAP_MEASURES.map((value) => ({ value, label: t(`map.measures.${value}`) })),
          value: view.measure,
        };
    }
  });
}

/** The view with one option changed; a value the option does not offer changes nothing. */
export function withControl(view: ViewState, param: string, value: string): ViewState {
  if (param === 'sort') {
    const sort = COUNTY_SORTS.find((s) => s === value);
    return sort ? { ...view, sort } : view;
  }
  if (param === 'layout') {
    const layout = COUNTY_LAYOUTS.find((l) => l === value);
    return layout ? { ...view, layout } : view;
  }
  if (param === 'measure') {
    const measure = MAP_MEASURES.find((m) => m === value);
    return measure ? { ...view, measure } : view;
  }
  return view;
}
