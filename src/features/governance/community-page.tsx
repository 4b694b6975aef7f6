import { useTranslation } from 'react-i18next';
import { TermLinks } from '@/components/term-links';
import { termNames } from '@/data/model/glossary';
import { useLanguage } from '@/lib/use-language';
import { BareFrame, Frame } from '@/frames/frame';
import {
  activitiesFrame,
  brandTiles,
  familiesFrame,
  hualong12365Frame,
  livingRoomsFrame,
  moralTiles,
  propertyPartyFrame,
  propertyTiles,
  selfGovernanceTiles,
} from './frames';
import { pageMeta, usePageMeta } from '@/lib/page-meta';

/** Self-governance, party building, property management, moral and volunteer work. */
export function CommunityPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageMeta(pageMeta(t, t('nav.community'), t('meta.community')));
  return (
    <>
      <h1 className="page-title">{t('nav.community')}</h1>
      <h2 className="section-title">{t('community.selfGovernance')}</h2>
      <TermLinks terms={termNames(['five-star', 'living-room', 'three-governances'], language)} />
      <BareFrame definition={selfGovernanceTiles} />
      <Frame definition={livingRoomsFrame} />
      <h2 className="section-title">{t('community.partyBuilding')}</h2>
      <TermLinks terms={termNames(['12341', '12365', 'one-brand', 'red-property'], language)} />
      <Frame definition={hualong12365Frame} />
      <BareFrame definition={brandTiles} />
      <h2 className="section-title">{t('community.property')}</h2>
      <Frame definition={propertyPartyFrame} />
      <BareFrame definition={propertyTiles} />
      <h2 className="section-title">{t('community.moral')}</h2>
      <BareFrame definition={moralTiles} />
      <div className="frames-grid">
        <Frame definition={familiesFrame} />
        <Frame definition={activitiesFrame} />
      </div>
    </>
  );
}
