import { createContext, useContext, type ReactNode } from 'react';
import type { Figure, Source } from '@/features/datasets/model/dataset-schema';
import type { FrameTable } from '@/features/datasets/model/frame-table';

/** A frame as its actions see it: what it shows as data, and where that comes from. */
export interface FrameActionTarget {
  frameId: string;
  title: string;
  data: FrameTable;
  source: Source | undefined;
  /** The figures the frame cites, with the label each is shown under and its value as shown. */
  citations: readonly { label: string; figure: Figure; text: string }[];
  /** The frame's chart element, when the chart tab shows (for image downloads). */
  chartElement: () => HTMLElement | null;
}

/**
 * Actions offered under every ready frame (downloads, citation, embed code, add to deck). The app
 * composes them from other features, so the charts feature does not depend on those features.
 */
export type RenderFrameActions = (target: FrameActionTarget) => ReactNode;

const FrameActionsContext = createContext<RenderFrameActions | null>(null);

export const FrameActionsProvider = FrameActionsContext.Provider;

export function useFrameActions(): RenderFrameActions | null {
  return useContext(FrameActionsContext);
}
