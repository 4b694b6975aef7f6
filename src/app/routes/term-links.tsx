import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import glossary from '@fixtures/glossary.json';
import { useLanguage } from '@/lib/use-language';

const terms = new Map(glossary.terms.map((t) => [t.id, t]));

/** Links to the glossary entries of the terms a section uses. */
export function TermLinks({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const found = ids.flatMap((id) => {
    const term = terms.get(id);
    return term ? [{ id, name: term.term[language] }] : [];
  });
  if (found.length === 0) return null;
  return (
    <p className="term-links">
      {t('glossary.related')}
      {found.map((term, i) => (
        <span key={term.id}>
          {i > 0 && t('glossary.separator')}
          <Link href={`/glossary#term-${term.id}`}>{term.name}</Link>
        </span>
      ))}
    </p>
  );
}
