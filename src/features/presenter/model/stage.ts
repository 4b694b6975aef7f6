/** The size layouts are designed at: a 1080p screen. */
export const DESIGN_WIDTH = 1920;
export const DESIGN_HEIGHT = 1080;

export interface StageFit {
  scale: number;
  /** Offsets (screen pixels) that centre the stage: bars left and right, or above and below. */
  left: number;
  top: number;
}

/**
 * Scales a design-size stage to fit a screen of any size and aspect ratio: one scale for both
 * axes (no distortion), the whole stage visible (no scrolling), letterboxed where aspects differ.
 */
export function fitStage(
  width: number,
  height: number,
  designWidth = DESIGN_WIDTH,
  designHeight = DESIGN_HEIGHT,
): StageFit {
  if (!(width > 0) || !(height > 0)) return { scale: 1, left: 0, top: 0 };
  const scale = Math.min(width / designWidth, height / designHeight);
  return { scale, left: (width - designWidth * scale) / 2, top: (height - designHeight * scale) / 2 };
}
