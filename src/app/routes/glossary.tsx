import { useTranslation } from 'react-i18next';
import glossary from '@fixtures/glossary.json';
import type { LocalizedText } from '@/features/datasets/model/dataset-schema';
import { useLanguage } from '@/lib/use-language';

interface Term {
  id: string;
  term: LocalizedText;
  explanation: LocalizedText;
  quote: string;
}

/** Programme names and terms of the document, explained from what the document says. */
export function GlossaryRoute() {
  const { t } = useTranslation();
  const language = useLanguage();
  const terms: readonly Term[] = glossary.terms;
  return (
    <>
      <h1 className="page-title">{t('nav.glossary')}</h1>
      <p className="page-intro">{t('glossary.intro')}</p>
      <dl className="glossary">
        {terms.map((term) => (
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
