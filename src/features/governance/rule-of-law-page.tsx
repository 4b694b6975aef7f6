import { useTranslation } from 'react-i18next';
import { TermLinks } from '@/components/term-links';
import { termNames } from '@/data/model/glossary';
import { useLanguage } from '@/lib/use-language';
import { BareFrame, Frame } from '@/frames/frame';
import { councilsFrame, councilsTiles, disputesFrame, ruleOfLawTiles, sessionsFrame } from './frames';
import { pageMeta, usePageMeta } from '@/lib/page-meta';

/** Disputes found and resolved; community consultation councils, meetings and sessions. */
export function RuleOfLawPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageMeta(pageMeta(t, t('nav.ruleOfLaw'), t('meta.ruleOfLaw')));
  return (
    <>
      <h1 className="page-title">{t('nav.ruleOfLaw')}</h1>
      <h2 className="section-title">{t('ruleOfLaw.disputesTitle')}</h2>
      <TermLinks terms={termNames(['three-zeros', 'three-governances'], language)} />
      <Frame definition={disputesFrame} />
      <BareFrame definition={ruleOfLawTiles} />
      <h2 className="section-title">{t('ruleOfLaw.consultationTitle')}</h2>
      <TermLinks terms={termNames(['35105'], language)} />
      <Frame definition={councilsFrame} />
      <BareFrame definition={councilsTiles} />
      <Frame definition={sessionsFrame} />
    </>
  );
}
