import { useTranslation } from 'react-i18next';
import { DEFAULT_VIEW_STATE } from '@/lib/url-state';
import { useLanguage } from '@/lib/use-language';
import type { FrameDefinition } from '@/frames/definition';
import { useFrameModel } from '@/frames/use-frame-model';
import { BigScreen } from './components/big-screen';
import { Panel } from './components/panel';
import { pageMeta, usePageMeta } from '@/lib/page-meta';

/** The frames the big screen shows (from the app): headline tiles across the top, charts around the map. */
export interface BigScreenFrames {
  headlines: FrameDefinition;
  left: FrameDefinition;
  main: FrameDefinition;
  right: readonly FrameDefinition[];
}

function FramePanel({ definition }: { definition: FrameDefinition }) {
  const { t } = useTranslation();
  const result = useFrameModel(definition, DEFAULT_VIEW_STATE);
  return <Panel id={definition.id} title={definition.title(t)} result={result} />;
}

/** The meeting-room screen: headline figures, the county map and the key charts on one screen. */
export function BigScreenPage({ frames }: { frames: BigScreenFrames }) {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageMeta(pageMeta(t, t('bigScreen.title'), t('meta.bigScreen')));
  const headlines = useFrameModel(frames.headlines, DEFAULT_VIEW_STATE);
  const model = headlines.status === 'ready' ? headlines.model : undefined;
  return (
    <BigScreen
      title={t('bigScreen.title')}
      language={language}
      asOfLine={model?.asOf ?? ''}
      sourceLine={model?.source?.line ?? ''}
      tiles={<Panel id={frames.headlines.id} title={frames.headlines.title(t)} result={headlines} bare />}
      left={<FramePanel definition={frames.left} />}
      main={<FramePanel definition={frames.main} />}
      right={
        <>
          {frames.right.map((definition) => (
            <FramePanel key={definition.id} definition={definition} />
          ))}
        </>
      }
    />
  );
}
