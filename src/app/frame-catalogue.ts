// No component imports here: the route table imports the catalogue, and must stay small.
import type { HierarchyLevel } from '@/features/charts/components/hierarchy-frame';
import { COUNTIES_FRAME, MAP_FRAME } from '@/features/charts/model/frame-ids';
import { figureById, figureLabel, selectFigures } from '@/features/charts/model/figures';
import type { FigureLabel, Translate } from '@/features/charts/model/frame-table';
import type { DatasetId } from '@/features/datasets/api/get-dataset';
import type { Dataset, Figure } from '@/features/datasets/model/dataset-schema';

/**
 * Every chart frame of the dashboard, by its stable id: which page holds it, which dataset it
 * draws, how it renders and what its table holds. Pages, embeds and slides all take frames from
 * here (rendered by `Frame` in frames.tsx), so a frame is defined once. The id is also its anchor (`#frame-<id>`) and URL name.
 */
export type FrameSpec = {
  id: string;
  /** The page (without language prefix) that shows it. */
  path: string;
  datasetId: DatasetId;
  title: (t: Translate) => string;
} & (
  | { kind: 'counties' }
  | { kind: 'map' }
  | { kind: 'figures'; select: (d: Dataset) => Figure[]; label?: (t: Translate) => FigureLabel }
  | { kind: 'progress'; pick: (d: Dataset) => { total: Figure; done: Figure; share: Figure } }
  | { kind: 'hierarchy'; subtitle: (t: Translate) => string; levels: (d: Dataset) => HierarchyLevel[] }
);

const RENOVATION_YEARS = ['2022', '2023', '2022-2023'] as const;
const RENOVATION_MEASURES = ['compounds', 'households', 'buildings', 'floor-area'] as const;
const RENOVATION_GROUPS = ['pipes', 'area', 'count'] as const;

/** 2022, 2023 (plan), then the two-year total, for one measure. */
const byYear = (measure: string) => (d: Dataset) =>
  RENOVATION_YEARS.map((year) => selectFigures(d, { measure, dims: { year } })[0]).filter((f): f is Figure => !!f);

const pick =
  (...ids: string[]) =>
  (d: Dataset) =>
    ids.map((id) => figureById(d, id));

export const FRAMES: readonly FrameSpec[] = [
  { id: COUNTIES_FRAME, kind: 'counties', path: '/counties', datasetId: 'divisions', title: (t) => t('county.title') },
  { id: MAP_FRAME, kind: 'map', path: '/counties', datasetId: 'divisions', title: (t) => t('map.title') },
  ...RENOVATION_MEASURES.map((m): FrameSpec => ({
    id: `renovation-${m}`,
    kind: 'figures',
    path: '/renovation',
    datasetId: 'renovation',
    title: (t) => t(`renovation.measures.${m}`),
    select: byYear(m),
    label: (t) => (_, f) => t(`renovation.years.${f.dims?.year as (typeof RENOVATION_YEARS)[number]}`),
  })),
  {
    id: 'renovation-investment',
    kind: 'progress',
    path: '/renovation',
    datasetId: 'renovation',
    title: (t) => t('renovation.investment'),
    pick: (d) => ({
      total: figureById(d, 'investment-planned.2023'),
      done: figureById(d, 'investment-completed.2023'),
      share: figureById(d, 'investment-completed-share.2023'),
    }),
  },
  ...RENOVATION_GROUPS.map((group): FrameSpec => ({
    id: `renovation-items-${group}`,
    kind: 'figures',
    path: '/renovation',
    datasetId: 'renovation',
    title: (t) => t(`renovation.groups.${group}`),
    select: (d) => selectFigures(d, { dims: { year: '2022', group } }),
  })),
  {
    id: 'disputes',
    kind: 'figures',
    path: '/rule-of-law',
    datasetId: 'rule-of-law',
    title: (t) => t('ruleOfLaw.disputes'),
    select: pick('disputes.found', 'disputes.resolved'),
  },
  {
    id: 'councils',
    kind: 'figures',
    path: '/rule-of-law',
    datasetId: 'consultation',
    title: (t) => t('ruleOfLaw.councils'),
    select: pick('councils', 'councils.base'),
  },
  {
    id: 'consultation-sessions',
    kind: 'figures',
    path: '/rule-of-law',
    datasetId: 'consultation',
    title: (t) => t('ruleOfLaw.sessions'),
    select: pick('meetings.city-county', 'meetings.township', 'consultations'),
    // Both kinds of mobilisation meeting share a measure; their level tells them apart.
    label: (t) => (d, f, language) =>
      f.measure === 'mobilisation-meetings'
        ? t(`ruleOfLaw.meetings.${f.dims?.level === 'township' ? 'township' : 'cityCounty'}`)
        : figureLabel(d, f, language),
  },
  {
    id: 'living-rooms-plan',
    kind: 'figures',
    path: '/community',
    datasetId: 'self-governance',
    title: (t) => t('community.livingRoomsPlan'),
    select: pick('living-room-demo-sites.provincial', 'living-room-demo-sites.city'),
    label: (t) => (_, f) => t(`community.levels.${f.dims?.level === 'provincial' ? 'provincial' : 'city'}`),
  },
  {
    id: 'hualong-12365',
    kind: 'hierarchy',
    path: '/community',
    datasetId: 'party-building',
    title: (t) => t('community.hualong12365'),
    subtitle: (t) => t('community.hualong12365Subtitle'),
    levels: (d) => [
      { figure: figureById(d, 'community-party-general-branches.hualong') },
      {
        figure: figureById(d, 'compound-party-branches.hualong'),
        beside: [
          figureById(d, 'owners-committee-party-branches.hualong'),
          figureById(d, 'property-company-party-branches.hualong'),
        ],
      },
      { figure: figureById(d, 'building-party-groups.hualong') },
    ],
  },
  {
    id: 'property-party',
    kind: 'hierarchy',
    path: '/community',
    datasetId: 'party-building',
    title: (t) => t('community.propertyParty'),
    subtitle: (t) => t('community.propertyPartySubtitle'),
    levels: (d) => [
      { figure: figureById(d, 'property-industry-party-organisations.city') },
      { figure: figureById(d, 'property-industry-party-branches.county') },
      { figure: figureById(d, 'property-enterprise-party-branches') },
    ],
  },
  {
    id: 'families',
    kind: 'figures',
    path: '/community',
    datasetId: 'moral-volunteer',
    title: (t) => t('community.families'),
    select: pick('civilised-families', 'most-beautiful-families'),
  },
  {
    id: 'volunteer-activities',
    kind: 'figures',
    path: '/community',
    datasetId: 'moral-volunteer',
    title: (t) => t('community.activities'),
    select: pick('care-activities', 'volunteer-activities'),
  },
];

const byId = new Map(FRAMES.map((f) => [f.id, f]));

export function findFrame(id: string): FrameSpec | undefined {
  return byId.get(id);
}
