import type { RenderFrameActions } from '@/features/charts/components/frame-actions';

/**
 * The actions under every ready chart frame, composed from the features that provide them.
 * Each feature adds its own element here; the charts feature knows none of them.
 */
export const renderFrameActions: RenderFrameActions = () => null;
