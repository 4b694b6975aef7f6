import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { datasetKeys } from '@/data/api/get-dataset';
import type { Dataset } from '@/data/model/dataset-schema';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { onlineStatus } from '@/lib/online-status';

/** The newest release date among the datasets this page holds, or undefined. */
function newestVersion(datasets: readonly (Dataset | undefined)[]): string | undefined {
  return datasets.reduce<string | undefined>((max, d) => (d && (!max || d.version > max) ? d.version : max), undefined);
}

/**
 * Says the page is offline and which data it shows: the copy this device saved with the app,
 * as of its release date. Nothing is hidden; frames keep what they show.
 */
export function OfflineBanner() {
  const { t } = useTranslation();
  const language = useLanguage();
  const online = useSyncExternalStore(onlineStatus.subscribe, onlineStatus.get, onlineStatus.getServer);
  const queryClient = useQueryClient();
  if (online) return null;
  const version = newestVersion(queryClient.getQueriesData<Dataset>({ queryKey: datasetKeys.all }).map(([, d]) => d));
  return (
    <p className="offline-banner" role="status">
      {version ? t('offline.bannerAsOf', { date: formatDate(version, language) }) : t('offline.banner')}
    </p>
  );
}
