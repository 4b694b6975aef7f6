import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { FrameChart } from '@/components/frame-chart';
import type { FrameModel } from '@/components/model/frame-model';
import { QueryError } from '@/components/query-error';
import type { FrameResult } from '@/frames/use-frame-model';

export interface PanelProps {
  id: string;
  /** Shown until the model is ready (the frame's own title). */
  title: string;
  result: FrameResult;
  /** Only the body, no box or title (the headline tiles). */
  bare?: boolean;
  /** A heading of the panel's own (the ranking names its measure), instead of the model's title. */
  heading?: string;
  /** Draws the model another way than its chart (the ranking list). */
  render?: (model: FrameModel) => ReactNode;
  /** The measure a panel shows, for tests and styles. */
  measure?: string;
}

/** A frame on the big screen: its title and chart, from the same model as its page. */
export function Panel({ id, title, result, bare = false, heading, render, measure }: PanelProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const model: FrameModel | undefined = result.status === 'ready' ? result.model : undefined;
  const body =
    result.status === 'ready' ? (
      render ? (
        render(result.model)
      ) : (
        <FrameChart frame={result.model} onNavigate={navigate} />
      )
    ) : result.status === 'error' ? (
      <QueryError error={result.error} onRetry={result.retry} />
    ) : result.status === 'problem' ? (
      <p role="alert">{result.problem.message}</p>
    ) : (
      <p role="status">{t('frame.loading')}</p>
    );
  if (bare) return body;
  const name = heading ?? model?.title ?? title;
  return (
    <section className="frame panel" data-frame={id} data-panel={id} data-measure={measure} aria-label={name}>
      <h2 className="frame__title">{name}</h2>
      <div className="panel__body">{body}</div>
    </section>
  );
}
