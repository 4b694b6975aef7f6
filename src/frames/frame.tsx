import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { FrameChart } from '@/components/frame-chart';
import { FramePanel, type FrameState } from '@/components/frame-panel';
import { QueryError } from '@/components/query-error';
import { paths } from '@/lib/paths';
import { frameView, serializeViewState, withFrameView } from '@/lib/url-state';
import { useViewState } from '@/lib/use-url-state';
import { useFrameActions } from './actions';
import { controlModels, withControl } from './controls';
import type { FrameDefinition } from './definition';
import { useFrameModel, type FrameResult } from './use-frame-model';

/** The kit's state for a frame result. */
export function panelState(result: FrameResult): FrameState {
  switch (result.status) {
    case 'loading':
      return { status: 'loading' };
    case 'error':
      return { status: 'error', error: result.error, onRetry: result.retry };
    case 'problem':
      return { status: 'problem', message: result.problem.message, prompt: result.problem.problem === 'choose' };
    case 'ready':
      return { status: 'ready', model: result.model };
  }
}

/**
 * A frame on a page: its definition's model in the URL's view, drawn by the kit, with its view
 * options, Chart/Table tab and pinned release kept in the URL, and the app's tools under it.
 */
export function Frame({ definition, highlight }: { definition: FrameDefinition; highlight?: string }) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const [view, setView] = useViewState();
  const result = useFrameModel(definition, highlight ? { ...view, highlight } : view);
  const renderActions = useFrameActions();
  const latestQuery = serializeViewState({ ...view, version: undefined });
  return (
    <FramePanel
      frameId={definition.id}
      title={definition.title(t)}
      state={panelState(result)}
      tab={frameView(view, definition.id)}
      onTabChange={(tab) => setView(withFrameView(view, definition.id, tab))}
      controls={controlModels(definition.controls ?? [], view, t)}
      onControl={(param, value) => setView(withControl(view, param, value))}
      {...(result.status === 'ready' && result.release
        ? { release: { info: result.release, latestHref: paths.withQuery(location, latestQuery) } }
        : {})}
      actions={result.status === 'ready' && renderActions?.({ definition, model: result.model, view })}
      onNavigate={navigate}
      {...(definition.skeletonHeight ? { skeletonHeight: definition.skeletonHeight } : {})}
    />
  );
}

/**
 * A frame drawn without its chrome (the headline tiles, a page's lone figures): the chart alone,
 * each tile carrying its own source; nothing while the data loads, the error with a retry if it fails.
 */
export function BareFrame({ definition, highlight }: { definition: FrameDefinition; highlight?: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [view] = useViewState();
  const result = useFrameModel(definition, highlight ? { ...view, highlight } : view);
  let body;
  if (result.status === 'ready') body = <FrameChart frame={result.model} onNavigate={navigate} />;
  else if (result.status === 'error') body = <QueryError error={result.error} onRetry={result.retry} />;
  else if (result.status === 'problem')
    body = <p role={result.problem.problem === 'choose' ? undefined : 'alert'}>{result.problem.message}</p>;
  else
    body = (
      <p role="status" className="frame-state frame-state--loading" aria-busy="true">
        {t('frame.loading')}
      </p>
    );
  // The anchor links to the frame land on (the source document's numbers, a tile's audit link).
  return (
    <div className="bare-frame" id={`frame-${definition.id}`} data-frame-tiles={definition.id}>
      {body}
    </div>
  );
}
