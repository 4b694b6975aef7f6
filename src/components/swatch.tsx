import { useId } from 'react';
import type { LegendEntry, SeriesColor, SwatchFill } from './model/frame-model';

/** A colour token as CSS. */
export const colorVar = (color: SeriesColor | 'neutral') =>
  color === 'neutral' ? 'var(--text-muted)' : `var(--${color})`;

/** The hatch and dot patterns a bar or swatch of one colour may be filled with (SVG defs). */
export function FillPatterns({ id, color }: { id: string; color: string }) {
  return (
    <>
      <pattern id={`${id}-hatch`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="var(--surface)" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={color} strokeWidth="3" />
      </pattern>
      <pattern id={`${id}-dots`} patternUnits="userSpaceOnUse" width="5" height="5">
        <rect width="5" height="5" fill="var(--surface)" />
        <circle cx="2.5" cy="2.5" r="1.6" fill={color} />
      </pattern>
    </>
  );
}

/** The SVG attributes of a shape filled one of the four ways (`patterns` names the FillPatterns id). */
export function fillProps(fill: SwatchFill, color: string, patterns: string) {
  switch (fill) {
    case 'hatch':
      return { fill: `url(#${patterns}-hatch)`, stroke: color, strokeWidth: 1 };
    case 'dots':
      return { fill: `url(#${patterns}-dots)`, stroke: color, strokeWidth: 1 };
    case 'outline':
      return { fill: 'var(--surface)', stroke: color, strokeWidth: 2, strokeDasharray: '4 2' };
    default:
      return { fill: color };
  }
}

/** A legend entry's swatch: the same fill its bars have. */
export function Swatch({ entry, size = 14 }: { entry: Pick<LegendEntry, 'color' | 'fill'>; size?: number }) {
  const id = useId().replace(/[^\w-]/g, '');
  const color = colorVar(entry.color);
  return (
    <svg className="legend-swatch" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
      <defs>
        <FillPatterns id={id} color={color} />
      </defs>
      <rect x="1" y="1" width={size - 2} height={size - 2} rx="2" {...fillProps(entry.fill, color, id)} />
    </svg>
  );
}

/** The legend of a chart: what each colour and fill means. */
export function Legend({ entries, label }: { entries: readonly LegendEntry[]; label: string }) {
  if (entries.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label={label}>
      {entries.map((e) => (
        <li key={e.key} className="legend-item" data-legend={e.key}>
          <Swatch entry={e} />
          {e.label}
        </li>
      ))}
    </ul>
  );
}
