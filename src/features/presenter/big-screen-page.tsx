import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { TilesView } from '@/components/tiles';
import { pageMeta, usePageMeta } from '@/lib/page-meta';
import { DEFAULT_VIEW_STATE, MAP_MEASURES } from '@/lib/url-state';
import { useLanguage } from '@/lib/use-language';
import { formatDayAndTime } from '@/lib/format';
import type { FrameDefinition } from '@/frames/definition';
import { useFrameModel } from '@/frames/use-frame-model';
import { BigScreen } from './components/big-screen';
import { Panel } from './components/panel';
import { RankingList } from './components/ranking-panel';
import {
  arrangePanels,
  CAROUSEL_PANEL,
  defaultPanels,
  parseBigScreenConfig,
  RANKING_PANEL,
  type PanelSlot,
} from './model/big-screen';
import { useReleaseWatch } from './model/release-watch';
import { useRotation } from './model/rotation';
import { frameIndex } from './model/slides';
import { useDrawAtOnce } from './model/draw-at-once';

/** The frames the big screen draws on (from the app): the headline tiles, the ranking's, and every chart. */
export interface BigScreenFrames {
  headlines: FrameDefinition;
  /** The frame whose table ranks the counties by one measure (the map's). */
  ranking: FrameDefinition;
  frames: readonly FrameDefinition[];
}

function FramePanel({ definition }: { definition: FrameDefinition }) {
  const { t } = useTranslation();
  const result = useFrameModel(definition, DEFAULT_VIEW_STATE);
  return <Panel id={definition.id} title={definition.title(t)} result={result} />;
}

/** The counties ranked by total, then villages, then communities, in turn. */
function RankingPanel({ definition, intervalMs }: { definition: FrameDefinition; intervalMs: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const measure = MAP_MEASURES[useRotation(MAP_MEASURES.length, intervalMs)] ?? 'total';
  const result = useFrameModel(definition, { ...DEFAULT_VIEW_STATE, measure });
  const title = t('bigScreen.ranking', { measure: t(`map.measures.${measure}`) });
  return (
    <Panel
      id={RANKING_PANEL}
      title={title}
      result={result}
      heading={title}
      render={(model) => <RankingList model={model} locale={{ language, t }} />}
      measure={measure}
    />
  );
}

/** One slot showing the rotating frames in turn, with where it is in the turn. */
function CarouselPanel({ frames, intervalMs }: { frames: readonly FrameDefinition[]; intervalMs: number }) {
  const { t } = useTranslation();
  const index = useRotation(frames.length, intervalMs);
  const current = frames[index];
  if (!current) return null;
  return (
    <div className="carousel" data-carousel-index={index}>
      <FramePanel key={current.id} definition={current} />
      <p className="carousel__position">
        {t('bigScreen.carouselPosition', { current: index + 1, total: frames.length })}
      </p>
    </div>
  );
}

/**
 * The meeting-room screen: headline figures, then the chosen panels filling the stage, from the
 * same frame models as their pages. Configured by its URL (model/big-screen.ts); it checks for a
 * new data release and takes it in, and says when it cannot.
 */
export function BigScreenPage({ frames }: { frames: BigScreenFrames }) {
  useDrawAtOnce();
  const { t } = useTranslation();
  const language = useLanguage();
  const search = useSearch();
  usePageMeta(pageMeta(t, t('bigScreen.title'), t('meta.bigScreen')));
  const frameOf = frameIndex(frames.frames);
  const config = parseBigScreenConfig(search, (id) => frameOf(id) !== undefined);
  const intervalMs = config.interval * 1000;
  const { frozenSince, checked } = useReleaseWatch(config.poll);
  const headlines = useFrameModel(frames.headlines, DEFAULT_VIEW_STATE);
  const model = headlines.status === 'ready' ? headlines.model : undefined;
  const statusLine =
    frozenSince === null ? '' : t('bigScreen.frozen', { time: formatDayAndTime(frozenSince, language) });

  const renderSlot = (slot: PanelSlot, rotate: readonly FrameDefinition[]) => {
    const definition = frameOf(slot.id);
    const body =
      slot.id === RANKING_PANEL ? (
        <RankingPanel definition={frames.ranking} intervalMs={intervalMs} />
      ) : slot.id === CAROUSEL_PANEL ? (
        <CarouselPanel frames={rotate} intervalMs={intervalMs} />
      ) : definition ? (
        <FramePanel definition={definition} />
      ) : null;
    return (
      <div key={slot.id} className="big-screen__slot" data-size={slot.size} data-slot={slot.id}>
        {body}
      </div>
    );
  };

  return (
    <BigScreen
      title={t('bigScreen.title')}
      language={language}
      theme={config.theme}
      scale={config.scale}
      asOfLine={model?.asOf ?? ''}
      sourceLine={model?.source?.line ?? ''}
      statusLine={statusLine}
      releaseChecked={checked}
      tiles={
        model?.chart.kind === 'tiles' ? (
          <TilesView chart={model.chart} countUp />
        ) : (
          <Panel id={frames.headlines.id} title={frames.headlines.title(t)} result={headlines} bare />
        )
      }
      panels={(shape) => {
        const chosen = config.panels ? { panels: config.panels, rotate: config.rotate } : defaultPanels(shape);
        const rotate = chosen.rotate.flatMap((id) => frameOf(id) ?? []);
        return arrangePanels(chosen.panels).map((slot) => renderSlot(slot, rotate));
      }}
    />
  );
}
