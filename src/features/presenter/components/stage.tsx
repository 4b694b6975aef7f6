import type { ReactNode } from 'react';
import { DESIGN_HEIGHT, DESIGN_WIDTH, fitStage } from '../model/stage';
import { useViewportFit } from './use-viewport-fit';

/**
 * A 1920×1080 design surface scaled to the window: one scale for both axes, centred, the rest
 * letterboxed. The transform is set through the DOM (not a style attribute), so a strict CSP
 * needs no inline styles; the server renders the stage unscaled.
 */
export function Stage({ children, className }: { children: ReactNode; className?: string }) {
  const { viewport, stage } = useViewportFit((outer, inner) => {
    const { scale, left, top } = fitStage(outer.clientWidth, outer.clientHeight);
    inner.style.transform = `translate(${left}px, ${top}px) scale(${scale})`;
    inner.dataset.scale = String(scale);
  });
  return (
    <div ref={viewport} className={`stage-viewport ${className ?? ''}`}>
      <div ref={stage} className="stage" data-width={DESIGN_WIDTH} data-height={DESIGN_HEIGHT}>
        {children}
      </div>
    </div>
  );
}
