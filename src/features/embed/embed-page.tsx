import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useRouter, useSearch } from 'wouter';
import { pageMeta, usePageMeta } from '@/lib/page-meta';
import { paths } from '@/lib/paths';
import { FrameActionsProvider } from '@/frames/actions';
import type { FrameDefinition } from '@/frames/definition';
import { Frame } from '@/frames/frame';

/** The message an embed posts to the page around it whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'pgd:embed-height';

/**
 * Tells the page that frames this embed how tall it is, whenever that changes (a tab switch, a
 * font loading, a narrower screen), so public/embed.js can make the iframe as tall as its content
 * and the legend and source line never hide behind an inner scroll bar.
 */
function useReportHeight(frameId: string) {
  useEffect(() => {
    if (window.parent === window || typeof ResizeObserver === 'undefined') return;
    let last = 0;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, frame: frameId, height }, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, [frameId]);
}

/**
 * One frame alone, for other sites to frame (`frames` from the app): the frame with its source
 * line, a link to the full page, and no site chrome or take-away tools. Same URL parameters as
 * the page (sort, table, v).
 */
export function EmbedPage({ frames }: { frames: readonly FrameDefinition[] }) {
  const { t } = useTranslation();
  const { frame: frameId = '' } = useParams<{ frame: string }>();
  const search = useSearch();
  const { base } = useRouter();
  const definition = frames.find((f) => f.id === frameId);
  const title = definition?.title(t) ?? t('embed.notFound', { id: frameId });
  usePageMeta(pageMeta(t, title, t('meta.embed', { title })));
  useReportHeight(frameId);
  if (!definition)
    return (
      <p role="alert" className="frame-state frame-state--error">
        {t('embed.notFound', { id: frameId })}
      </p>
    );
  return (
    <div className="embed">
      <h1 className="visually-hidden">{definition.title(t)}</h1>
      <FrameActionsProvider value={null}>
        <Frame definition={definition} />
      </FrameActionsProvider>
      <p className="embed__footer">
        <a
          href={`${base}${paths.withQuery(definition.page, search)}#frame-${definition.id}`}
          target="_blank"
          rel="noopener"
        >
          {t('embed.openFull')}
        </a>
      </p>
    </div>
  );
}
