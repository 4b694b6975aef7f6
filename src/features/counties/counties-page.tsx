import { useTranslation } from 'react-i18next';
import { Frame } from '@/frames/frame';
import { countiesFrame, mapFrame } from './frames';
import { pageMeta, usePageMeta } from '@/lib/page-meta';

/** Villages and communities per county-level unit, as bars and on the map. */
export function CountiesPage() {
  const { t } = useTranslation();
  usePageMeta(pageMeta(t, t('nav.counties'), t('meta.counties')));
  return (
    <>
      <h1 className="page-title">{t('nav.counties')}</h1>
      <Frame definition={countiesFrame} />
      <Frame definition={mapFrame} />
    </>
  );
}
