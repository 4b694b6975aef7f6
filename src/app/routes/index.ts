import { lazy, type ComponentType } from 'react';
import { DATASET_IDS, type DatasetId } from '@/features/datasets/api/get-dataset';
import { adminUnits } from '@/features/datasets/model/units';
import { FRAMES, findFrame } from '../frame-catalogue';
import { HEADLINE_DATASETS } from './headline-datasets';

/** A page: its path pattern, its component, and the datasets it shows (prerendered into its HTML). */
export interface RouteDefinition {
  pattern: string;
  component: ComponentType;
  datasets: readonly DatasetId[] | ((path: string) => readonly DatasetId[]);
  /** Concrete paths to prerender (patterns with parameters list theirs). */
  prerender: readonly string[];
  /** Key of its name in the navigation (`nav.*`), for pages listed there. */
  nav?:
    | 'overview'
    | 'counties'
    | 'renovation'
    | 'ruleOfLaw'
    | 'community'
    | 'glossary'
    | 'reuse'
    | 'source'
    | 'audit'
    | 'nbs'
    | 'presenter';
  /** `bare`: no site header or tagline (embeds, slides, the big screen). */
  chrome?: 'bare';
}

// Each page is its own chunk: a page loads only its own code and charts.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

export const routes: readonly RouteDefinition[] = [
  {
    pattern: '/',
    component: page(() => import('./overview'), 'OverviewRoute'),
    datasets: HEADLINE_DATASETS,
    prerender: ['/'],
    nav: 'overview',
  },
  {
    pattern: '/counties',
    component: page(() => import('./counties'), 'CountiesRoute'),
    datasets: ['divisions'],
    prerender: ['/counties'],
    nav: 'counties',
  },
  {
    pattern: '/counties/:unit',
    component: page(() => import('./county'), 'CountyRoute'),
    datasets: DATASET_IDS,
    prerender: adminUnits.map((u) => `/counties/${u.id}`),
  },
  {
    pattern: '/renovation',
    component: page(() => import('./renovation'), 'RenovationRoute'),
    datasets: ['renovation'],
    prerender: ['/renovation'],
    nav: 'renovation',
  },
  {
    pattern: '/rule-of-law',
    component: page(() => import('./rule-of-law'), 'RuleOfLawRoute'),
    datasets: ['rule-of-law', 'consultation'],
    prerender: ['/rule-of-law'],
    nav: 'ruleOfLaw',
  },
  {
    pattern: '/community',
    component: page(() => import('./community'), 'CommunityRoute'),
    datasets: ['self-governance', 'party-building', 'moral-volunteer'],
    prerender: ['/community'],
    nav: 'community',
  },
  {
    pattern: '/glossary',
    component: page(() => import('./glossary'), 'GlossaryRoute'),
    datasets: [],
    prerender: ['/glossary'],
    nav: 'glossary',
  },
  {
    pattern: '/reuse',
    component: page(() => import('./reuse'), 'ReuseRoute'),
    datasets: ['divisions'],
    prerender: ['/reuse'],
    nav: 'reuse',
  },
  {
    pattern: '/embed/:frame',
    component: page(() => import('./embed'), 'EmbedRoute'),
    // An embed carries only the dataset its frame draws.
    datasets: (path) => {
      const spec = findFrame(path.split('/').pop() ?? '');
      return spec ? [spec.datasetId] : [];
    },
    prerender: FRAMES.map((f) => `/embed/${f.id}`),
    chrome: 'bare',
  },
  {
    pattern: '/source',
    component: page(() => import('./source'), 'SourceRoute'),
    datasets: DATASET_IDS,
    prerender: ['/source'],
    nav: 'source',
  },
  {
    pattern: '/audit',
    component: page(() => import('./audit'), 'AuditRoute'),
    datasets: DATASET_IDS,
    prerender: ['/audit'],
    nav: 'audit',
  },
  {
    pattern: '/nbs',
    component: page(() => import('./nbs'), 'NbsRoute'),
    // The all-China file is never prerendered: it loads when a city is asked for.
    datasets: ['divisions'],
    prerender: ['/nbs'],
    nav: 'nbs',
  },
  {
    pattern: '/deck',
    component: page(() => import('./deck'), 'DeckRoute'),
    datasets: [],
    prerender: ['/deck'],
    nav: 'presenter',
  },
  {
    pattern: '/present',
    component: page(() => import('./present'), 'PresentRoute'),
    // The default deck's slides (a deck from the URL or storage loads what else it needs).
    datasets: DATASET_IDS,
    prerender: ['/present'],
    chrome: 'bare',
  },
  {
    pattern: '/big-screen',
    component: page(() => import('./big-screen'), 'BigScreenRoute'),
    datasets: HEADLINE_DATASETS,
    prerender: ['/big-screen'],
    chrome: 'bare',
  },
];

/** The datasets a page shows, for one concrete path. */
export function routeDatasets(route: RouteDefinition, path: string): readonly DatasetId[] {
  return typeof route.datasets === 'function' ? route.datasets(path) : route.datasets;
}
