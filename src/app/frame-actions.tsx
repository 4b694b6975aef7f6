import type { RenderFrameActions } from '@/features/charts/components/frame-actions';
import { FrameExports } from '@/features/exports/components/frame-exports';

/**
 * The actions under every ready chart frame, composed from the features that provide them.
 * Each feature adds its own element here; the charts feature knows none of them.
 */
export const renderFrameActions: RenderFrameActions = (target) => (
  <>
    <FrameExports {...target} />
  </>
);
