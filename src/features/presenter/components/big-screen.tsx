import type { ReactNode } from 'react';
import type { Language } from '@/lib/i18n';
import type { ScaleMode, StageShape, WallTheme } from '../model/big-screen';
import { Clock } from './clock';
import { WallStage } from './wall-stage';

export interface BigScreenProps {
  title: string;
  /** "Data as of …". */
  asOfLine: string;
  sourceLine: string;
  /** "Offline: data as of 14:05" while the screen cannot check for a new release, else ''. */
  statusLine: string;
  language: Language;
  /** A release check has answered (marked on the root for scripts and tests). */
  releaseChecked?: boolean;
  theme: WallTheme;
  scale: ScaleMode;
  /** Headline figures, across the top. */
  tiles: ReactNode;
  /** The panels for a stage of this shape, in reading order. */
  panels: (shape: StageShape) => ReactNode;
}

/**
 * The meeting-room screen (数据大屏): a header with the clock, the headline figures, the panels
 * filling the rest, and the source. Dark by default (a wall display), light on request. Nothing on
 * it grows over time, so it can stay on all day.
 */
export function BigScreen(props: BigScreenProps) {
  const { title, asOfLine, sourceLine, statusLine, language, theme, scale, tiles, panels } = props;
  return (
    <div
      className="big-screen"
      data-theme-scope={theme === 'dark' ? 'wall' : 'projector'}
      data-release-checked={props.releaseChecked || undefined}
    >
      <WallStage mode={scale}>
        {(shape) => (
          <div className="big-screen__layout" data-shape={shape}>
            <header className="big-screen__header" data-panel="header">
              <h1 className="big-screen__title">{title}</h1>
              {/* Frozen data says so in the as-of line's place: the header has room for one of them. */}
              {statusLine ? (
                <p className="big-screen__status" role="status">
                  {statusLine}
                </p>
              ) : (
                <p className="big-screen__asof">{asOfLine}</p>
              )}
              <Clock language={language} />
            </header>
            <div className="big-screen__tiles" data-panel="tiles">
              {tiles}
            </div>
            <div className="big-screen__body">{panels(shape)}</div>
            <footer className="big-screen__footer" data-panel="footer">
              {sourceLine}
            </footer>
          </div>
        )}
      </WallStage>
    </div>
  );
}
