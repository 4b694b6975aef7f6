import type { SeriesColor } from '@/components/model/frame-model';

/**
 * The colours of every file the app writes (images, slides): the light theme's, since a file is
 * read on paper, on a slide or on another site whatever theme its maker had. Okabe–Ito hues, told
 * apart with the common colour-vision deficiencies; the map's classes run from light (lowest) to
 * dark (highest).
 */
export const PRINT = {
  background: '#ffffff',
  text: '#1a1d21',
  muted: '#4a5260',
  grid: '#d5dae1',
  series: {
    'series-1': '#0072b2',
    'series-2': '#d55e00',
    'series-3': '#007a5a',
    'series-4': '#a8487a',
  } satisfies Record<SeriesColor, string>,
  neutral: '#4a5260',
  map: ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5', '#08519c'],
  font: "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif",
} as const;

/** A colour token as a print colour. */
export const printColor = (color: SeriesColor | 'neutral') =>
  color === 'neutral' ? PRINT.neutral : PRINT.series[color];
