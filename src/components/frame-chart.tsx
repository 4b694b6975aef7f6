import { BarChartView } from './bar-chart/bar-chart';
import { HierarchyChartView } from './hierarchy-chart';
import { MapChartView } from './map-chart';
import type { FrameModel } from './model/frame-model';
import { ProgressChartView } from './progress-chart';
import { TilesView } from './tiles';

/** A frame's chart, drawn by the kind its model says: the one registry of chart kinds. */
export function FrameChart({ frame, onNavigate }: { frame: FrameModel; onNavigate?: (href: string) => void }) {
  const { chart } = frame;
  switch (chart.kind) {
    case 'bar':
      return <BarChartView frame={frame} chart={chart} {...(onNavigate ? { onNavigate } : {})} />;
    case 'map':
      return <MapChartView frame={frame} chart={chart} {...(onNavigate ? { onNavigate } : {})} />;
    case 'progress':
      return <ProgressChartView chart={chart} label={frame.summary} />;
    case 'hierarchy':
      return <HierarchyChartView chart={chart} label={frame.title} />;
    case 'tiles':
      return <TilesView chart={chart} />;
  }
}
