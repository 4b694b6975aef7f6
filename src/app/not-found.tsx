import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '@/lib/paths';
import { usePageMeta } from '@/lib/page-meta';

/** A path that names no page. */
export function NotFoundPage() {
  const { t } = useTranslation();
  usePageMeta({ title: `${t('notFound.title')} · ${t('app.title')}`, description: t('app.description') });
  return (
    <>
      <h1 className="page-title">{t('notFound.title')}</h1>
      <p>
        <Link href={paths.overview}>{t('notFound.back')}</Link>
      </p>
    </>
  );
}
