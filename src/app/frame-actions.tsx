import type { RenderFrameActions } from '@/features/charts/components/frame-actions';
import { FrameExports } from '@/features/exports/components/frame-exports';
import { AddToDeck } from '@/features/presenter/components/add-to-deck';

/**
 * The actions under every ready chart frame, composed from the features that provide them.
 * Each feature adds its own element here; the charts feature knows none of them.
 */
export const renderFrameActions: RenderFrameActions = (target) => (
  <>
    <FrameExports key="exports" {...target} />
    <AddToDeck key="add-to-deck" frameId={target.frameId} editorHref="/deck" />
  </>
);
