import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { formatDate } from '@/lib/format';
import { serializeViewState } from '@/lib/url-state';
import { useLanguage } from '@/lib/use-language';
import { useViewState } from '@/lib/use-url-state';
import type { ReleaseInfo } from './use-dataset-frame';

/** Says which release a pinned frame shows, and when a newer one exists, links to it. */
export function VersionNote({ release }: { release: ReleaseInfo }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [location] = useLocation();
  const [state] = useViewState();
  const latestQuery = serializeViewState({ ...state, version: undefined });
  return (
    <p className={`version-note${release.newer ? ' version-note--outdated' : ''}`} data-version={release.version}>
      {t('versions.pinned', {
        version: formatDate(release.version, language),
        pin: formatDate(release.pinnedTo, language),
      })}
      {release.newer && (
        <>
          {' '}
          <strong>{t('versions.newer', { version: formatDate(release.newer, language) })}</strong>{' '}
          <Link href={latestQuery ? `${location}?${latestQuery}` : location}>{t('versions.showLatest')}</Link>
        </>
      )}
    </p>
  );
}
