import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { FrameChart } from '@/components/frame-chart';
import { slideSubtitle } from '@/components/model/frame';
import type { FrameModel } from '@/components/model/frame-model';
import { ModelTable } from '@/components/model-table';
import { Slide } from './slide';

/**
 * One slide drawn from a frame model: its chart (or table) large, with source, as-of and number.
 * Until the model is there, `children` say why (loading, an error).
 */
export function ModelSlide({
  title,
  frameId,
  model,
  table = false,
  index,
  total,
  children,
}: {
  title: string;
  frameId: string;
  model: FrameModel | undefined;
  table?: boolean;
  index: number;
  total: number;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const subtitle = model ? slideSubtitle(model) : undefined;
  return (
    <Slide
      title={title}
      {...(subtitle ? { subtitle } : {})}
      sourceLine={model?.source?.line ?? ''}
      asOfLine={model?.asOf ?? ''}
      numberLine={t('presenter.slideOf', { slide: index + 1, total })}
    >
      <div className="frame" data-frame={frameId}>
        {model && (table ? <ModelTable table={model.table} /> : <FrameChart frame={model} onNavigate={navigate} />)}
        {model?.notes.map((note) => (
          <p key={note} className="slide__note">
            {note}
          </p>
        ))}
        {children}
      </div>
    </Slide>
  );
}
