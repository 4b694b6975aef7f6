/**
 * The big screen's settings, all in its URL so a wall display is configured by its address:
 *
 *   /big-screen?panels=counties,map,carousel,ranking&rotate=councils,disputes&interval=20
 *              &scale=fit|width|stretch&theme=dark|light&poll=300
 *
 * - `panels`: which panels show, in order: frame ids, `ranking` (the counties ranked, one measure
 *   after another) and `carousel` (one slot showing the `rotate` frames in turn). Unknown ids are
 *   dropped; none left means the default for the screen's shape.
 * - `interval`: seconds each carousel frame and ranking measure stays up (5–3600, default 15).
 * - `scale`: fit (the layout takes the screen's shape, scaled uniformly), width (designed 1920
 *   wide, scrolling down) or stretch (1920×1080 pulled to the screen).
 * - `theme`: dark (the default, made for wall displays) or light.
 * - `poll`: seconds between checks for a new data release (30–86400, default 300).
 * Parsing is total: anything gives settings.
 */

import { DESIGN_HEIGHT, DESIGN_WIDTH } from './stage';

export const SCALE_MODES = ['fit', 'width', 'stretch'] as const;
export type ScaleMode = (typeof SCALE_MODES)[number];
export const WALL_THEMES = ['dark', 'light'] as const;
export type WallTheme = (typeof WALL_THEMES)[number];

/** The panel that ranks the counties, one measure after another. */
export const RANKING_PANEL = 'ranking';
/** The slot that shows the `rotate` frames in turn. */
export const CAROUSEL_PANEL = 'carousel';

export const DEFAULT_INTERVAL = 15;
export const DEFAULT_POLL = 300;
const MAX_PANELS = 12;

export interface BigScreenConfig {
  /** Chosen panels in order, or null for the default. */
  panels: readonly string[] | null;
  /** Frames the carousel shows in turn. */
  rotate: readonly string[];
  /** Seconds per carousel frame and ranking measure. */
  interval: number;
  scale: ScaleMode;
  theme: WallTheme;
  /** Seconds between checks for a new release. */
  poll: number;
}

function seconds(raw: string | null, min: number, max: number, fallback: number): number {
  if (raw === null || !/^\d{1,6}$/.test(raw)) return fallback;
  return Math.min(max, Math.max(min, Number(raw)));
}

function ids(raw: string | null, known: (id: string) => boolean): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').map((s) => s.trim()))].filter(known).slice(0, MAX_PANELS);
}

function oneOf<T extends string>(allowed: readonly T[], raw: string | null, fallback: T): T {
  return (allowed as readonly string[]).includes(raw ?? '') ? (raw as T) : fallback;
}

/** Reads the settings from a query string; `isFrame` says which frame ids exist. */
export function parseBigScreenConfig(search: string, isFrame: (id: string) => boolean): BigScreenConfig {
  const params = new URLSearchParams(search);
  const rotate = ids(params.get('rotate'), isFrame);
  const isPanel = (id: string) => id === RANKING_PANEL || id === CAROUSEL_PANEL || isFrame(id);
  let panels: string[] | null = ids(params.get('panels'), isPanel);
  if (panels.length === 0) panels = null;
  // Frames to rotate need a slot to rotate in.
  if (panels && rotate.length > 0 && !panels.includes(CAROUSEL_PANEL)) panels.push(CAROUSEL_PANEL);
  if (panels && rotate.length === 0) panels = panels.filter((p) => p !== CAROUSEL_PANEL);
  return {
    panels: panels && panels.length > 0 ? panels : null,
    rotate,
    interval: seconds(params.get('interval'), 5, 3600, DEFAULT_INTERVAL),
    scale: oneOf(SCALE_MODES, params.get('scale'), 'fit'),
    theme: oneOf(WALL_THEMES, params.get('theme'), 'dark'),
    poll: seconds(params.get('poll'), 30, 86_400, DEFAULT_POLL),
  };
}

/** How the layout is arranged: by the width of its design at 1080 high. */
export type StageShape = 'narrow' | 'standard' | 'wide';

export function shapeOf(designWidth: number): StageShape {
  if (designWidth < 1700) return 'narrow';
  if (designWidth >= 2800) return 'wide';
  return 'standard';
}

/** The default panels: the county chart and map with key figures; a wide wall gets more, 4:3 fewer. */
export function defaultPanels(shape: StageShape): { panels: readonly string[]; rotate: readonly string[] } {
  const base = ['counties', 'map', 'renovation-investment', 'disputes'];
  // A 4:3 screen has room for three columns at full height; the disputes are a headline tile.
  if (shape === 'narrow') return { panels: base.slice(0, 3), rotate: [] };
  if (shape === 'standard') return { panels: base, rotate: [] };
  return {
    panels: [...base, RANKING_PANEL, CAROUSEL_PANEL],
    rotate: ['councils', 'consultation-sessions', 'renovation-compounds', 'volunteer-activities'],
  };
}

/** Panels that take the body's full height (charts with many categories); the others take half. */
export const TALL_PANELS: ReadonlySet<string> = new Set(['counties', 'map', RANKING_PANEL, 'nbs-trend', 'nbs-change']);

/** The fit mode follows the screen's shape between 4:3 and 32:9; beyond, it letterboxes. */
const MIN_WIDTH = 1440;
const MAX_WIDTH = 3840;

export interface StageLayout {
  /** Design size (CSS pixels before scaling). */
  width: number;
  height: number;
  scaleX: number;
  scaleY: number;
  /** Offsets that centre the stage (screen pixels). */
  left: number;
  top: number;
  /** The stage is taller than the screen: the viewport scrolls. */
  scrolls: boolean;
}

/** Where and how large the stage is on a screen of `w`×`h` in `mode`. */
export function stageLayout(mode: ScaleMode, w: number, h: number): StageLayout {
  if (!(w > 0) || !(h > 0))
    return { width: DESIGN_WIDTH, height: DESIGN_HEIGHT, scaleX: 1, scaleY: 1, left: 0, top: 0, scrolls: false };
  if (mode === 'stretch')
    return {
      width: DESIGN_WIDTH,
      height: DESIGN_HEIGHT,
      scaleX: w / DESIGN_WIDTH,
      scaleY: h / DESIGN_HEIGHT,
      left: 0,
      top: 0,
      scrolls: false,
    };
  if (mode === 'width') {
    const scale = w / DESIGN_WIDTH;
    // At least 1080 high; taller screens (4:3) get a taller layout rather than an empty band.
    const height = Math.max(DESIGN_HEIGHT, Math.round(h / scale));
    return {
      width: DESIGN_WIDTH,
      height,
      scaleX: scale,
      scaleY: scale,
      left: 0,
      top: 0,
      scrolls: height * scale > h + 0.5,
    };
  }
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round((DESIGN_HEIGHT * w) / h)));
  const scale = Math.min(w / width, h / DESIGN_HEIGHT);
  return {
    width,
    height: DESIGN_HEIGHT,
    scaleX: scale,
    scaleY: scale,
    left: (w - width * scale) / 2,
    top: (h - DESIGN_HEIGHT * scale) / 2,
    scrolls: false,
  };
}

export interface PanelSlot {
  id: string;
  size: 'tall' | 'short';
}

/**
 * Panels in reading order, each the full height of the body (tall) or half of it (short); two
 * shorts share a column. A short left alone in its column takes the full height, so no half of
 * the stage stays empty.
 */
export function arrangePanels(ids: readonly string[]): PanelSlot[] {
  const slots: PanelSlot[] = ids.map((id) => ({ id, size: TALL_PANELS.has(id) ? 'tall' : 'short' }));
  const shorts = slots.filter((s) => s.size === 'short');
  const last = shorts.at(-1);
  if (last && shorts.length % 2 === 1) last.size = 'tall';
  return slots;
}
