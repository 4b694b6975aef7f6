import { createContext, useContext, type ReactNode } from 'react';
import type { FrameModel } from '@/components/model/frame-model';
import type { ViewState } from '@/lib/url-state';
import type { FrameDefinition } from './definition';

/** A ready frame as the tools under it see it: its definition, its model, and the view it is in. */
export interface FrameActionTarget {
  definition: FrameDefinition;
  model: FrameModel;
  view: ViewState;
}

/**
 * Actions offered under every ready frame (downloads, citation, embed code, add to deck). The app
 * composes them from the layers that provide them, so the frame runtime depends on none of them.
 */
export type RenderFrameActions = (target: FrameActionTarget) => ReactNode;

const FrameActionsContext = createContext<RenderFrameActions | null>(null);

export const FrameActionsProvider = FrameActionsContext.Provider;

export function useFrameActions(): RenderFrameActions | null {
  return useContext(FrameActionsContext);
}
