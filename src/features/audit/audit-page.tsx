import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { DATASET_IDS } from '@/data/api/get-dataset';
import { useDatasets } from '@/data/api/use-datasets';
import { runIntegrityChecks } from '@/data/model/integrity';
import { AuditReport } from '@/components/audit-report';
import { pageMeta, usePageMeta } from '@/lib/page-meta';

/** Every integrity check of the data layer, recomputed in the browser from the served datasets. */
export function AuditPage() {
  const { t } = useTranslation();
  const all = useDatasets(DATASET_IDS);
  usePageMeta(pageMeta(t, t('nav.audit'), t('meta.audit')));
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
