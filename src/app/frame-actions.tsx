import { AddToDeck } from '@/features/presenter/components/add-to-deck';
import type { RenderFrameActions } from '@/frames/actions';
import { FrameExports } from '@/outputs/frame-exports';

/**
 * The actions under every ready chart frame, composed from the layers that provide them: the
 * downloads and citation (outputs) and "add to deck" (the presenter). The frame runtime knows none of them.
 */
export const renderFrameActions: RenderFrameActions = ({ definition, model, view }) => (
  <>
    <FrameExports key="exports" model={model} page={definition.page} view={view} />
    <AddToDeck key="add-to-deck" definition={definition} view={view} />
  </>
);
