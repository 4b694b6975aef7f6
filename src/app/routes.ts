import { lazy, type ComponentType } from 'react';
import { DATASET_IDS, type DatasetId } from '@/data/api/get-dataset';
import { DEFAULT_COUNTY, HOME_CITY } from '@/data/model/nbs-home';
import type { HistoryNeeds } from '@/frames/definition';
import { adminUnits } from '@/data/model/units';
import { paths, patterns } from '@/lib/paths';

/** A page: its path pattern, its component, and what its prerendered HTML carries. */
export interface RouteDefinition {
  pattern: string;
  component: ComponentType;
  /**
   * The datasets the page shows (embedded in its prerendered HTML): a list, or `frame` for an
   * embed, which carries what its frame needs.
   */
  datasets: readonly DatasetId[] | 'frame';
  /** Concrete paths to prerender (patterns with parameters list theirs; embeds list their frames). */
  prerender: readonly string[] | 'frames';
  /**
   * The change-over-time files a prerendered path carries (its default view's), by the path
   * without language prefix; embeds carry what their frame needs.
   */
  history?: (path: string) => readonly HistoryNeeds[];
  /** Key of its name in the navigation (`nav.*`), for pages listed there. */
  nav?:
    | 'overview'
    | 'counties'
    | 'renovation'
    | 'ruleOfLaw'
    | 'community'
    | 'glossary'
    | 'reuse'
    | 'import'
    | 'source'
    | 'audit'
    | 'nbs'
    | 'trend'
    | 'presenter';
  /** `bare`: no site header or tagline (embeds, slides, the big screen). */
  chrome?: 'bare';
}

// Each page is its own chunk: a page loads only its own code and charts.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

/** The datasets the overview's headline tiles and chart read. */
const HEADLINES: readonly DatasetId[] = ['divisions', 'rule-of-law', 'renovation', 'consultation', 'self-governance'];

export const routes: readonly RouteDefinition[] = [
  {
    pattern: paths.overview,
    component: page(() => import('./pages/overview'), 'Overview'),
    datasets: HEADLINES,
    prerender: [paths.overview],
    nav: 'overview',
  },
  {
    pattern: paths.counties,
    component: page(() => import('@/features/counties/counties-page'), 'CountiesPage'),
    datasets: ['divisions'],
    prerender: [paths.counties],
    nav: 'counties',
  },
  {
    pattern: patterns.unit,
    component: page(() => import('@/features/counties/unit-page'), 'UnitPage'),
    datasets: DATASET_IDS,
    prerender: adminUnits.map((u) => paths.unit(u.id)),
    // A unit with an NBS code shows its series and its own change list.
    history: (path) => {
      const code = adminUnits.find((u) => paths.unit(u.id) === path)?.nbs;
      return code ? [{ county: code }] : [];
    },
  },
  {
    pattern: paths.renovation,
    component: page(() => import('@/features/renovation/renovation-page'), 'RenovationPage'),
    datasets: ['renovation'],
    prerender: [paths.renovation],
    nav: 'renovation',
  },
  {
    pattern: paths.ruleOfLaw,
    component: page(() => import('@/features/governance/rule-of-law-page'), 'RuleOfLawPage'),
    datasets: ['rule-of-law', 'consultation'],
    prerender: [paths.ruleOfLaw],
    nav: 'ruleOfLaw',
  },
  {
    pattern: paths.community,
    component: page(() => import('@/features/governance/community-page'), 'CommunityPage'),
    datasets: ['self-governance', 'party-building', 'moral-volunteer'],
    prerender: [paths.community],
    nav: 'community',
  },
  {
    pattern: paths.glossary,
    component: page(() => import('@/features/glossary/glossary-page'), 'GlossaryPage'),
    datasets: [],
    prerender: [paths.glossary],
    nav: 'glossary',
  },
  {
    pattern: paths.reuse,
    component: page(() => import('@/features/reuse/reuse-page'), 'ReusePage'),
    datasets: ['divisions'],
    prerender: [paths.reuse],
    nav: 'reuse',
  },
  {
    pattern: paths.importer,
    component: page(() => import('@/features/import/import-page'), 'ImportPage'),
    datasets: [],
    prerender: [paths.importer],
    nav: 'import',
  },
  {
    pattern: paths.importSlides,
    component: page(() => import('./pages/import-slides'), 'ImportSlides'),
    // The import is on the reader's device: the page reads it there.
    datasets: [],
    prerender: [paths.importSlides],
    chrome: 'bare',
  },
  {
    pattern: patterns.embed,
    component: page(() => import('./pages/embed'), 'Embed'),
    datasets: 'frame',
    prerender: 'frames',
    chrome: 'bare',
  },
  {
    pattern: paths.source,
    component: page(() => import('./pages/source'), 'Source'),
    datasets: DATASET_IDS,
    prerender: [paths.source],
    nav: 'source',
  },
  {
    pattern: paths.audit,
    component: page(() => import('@/features/audit/audit-page'), 'AuditPage'),
    datasets: DATASET_IDS,
    prerender: [paths.audit],
    nav: 'audit',
  },
  {
    pattern: paths.nbs,
    component: page(() => import('@/features/nbs/nbs-page'), 'NbsPage'),
    // The all-China file is never prerendered: it loads when a city is asked for.
    datasets: ['divisions'],
    prerender: [paths.nbs],
    nav: 'nbs',
  },
  {
    pattern: paths.trend,
    component: page(() => import('@/features/nbs/trend-page'), 'TrendPage'),
    datasets: ['divisions'],
    prerender: [paths.trend],
    history: () => [{ city: HOME_CITY }],
    nav: 'trend',
  },
  {
    pattern: paths.changes,
    component: page(() => import('@/features/nbs/changes-page'), 'ChangesPage'),
    datasets: [],
    prerender: [paths.changes],
    history: () => [{ county: DEFAULT_COUNTY }],
  },
  {
    pattern: paths.china,
    component: page(() => import('@/features/nbs/ranking-page'), 'RankingPage'),
    datasets: [],
    prerender: [paths.china],
    // The province ranking (the default) reads the index; the county ranking loads the rest.
    history: () => [{ index: true }],
  },
  {
    pattern: paths.deck,
    component: page(() => import('./pages/deck'), 'Deck'),
    datasets: [],
    prerender: [paths.deck],
    nav: 'presenter',
  },
  {
    pattern: paths.present,
    component: page(() => import('./pages/present'), 'Present'),
    // The default deck's slides (a deck from the URL or storage loads what else it needs).
    datasets: DATASET_IDS,
    prerender: [paths.present],
    chrome: 'bare',
  },
  {
    pattern: paths.presenterView,
    component: page(() => import('./pages/presenter-view'), 'PresenterView'),
    // Opened from a slide show, always with its deck; the default deck's data is what it most needs.
    datasets: DATASET_IDS,
    prerender: [paths.presenterView],
    chrome: 'bare',
  },
  {
    pattern: paths.bigScreen,
    component: page(() => import('./pages/big-screen'), 'BigScreen'),
    datasets: HEADLINES,
    prerender: [paths.bigScreen],
    chrome: 'bare',
  },
];
