import type { ControlModel } from '@/components/controls';
import type { Translate } from '@/lib/i18n';
import {
  CHANGE_SORTS,
  COUNTY_LAYOUTS,
  COUNTY_SORTS,
  HISTORY_YEARS,
  MAP_MEASURES,
  RANK_LEVELS,
  type ViewState,
} from '@/lib/url-state';
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
      case 'year':
        return {
          param: 'year',
          label: t('history.year'),
          style: 'select',
          options: HISTORY_YEARS.map((y) => ({ value: String(y), label: t('history.release', { year: y }) })),
          value: String(view.year ?? LAST),
        };
      case 'from':
        return {
          param: 'from',
          label: t('history.from'),
          style: 'select',
          options: HISTORY_YEARS.slice(0, -1).map((y) => ({ value: String(y), label: String(y) })),
          value: String(view.from ?? FIRST),
        };
      case 'to':
        return {
          param: 'to',
          label: t('history.to'),
          style: 'select',
          options: HISTORY_YEARS.slice(1).map((y) => ({ value: String(y), label: String(y) })),
          value: String(view.to ?? LAST),
        };
      case 'rank':
        return {
          param: 'rank',
          label: t('county.sortBy'),
          style: 'select',
          options: CHANGE_SORTS.map((value) => ({ value, label: t(`history.sorts.${value}`) })),
          value: view.rank,
        };
      case 'level':
        return {
          param: 'level',
          label: t('history.level'),
          style: 'segmented',
          options: RANK_LEVELS.map((value) => ({ value, label: t(`history.levels.${value}`) })),
          value: view.level,
        };
    }
  });
}

const FIRST = HISTORY_YEARS[0];
const LAST = HISTORY_YEARS[HISTORY_YEARS.length - 1] ?? FIRST;
const yearOf = (value: string) => HISTORY_YEARS.find((y) => String(y) === value);

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
  if (param === 'year') {
    const year = yearOf(value);
    return year ? { ...view, year: year === LAST ? null : year } : view;
  }
  // A span keeps its order: moving one end past the other moves the other end with it.
  if (param === 'from') {
    const from = yearOf(value);
    if (!from) return view;
    const to = view.to !== null && view.to <= from ? null : view.to;
    return { ...view, from: from === FIRST ? null : from, to };
  }
  if (param === 'to') {
    const to = yearOf(value);
    if (!to) return view;
    const from = view.from !== null && view.from >= to ? null : view.from;
    return { ...view, to: to === LAST ? null : to, from };
  }
  if (param === 'rank') {
    const rank = CHANGE_SORTS.find((r) => r === value);
    return rank ? { ...view, rank } : view;
  }
  if (param === 'level') {
    const level = RANK_LEVELS.find((l) => l === value);
    return level ? { ...view, level } : view;
  }
  return view;
}
