import { useTranslation } from 'react-i18next';
import { FigureTiles } from '@/features/charts/components/figure-tiles';
import { FiguresFrame } from '@/features/charts/components/figures-frame';
import { HierarchyFrame } from '@/features/charts/components/hierarchy-frame';
import { figureById } from '@/features/charts/model/figures';
import { TermLinks } from './term-links';

/** Self-governance, party building, property management, moral and volunteer work. */
export function CommunityRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="page-title">{t('nav.community')}</h1>
      <h2 className="section-title">{t('community.selfGovernance')}</h2>
      <TermLinks ids={['five-star', 'living-room', 'three-governances']} />
      <FigureTiles
        datasetId="self-governance"
        ids={[
          'five-star-communities',
          'five-star-village-committees.batch-1',
          'clean-community-models.batch-2',
          'oilfield-community-elections.hualong',
          'committee-members-elected.hualong',
          'model-living-rooms.city',
        ]}
      />
      <FiguresFrame
        frameId="living-rooms-plan"
        datasetId="self-governance"
        title={t('community.livingRoomsPlan')}
        select={(d) => [
          figureById(d, 'living-room-demo-sites.provincial'),
          figureById(d, 'living-room-demo-sites.city'),
        ]}
        label={(_, f) => t(`community.levels.${f.dims?.level === 'provincial' ? 'provincial' : 'city'}`)}
      />
      <h2 className="section-title">{t('community.partyBuilding')}</h2>
      <TermLinks ids={['12341', '12365', 'one-brand', 'red-property']} />
      <HierarchyFrame
        frameId="hualong-12365"
        datasetId="party-building"
        title={t('community.hualong12365')}
        subtitle={t('community.hualong12365Subtitle')}
        levels={(d) => [
          { figure: figureById(d, 'community-party-general-branches.hualong') },
          {
            figure: figureById(d, 'compound-party-branches.hualong'),
            beside: [
              figureById(d, 'owners-committee-party-branches.hualong'),
              figureById(d, 'property-company-party-branches.hualong'),
            ],
          },
          { figure: figureById(d, 'building-party-groups.hualong') },
        ]}
      />
      <FigureTiles datasetId="party-building" ids={['brand-communities']} />
      <h2 className="section-title">{t('community.property')}</h2>
      <HierarchyFrame
        frameId="property-party"
        datasetId="party-building"
        title={t('community.propertyParty')}
        subtitle={t('community.propertyPartySubtitle')}
        levels={(d) => [
          { figure: figureById(d, 'property-industry-party-organisations.city') },
          { figure: figureById(d, 'property-industry-party-branches.county') },
          { figure: figureById(d, 'property-enterprise-party-branches') },
        ]}
      />
      <FigureTiles datasetId="party-building" ids={['property-party-members', 'owners-committees.city-area']} />
      <h2 className="section-title">{t('community.moral')}</h2>
      <FigureTiles datasetId="moral-volunteer" ids={['role-models']} />
      <div className="frames-grid">
        <FiguresFrame
          frameId="families"
          datasetId="moral-volunteer"
          title={t('community.families')}
          select={(d) => [figureById(d, 'civilised-families'), figureById(d, 'most-beautiful-families')]}
        />
        <FiguresFrame
          frameId="volunteer-activities"
          datasetId="moral-volunteer"
          title={t('community.activities')}
          select={(d) => [figureById(d, 'care-activities'), figureById(d, 'volunteer-activities')]}
        />
      </div>
    </>
  );
}
