import { useTranslation } from 'react-i18next';
import { FigureTiles } from '@/features/charts/components/figure-tiles';
import { Frame } from '../frames';
import { TermLinks } from './term-links';

export function RuleOfLawRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="page-title">{t('nav.ruleOfLaw')}</h1>
      <h2 className="section-title">{t('ruleOfLaw.disputesTitle')}</h2>
      <TermLinks ids={['three-zeros', 'three-governances']} />
      <Frame id="disputes" />
      <FigureTiles datasetId="rule-of-law" ids={['disputes.resolution-rate', 'acceptance.spot-checks']} />
      <h2 className="section-title">{t('ruleOfLaw.consultationTitle')}</h2>
      <TermLinks ids={['35105']} />
      <Frame id="councils" />
      <FigureTiles datasetId="consultation" ids={['councils.rate']} />
      <Frame id="consultation-sessions" />
    </>
  );
}
