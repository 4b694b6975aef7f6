import { useTranslation } from 'react-i18next';
import type { FrameDefinition } from '@/frames/definition';
import { BareFrame, Frame } from '@/frames/frame';
import { headlinesFrame } from './frames';
import { usePageMeta } from '@/lib/page-meta';

/** The document's headline figures, then the county breakdown (a frame of the counties page). */
export function OverviewPage({ countiesFrame }: { countiesFrame: FrameDefinition }) {
  const { t } = useTranslation();
  usePageMeta({ title: t('app.title'), description: t('app.description') });
  return (
    <>
      <h1 className="page-title">{t('overview.heading')}</h1>
      <BareFrame definition={headlinesFrame} />
      <Frame definition={countiesFrame} />
    </>
  );
}
