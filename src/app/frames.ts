/**
 * Every frame of the dashboard, from the features that define them: the list the embed page, the
 * presenter, the big screen and the source document draw on. Nothing else is said here.
 */
import { countiesFrame, mapFrame, unitFiguresFrame } from '@/features/counties/frames';
import { unitNbsChangesFrame, unitNbsTrendFrame } from '@/features/counties/history-frames';
import * as governance from '@/features/governance/frames';
import { nbsCityFrame, nbsComparisonFrame } from '@/features/nbs/frames';
import { HISTORY_FRAMES } from '@/features/nbs/history-frames';
import { headlinesFrame } from '@/features/overview/frames';
import { renovationFrames } from '@/features/renovation/frames';
import type { FrameDefinition } from '@/frames/definition';

/** Chart frames, in page order: each can be embedded, put on a slide and downloaded. */
export const CHART_FRAMES: readonly FrameDefinition[] = [
  countiesFrame,
  mapFrame,
  ...renovationFrames.measures,
  renovationFrames.investment,
  ...renovationFrames.items,
  governance.disputesFrame,
  governance.councilsFrame,
  governance.sessionsFrame,
  governance.livingRoomsFrame,
  governance.hualong12365Frame,
  governance.propertyPartyFrame,
  governance.familiesFrame,
  governance.activitiesFrame,
  nbsComparisonFrame,
  nbsCityFrame,
  ...HISTORY_FRAMES,
  unitNbsTrendFrame,
  unitNbsChangesFrame,
];

/** Frames of tiles (headlines, a page's lone figures): shown on their pages, cited by the source document. */
export const TILE_FRAMES: readonly FrameDefinition[] = [
  headlinesFrame,
  governance.ruleOfLawTiles,
  governance.councilsTiles,
  governance.selfGovernanceTiles,
  governance.brandTiles,
  governance.propertyTiles,
  governance.moralTiles,
];

/** Every frame: what the source document links each of its figures to. */
export const ALL_FRAMES: readonly FrameDefinition[] = [...CHART_FRAMES, ...TILE_FRAMES, unitFiguresFrame];

/** What the big screen draws on: its headline tiles, the county ranking (the map's table), any chart. */
export const BIG_SCREEN_FRAMES = {
  headlines: headlinesFrame,
  ranking: mapFrame,
  frames: CHART_FRAMES,
};

/** The overview's chart: the county breakdown. */
export const OVERVIEW_CHART = countiesFrame;
