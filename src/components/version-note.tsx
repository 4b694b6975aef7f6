import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { KitLink } from './link';

/** Which release a frame shows, when the URL pins one (`?v=`). */
export interface ReleaseInfo {
  /** The date the URL pins the data to. */
  pinnedTo: string;
  /** The release shown. */
  version: string;
  /** The newest release, when it is newer than the one shown. */
  newer: string | undefined;
}

/** Says which release a pinned frame shows, and when a newer one exists, links to it. */
export function VersionNote({ release, latestHref }: { release: ReleaseInfo; latestHref: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
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
          <KitLink href={latestHref}>{t('versions.showLatest')}</KitLink>
        </>
      )}
    </p>
  );
}
