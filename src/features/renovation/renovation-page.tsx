import { useTranslation } from 'react-i18next';
import { TermLinks } from '@/components/term-links';
import { termNames } from '@/data/model/glossary';
import { useLanguage } from '@/lib/use-language';
import { Frame } from '@/frames/frame';
import { renovationFrames } from './frames';
import { pageMeta, usePageMeta } from '@/lib/page-meta';

/** Old-neighbourhood renovation: 2022 against 2023 (plan), the 2023 investment, what 2022 included. */
export function RenovationPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageMeta(pageMeta(t, t('nav.renovation'), t('meta.renovation')));
  return (
    <>
      <h1 className="page-title">{t('nav.renovation')}</h1>
      <p className="page-intro">{t('renovation.intro')}</p>
      <TermLinks terms={termNames(['three-without'], language)} />
      <h2 className="section-title">{t('renovation.compare')}</h2>
      <div className="frames-grid">
        {renovationFrames.measures.map((definition) => (
          <Frame key={definition.id} definition={definition} />
        ))}
      </div>
      <Frame definition={renovationFrames.investment} />
      <h2 className="section-title">{t('renovation.items')}</h2>
      {renovationFrames.items.map((definition) => (
        <Frame key={definition.id} definition={definition} />
      ))}
    </>
  );
}
