import { useTranslation } from 'react-i18next';
import { useParams, useRouter, useSearch } from 'wouter';
import { FrameActionsProvider } from '@/features/charts/components/frame-actions';
import { findFrame, Frame } from '../frames';

/**
 * One chart alone, for other sites to frame: the frame with its source line, a link to the full
 * page, and no site chrome or take-away tools. Same URL parameters as the page (sort, table, v).
 */
export function EmbedRoute() {
  const { t } = useTranslation();
  const { frame: frameId = '' } = useParams<{ frame: string }>();
  const { base } = useRouter();
  const search = useSearch();
  const spec = findFrame(frameId);
  if (!spec)
    return (
      <p role="alert" className="frame-state frame-state--error">
        {t('embed.notFound', { id: frameId })}
      </p>
    );
  return (
    <div className="embed">
      <h1 className="visually-hidden">{spec.title(t)}</h1>
      <FrameActionsProvider value={null}>
        <Frame id={spec.id} />
      </FrameActionsProvider>
      <p className="embed__footer">
        <a href={`${base}${spec.path}${search ? `?${search}` : ''}#frame-${spec.id}`} target="_blank" rel="noopener">
          {t('embed.openFull')}
        </a>
      </p>
    </div>
  );
}
