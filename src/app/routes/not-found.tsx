import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="page-title">{t('notFound.title')}</h1>
      <p>
        <Link href="/">{t('notFound.back')}</Link>
      </p>
    </>
  );
}
