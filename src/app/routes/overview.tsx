import { useTranslation } from 'react-i18next';
import { QueryError } from '@/features/charts/components/query-error';
import { Frame } from '../frames';
import { HeadlineTiles, useHeadlineData } from './headline-tiles';

export function OverviewRoute() {
  const { t } = useTranslation();
  const { data, failed } = useHeadlineData();
  return (
    <>
      <h1 className="page-title">{t('overview.heading')}</h1>
      {data ? (
        <div className="tiles">
          <HeadlineTiles data={data} detailed />
        </div>
      ) : failed ? (
        <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : (
        <p role="status">{t('frame.loading')}</p>
      )}
      <Frame id="counties" />
    </>
  );
}
