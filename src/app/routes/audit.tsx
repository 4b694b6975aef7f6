import { useTranslation } from 'react-i18next';
import { AuditReport } from '@/features/audit/components/audit-report';
import { QueryError } from '@/features/charts/components/query-error';
import { runIntegrityChecks } from '@/features/datasets/model/integrity';
import { useAllDatasets } from '../use-all-datasets';

/** Every integrity check of the data layer, recomputed in the browser from the served datasets. */
export function AuditRoute() {
  const { t } = useTranslation();
  const all = useAllDatasets();
  return (
    <>
      <h1 className="page-title">{t('nav.audit')}</h1>
      <p className="page-intro">{t('audit.intro')}</p>
      {all.status === 'error' && <QueryError error={all.error} onRetry={all.retry} />}
      {all.status === 'pending' && <p role="status">{t('frame.loading')}</p>}
      {all.status === 'ready' && <AuditReport datasets={all.datasets} results={runIntegrityChecks(all.datasets)} />}
    </>
  );
}
