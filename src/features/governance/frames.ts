import { figuresFrame, hierarchyFrame, tilesFrame, type LabelledFigure } from '@/components/model/figure-frames';
import { figureTile } from '@/components/model/tiles';
import type { ModelLocale } from '@/components/model/values';
import type { DatasetId } from '@/data/api/get-dataset';
import type { Dataset } from '@/data/model/dataset-schema';
import { figureById, figureLabel } from '@/data/model/figures';
import type { Translate } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { defineFrame, type FrameData } from '@/frames/definition';

/** Figures of one dataset by id, each under its measure's label unless `label` names it otherwise. */
function pick(
  data: FrameData,
  datasetId: DatasetId,
  ids: readonly string[],
  locale: ModelLocale,
  label?: (dataset: Dataset, id: string) => string | undefined,
): LabelledFigure[] {
  const dataset = data.dataset(datasetId);
  return ids.map((id) => {
    const figure = figureById(dataset, id);
    return { dataset, figure, label: label?.(dataset, id) ?? figureLabel(dataset, figure, locale.language) };
  });
}

/** A frame of a few same-unit figures of one dataset. */
function figures(
  id: string,
  page: string,
  datasetId: DatasetId,
  title: (t: Translate) => string,
  ids: readonly string[],
  label?: (t: Translate, id: string) => string | undefined,
) {
  return defineFrame({
    id,
    page,
    title,
    needs: { datasets: [datasetId] },
    skeletonHeight: Math.max(160, ids.length * 36 + 60),
    select: (data, _view, locale) =>
      figuresFrame(
        id,
        title(locale.t),
        pick(data, datasetId, ids, locale, (_, figureId) => label?.(locale.t, figureId)),
        locale,
      ),
  });
}

export const disputesFrame = figures('disputes', paths.ruleOfLaw, 'rule-of-law', (t) => t('ruleOfLaw.disputes'), [
  'disputes.found',
  'disputes.resolved',
]);

export const councilsFrame = figures('councils', paths.ruleOfLaw, 'consultation', (t) => t('ruleOfLaw.councils'), [
  'councils',
  'councils.base',
]);

/** Both kinds of mobilisation meeting share a measure; their level tells them apart. */
export const sessionsFrame = figures(
  'consultation-sessions',
  paths.ruleOfLaw,
  'consultation',
  (t) => t('ruleOfLaw.sessions'),
  ['meetings.city-county', 'meetings.township', 'consultations'],
  (t, id) =>
    id === 'meetings.city-county'
      ? t('ruleOfLaw.meetings.cityCounty')
      : id === 'meetings.township'
        ? t('ruleOfLaw.meetings.township')
        : undefined,
);

export const livingRoomsFrame = figures(
  'living-rooms-plan',
  paths.community,
  'self-governance',
  (t) => t('community.livingRoomsPlan'),
  ['living-room-demo-sites.provincial', 'living-room-demo-sites.city'],
  (t, id) => t(`community.levels.${id.endsWith('provincial') ? 'provincial' : 'city'}`),
);

export const familiesFrame = figures('families', paths.community, 'moral-volunteer', (t) => t('community.families'), [
  'civilised-families',
  'most-beautiful-families',
]);

export const activitiesFrame = figures(
  'volunteer-activities',
  paths.community,
  'moral-volunteer',
  (t) => t('community.activities'),
  ['care-activities', 'volunteer-activities'],
);

/** Hualong's "12365" model: general branches, compound branches (with the ones beside them), building groups. */
export const hualong12365Frame = defineFrame({
  id: 'hualong-12365',
  page: paths.community,
  title: (t) => t('community.hualong12365'),
  needs: { datasets: ['party-building'] },
  skeletonHeight: 260,
  select(data, _view, locale) {
    const [general, compound, owners, company, building] = pick(
      data,
      'party-building',
      [
        'community-party-general-branches.hualong',
        'compound-party-branches.hualong',
        'owners-committee-party-branches.hualong',
        'property-company-party-branches.hualong',
        'building-party-groups.hualong',
      ],
      locale,
    );
    if (!general || !compound || !owners || !company || !building) throw new Error('hualong-12365: a tier is missing');
    return hierarchyFrame(
      'hualong-12365',
      locale.t('community.hualong12365'),
      locale.t('community.hualong12365Subtitle'),
      [{ node: general }, { node: compound, beside: [owners, company] }, { node: building }],
      locale,
    );
  },
});

/** The property sector's party organisations, city level down to enterprises. */
export const propertyPartyFrame = defineFrame({
  id: 'property-party',
  page: paths.community,
  title: (t) => t('community.propertyParty'),
  needs: { datasets: ['party-building'] },
  skeletonHeight: 260,
  select(data, _view, locale) {
    const tiers = pick(
      data,
      'party-building',
      [
        'property-industry-party-organisations.city',
        'property-industry-party-branches.county',
        'property-enterprise-party-branches',
      ],
      locale,
    );
    return hierarchyFrame(
      'property-party',
      locale.t('community.propertyParty'),
      locale.t('community.propertyPartySubtitle'),
      tiers.map((node) => ({ node })),
      locale,
    );
  },
});

/** Lone figures of a dataset as tiles on its page. */
function tiles(
  id: string,
  page: string,
  datasetId: DatasetId,
  title: (t: Translate) => string,
  ids: readonly string[],
) {
  return defineFrame({
    id,
    page,
    title,
    needs: { datasets: [datasetId] },
    skeletonHeight: 140,
    select: (data, _view, locale) =>
      tilesFrame(
        id,
        title(locale.t),
        pick(data, datasetId, ids, locale).map((f) => ({
          ...f,
          tile: figureTile(f.dataset, f.figure, locale, f.label),
        })),
        locale,
      ),
  });
}

export const ruleOfLawTiles = tiles(
  'rule-of-law-figures',
  paths.ruleOfLaw,
  'rule-of-law',
  (t) => t('ruleOfLaw.disputesTitle'),
  ['disputes.resolution-rate', 'acceptance.spot-checks'],
);
export const councilsTiles = tiles(
  'councils-figures',
  paths.ruleOfLaw,
  'consultation',
  (t) => t('ruleOfLaw.councils'),
  ['councils.rate'],
);
export const selfGovernanceTiles = tiles(
  'self-governance-figures',
  paths.community,
  'self-governance',
  (t) => t('community.selfGovernance'),
  [
    'five-star-communities',
    'five-star-village-committees.batch-1',
    'clean-community-models.batch-2',
    'oilfield-community-elections.hualong',
    'committee-members-elected.hualong',
    'model-living-rooms.city',
  ],
);
export const brandTiles = tiles(
  'brand-figures',
  paths.community,
  'party-building',
  (t) => t('community.partyBuilding'),
  ['brand-communities'],
);
export const propertyTiles = tiles(
  'property-figures',
  paths.community,
  'party-building',
  (t) => t('community.property'),
  ['property-party-members', 'owners-committees.city-area'],
);
export const moralTiles = tiles('moral-figures', paths.community, 'moral-volunteer', (t) => t('community.moral'), [
  'role-models',
]);
