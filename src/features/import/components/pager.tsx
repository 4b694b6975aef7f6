import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export const PAGE_SIZE = 20;

/** A long list shown a page at a time, so the page stays quick with thousands of rows. */
export function usePaged<T>(items: readonly T[]) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  // A shorter list may leave fewer pages than the one shown.
  const current = Math.min(page, pages - 1);
  const shown = items.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  return { shown, pager: { current, pages, total: items.length, count: shown.length, setPage } };
}

export function Pager(props: ReturnType<typeof usePaged>['pager']) {
  const { t } = useTranslation();
  const { current, pages, setPage } = props;
  if (pages <= 1) return null;
  return (
    <nav className="import__pager" aria-label={t('import.pages')}>
      <button type="button" className="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
        {t('import.previousPage')}
      </button>{' '}
      <span>
        {t('import.pageOf', {
          page: current + 1,
          pages,
          from: current * PAGE_SIZE + 1,
          to: current * PAGE_SIZE + props.count,
          total: props.total,
        })}
      </span>{' '}
      <button type="button" className="button" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
        {t('import.nextPage')}
      </button>
    </nav>
  );
}
