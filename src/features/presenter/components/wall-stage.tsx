import { useState, type ReactNode } from 'react';
import { shapeOf, stageLayout, type ScaleMode, type StageShape } from '../model/big-screen';
import { useViewportFit } from './use-viewport-fit';

/**
 * The big screen's stage: 1080 design pixels high and as wide as the screen's shape (fit), 1920
 * wide and scrolling (width), or 1920×1080 pulled to the screen (stretch). Size and transform are
 * set through the DOM (the CSP allows no style attributes); the server renders the 16:9 design.
 */
export function WallStage({ mode, children }: { mode: ScaleMode; children: (shape: StageShape) => ReactNode }) {
  const [shape, setShape] = useState<StageShape>('standard');
  const { viewport, stage } = useViewportFit((outer, inner) => {
    const layout = stageLayout(mode, outer.clientWidth, outer.clientHeight);
    inner.style.width = `${layout.width}px`;
    inner.style.height = `${layout.height}px`;
    inner.style.transform = `translate(${layout.left}px, ${layout.top}px) scale(${layout.scaleX}, ${layout.scaleY})`;
    inner.dataset.scaleX = String(layout.scaleX);
    inner.dataset.scaleY = String(layout.scaleY);
    outer.dataset.scrolls = layout.scrolls ? 'true' : 'false';
    // The scroll height follows the scaled stage (a transform takes no room of its own).
    outer.style.setProperty('--stage-scrolled-height', `${layout.height * layout.scaleY}px`);
    setShape(shapeOf(layout.width));
  }, mode);
  return (
    <div ref={viewport} className="stage-viewport wall-stage" data-mode={mode}>
      <div ref={stage} className="stage wall-stage__stage" data-shape={shape}>
        {children(shape)}
      </div>
      <div className="wall-stage__scroll" aria-hidden="true" />
    </div>
  );
}
