import type { ReactNode } from 'react';
import type { Language } from '@/lib/i18n';
import { Clock } from './clock';
import { Stage } from './stage';

export interface BigScreenProps {
  title: string;
  /** "Data as of …". */
  asOfLine: string;
  sourceLine: string;
  language: Language;
  /** Headline figures, across the top. */
  tiles: ReactNode;
  /** The map, in the middle. */
  main: ReactNode;
  /** Key charts, left and right of the map. */
  left: ReactNode;
  right: ReactNode;
}

/**
 * The meeting-room screen (数据大屏): designed at 1920×1080 and scaled to any screen without
 * distortion or scroll bars, with a clock and the data's as-of date. Nothing on it grows over
 * time, so it can stay on all day.
 */
export function BigScreen({ title, asOfLine, sourceLine, language, tiles, main, left, right }: BigScreenProps) {
  return (
    <div className="big-screen" data-theme-scope="projector">
      <Stage>
        <div className="big-screen__layout">
          <header className="big-screen__header">
            <h1 className="big-screen__title">{title}</h1>
            <p className="big-screen__asof">{asOfLine}</p>
            <Clock language={language} />
          </header>
          <div className="big-screen__tiles">{tiles}</div>
          <div className="big-screen__left">{left}</div>
          <div className="big-screen__main">{main}</div>
          <div className="big-screen__right">{right}</div>
          <footer className="big-screen__footer">{sourceLine}</footer>
        </div>
      </Stage>
    </div>
  );
}
