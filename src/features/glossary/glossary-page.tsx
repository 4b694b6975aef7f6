import { useTranslation } from 'react-i18next';
import { glossaryTerms } from '@/data/model/glossary';
import { useLanguage } from '@/lib/use-language';
import { pageMeta, usePageMeta } from '@/lib/page-meta';

/** Programme names and terms of the document, explained from what the document says. */
export function GlossaryPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageMeta(pageMeta(t, t('nav.glossary'), t('meta.glossary')));
  return (
    <>
      <h1 className="page-title">{t('nav.glossary')}</h1>
      <p className="page-intro">{t('glossary.intro')}</p>
      <dl className="glossary">
        {glossaryTerms.map((term) => (
          <div key={term.id} id={`term-${term.id}`} className="glossary__entry">
            <dt>{term.term[language]}</dt>
            <dd>
              <p>{term.explanation[language]}</p>
              <blockquote lang="zh-CN">{t('frame.quote', { quote: term.quote })}</blockquote>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
