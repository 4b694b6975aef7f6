import type { HierarchyChartModel } from './model/frame-model';
import { ValueText } from './value-text';

/** An organisation drawn as what it is, a hierarchy of tiers (not bars of unlike things). */
export function HierarchyChartView({ chart, label }: { chart: HierarchyChartModel; label: string }) {
  return (
    <ol className="hierarchy" aria-label={label}>
      {chart.tiers.map((tier, i) => (
        <li key={tier.node.label} className={`hierarchy__tier hierarchy__tier--level-${Math.min(i, 3)}`}>
          <span className="hierarchy__node">
            <strong>
              <ValueText value={tier.node.value} />
            </strong>{' '}
            {tier.node.label}
          </span>
          {tier.beside.map((node) => (
            <span key={node.label} className="hierarchy__node hierarchy__node--beside">
              <strong>
                <ValueText value={node.value} />
              </strong>{' '}
              {node.label}
            </span>
          ))}
        </li>
      ))}
    </ol>
  );
}
