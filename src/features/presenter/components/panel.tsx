import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { FrameChart } from '@/components/frame-chart';
import type { FrameModel } from '@/components/model/frame-model';
import { QueryError } from '@/components/query-error';
import type { FrameResult } from '@/frames/use-frame-model';

/** A frame on the big screen: its title and chart, from the same model as its page. */
export function Panel({
  id,
  title,
  result,
  bare = false,
}: {
  id: string;
  title: string;
  result: FrameResult;
  bare?: boolean;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const model: FrameModel | undefined = result.status === 'ready' ? result.model : undefined;
  const body =
    result.status === 'ready' ? (
      <FrameChart frame={result.model} onNavigate={navigate} />
    ) : result.status === 'error' ? (
      <QueryError error={result.error} onRetry={result.retry} />
    ) : result.status === 'problem' ? (
      <p role="alert">{result.problem.message}</p>
    ) : (
      <p role="status">{t('frame.loading')}</p>
    );
  if (bare) return body;
  return (
    <section className="frame panel" data-frame={id} aria-label={model?.title ?? title}>
      <h2 className="frame__title">{model?.title ?? title}</h2>
      {body}
    </section>
  );
}
