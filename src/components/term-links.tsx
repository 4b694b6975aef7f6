import { useTranslation } from 'react-i18next';
import { paths } from '@/lib/paths';
import { KitLink } from './link';

/** Links to the glossary entries of the terms a section uses. */
export function TermLinks({ terms }: { terms: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  if (terms.length === 0) return null;
  return (
    <p className="term-links">
      {t('glossary.related')}
      {terms.map((term, i) => (
        <span key={term.id}>
          {i > 0 && t('glossary.separator')}
          <KitLink href={paths.term(term.id)}>{term.name}</KitLink>
        </span>
      ))}
    </p>
  );
}
