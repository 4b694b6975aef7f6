import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameModel } from '@/components/model/frame-model';
import { pageMeta, usePageMeta } from '@/lib/page-meta';
import { ModelSlide } from './components/model-slide';
import { SlideShow } from './components/slide-show';
import { useDrawAtOnce } from './model/draw-at-once';

/** Seconds a slide stays up when the loop plays (P): the deck's default. */
const LOOP_SECONDS = 20;

/**
 * Slides of frame models that are not among the site's frames (an import's charts, kept on the
 * device): the same slide show, keys, stage and slides as a deck, one chart a slide.
 */
export function ModelSlidesPage(props: {
  title: string;
  models: readonly FrameModel[];
  /** The slide showing, 0-based. */
  index: number;
  onNavigate: (index: number) => void;
  onLeave: () => void;
  /** What shows when there is nothing to present (why, and where to go). */
  empty: ReactNode;
}) {
  useDrawAtOnce();
  const { t } = useTranslation();
  const { title, models, onNavigate, onLeave, empty } = props;
  const count = models.length;
  const index = Math.min(Math.max(props.index, 0), Math.max(count - 1, 0));
  usePageMeta(pageMeta(t, title, t('meta.present')));
  return (
    <SlideShow
      title={title}
      count={count}
      index={index}
      onNavigate={onNavigate}
      durations={models.map(() => LOOP_SECONDS)}
      autoplay={false}
      onLeave={onLeave}
      empty={empty}
      renderSlide={(i) => {
        const model = models[i];
        return model ? (
          <ModelSlide title={model.title} frameId={model.id} model={model} index={i} total={count} />
        ) : null;
      }}
      describeSlide={(i) => t('presenter.describe', { slide: i + 1, total: count, title: models[i]?.title ?? '' })}
    />
  );
}
