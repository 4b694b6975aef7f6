import { useTranslation } from 'react-i18next';
import { FigureTiles } from '@/features/charts/components/figure-tiles';
import { FiguresFrame } from '@/features/charts/components/figures-frame';
import { figureById, figureLabel } from '@/features/charts/model/figures';
import type { Dataset, Figure } from '@/features/datasets/model/dataset-schema';
import type { Language } from '@/lib/i18n';
import { TermLinks } from './term-links';

export function RuleOfLawRoute() {
  const { t } = useTranslation();
  // Both kinds of mobilisation meeting share a measure; their level tells them apart.
  const levelLabel = (d: Dataset, f: Figure, language: Language) =>
    f.measure === 'mobilisation-meetings'
      ? t(`ruleOfLaw.meetings.${f.dims?.level === 'township' ? 'township' : 'cityCounty'}`)
      : figureLabel(d, f, language);
  return (
    <>
      <h1 className="page-title">{t('nav.ruleOfLaw')}</h1>
      <h2 className="section-title">{t('ruleOfLaw.disputesTitle')}</h2>
      <TermLinks ids={['three-zeros', 'three-governances']} />
      <FiguresFrame
        frameId="disputes"
        datasetId="rule-of-law"
        title={t('ruleOfLaw.disputes')}
        select={(d) => [figureById(d, 'disputes.found'), figureById(d, 'disputes.resolved')]}
      />
      <FigureTiles datasetId="rule-of-law" ids={['disputes.resolution-rate', 'acceptance.spot-checks']} />
      <h2 className="section-title">{t('ruleOfLaw.consultationTitle')}</h2>
      <TermLinks ids={['35105']} />
      <FiguresFrame
        frameId="councils"
        datasetId="consultation"
        title={t('ruleOfLaw.councils')}
        select={(d) => [figureById(d, 'councils'), figureById(d, 'councils.base')]}
      />
      <FigureTiles datasetId="consultation" ids={['councils.rate']} />
      <FiguresFrame
        frameId="consultation-sessions"
        datasetId="consultation"
        title={t('ruleOfLaw.sessions')}
        select={(d) => [
          figureById(d, 'meetings.city-county'),
          figureById(d, 'meetings.township'),
          figureById(d, 'consultations'),
        ]}
        label={levelLabel}
      />
    </>
  );
}
