import { useTranslation } from 'react-i18next';
import { FigureTiles } from '@/features/charts/components/figure-tiles';
import { Frame } from '../frames';
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
      <Frame id="living-rooms-plan" />
      <h2 className="section-title">{t('community.partyBuilding')}</h2>
      <TermLinks ids={['12341', '12365', 'one-brand', 'red-property']} />
      <Frame id="hualong-12365" />
      <FigureTiles datasetId="party-building" ids={['brand-communities']} />
      <h2 className="section-title">{t('community.property')}</h2>
      <Frame id="property-party" />
      <FigureTiles datasetId="party-building" ids={['property-party-members', 'owners-committees.city-area']} />
      <h2 className="section-title">{t('community.moral')}</h2>
      <FigureTiles datasetId="moral-volunteer" ids={['role-models']} />
      <div className="frames-grid">
        <Frame id="families" />
        <Frame id="volunteer-activities" />
      </div>
    </>
  );
}
