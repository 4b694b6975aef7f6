import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { KitLink } from './link';
import type { FrameModel, MapChartModel } from './model/frame-model';
import { textWidth } from './model/text-layout';

/** The map's labels are drawn at 12 units, or what `--map-label` on an ancestor asks for. */
const LABEL_SIZE = 12;

/**
 * The size of the map's labels in map units. The first render (prerendered HTML and hydration) uses
 * the default; after mount a slide, a wall display or a phone may ask for larger labels in CSS.
 */
function useLabelSize(ref: RefObject<HTMLElement | null>): number {
  const [size, setSize] = useState(LABEL_SIZE);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const read = () => setSize(Number(getComputedStyle(element).getPropertyValue('--map-label')) || LABEL_SIZE);
    // A media query may change the size when the window does.
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/**
 * Units on a map, coloured by class from light (lowest) to strong (highest), with the units that
 * have no boundary of their own (functional zones) as tiles in the same colours, and the colour key.
 */
export function MapChartView({
  frame,
  chart,
  onNavigate,
}: {
  frame: FrameModel;
  chart: MapChartModel;
  onNavigate?: (href: string) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const labelSize = useLabelSize(ref);
  return (
    <div className="county-map" ref={ref}>
      <svg
        className="county-map__svg"
        data-exportable=""
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="group"
        aria-label={`${frame.title}: ${chart.measureLabel}`}
      >
        {chart.areas.map((a) => {
          const label = `${a.label}${t('readout.colon')}${a.value?.text ?? ''}`;
          const shape = (
            <>
              <title>{label}</title>
              <path
                d={a.path}
                className={`county-map__area map-class-${a.colorClass}${chart.highlight === a.id ? ' is-highlighted' : ''}`}
              />
            </>
          );
          return a.href ? (
            <a
              key={a.id}
              href={a.href}
              aria-label={label}
              data-area={a.id}
              onClick={(e) => {
                if (!onNavigate || !a.href) return;
                e.preventDefault();
                onNavigate(a.href);
              }}
            >
              {shape}
            </a>
          ) : (
            <g key={a.id} data-area={a.id}>
              {shape}
            </g>
          );
        })}
        {chart.areas.map((a) => {
          const [x, y] = a.labelAt;
          const lines = [a.label, a.value?.text ?? ''];
          // A chip behind the label keeps it legible (and 4.5:1) on any fill, even where a small
          // area's label reaches into its neighbour. It is sized for the label's size on this page.
          const width = Math.max(...lines.map((l) => textWidth(l, labelSize))) + labelSize * 0.8;
          return (
            <g key={a.id} className="county-map__label" aria-hidden="true">
              <rect
                x={x - width / 2}
                y={y - labelSize * 1.08}
                width={width}
                height={labelSize * 2.6}
                rx={labelSize / 3}
              />
              <text x={x} y={y} textAnchor="middle" fontSize={labelSize}>
                <tspan x={x}>{lines[0]}</tspan>
                <tspan x={x} dy="1.15em">
                  {lines[1]}
                </tspan>
              </text>
            </g>
          );
        })}
      </svg>
      <div className="county-map__side">
        <ul className="zone-tiles">
          {chart.zones.map((z) => (
            <li key={z.id} data-area={z.id}>
              {z.href ? (
                <KitLink
                  href={z.href}
                  className={`zone-tile map-class-${z.colorClass}${chart.highlight === z.id ? ' is-highlighted' : ''}`}
                >
                  <span>{z.label}</span>
                  <strong>{z.value?.text ?? ''}</strong>
                </KitLink>
              ) : (
                <span className={`zone-tile map-class-${z.colorClass}`}>
                  <span>{z.label}</span>
                  <strong>{z.value?.text ?? ''}</strong>
                </span>
              )}
            </li>
          ))}
        </ul>
        <p className="county-map__note">{chart.zonesNote}</p>
        <ul className="map-legend" aria-label={t('chart.colorKey', { measure: chart.measureLabel })}>
          {chart.classes.map((c, i) => (
            <li key={c.label} className="map-legend__item">
              <svg width="16" height="16" aria-hidden="true">
                <rect width="16" height="16" className={`map-class-${i}`} />
              </svg>
              {c.label}
            </li>
          ))}
        </ul>
      </div>
      <p className="county-map__attribution">{chart.attribution}</p>
    </div>
  );
}
