import type { FrameModel, FrameProblem } from '@/components/model/frame-model';
import type { ModelLocale } from '@/components/model/values';
import type { DatasetId } from '@/data/api/get-dataset';
import type { Dataset } from '@/data/model/dataset-schema';
import type { NbsChina } from '@/data/model/nbs-schema';
import type { CountyChanges } from '@/data/api/get-nbs-history';
import type { NbsCityHistory, NbsCountsFile, NbsIndex, NbsMeta } from '@/data/model/nbs-history-schema';
import type { Translate } from '@/lib/i18n';
import type { ViewState } from '@/lib/url-state';

/**
 * The change-over-time files a frame reads in a view (the releases' `meta` always): a city's
 * series, a county's change list (with its city's series), the index of cities, the all-China counts.
 */
export interface HistoryNeeds {
  city?: string;
  county?: string;
  index?: boolean;
  counts?: boolean;
}

/** What a frame reads: datasets, the all-China NBS file, and change-over-time files for its view. */
export interface FrameNeeds {
  datasets: readonly DatasetId[];
  nbsChina?: boolean;
  history?: (view: FrameView) => HistoryNeeds;
}

/** The change-over-time files a frame named, loaded and validated. */
export interface HistoryData {
  meta: NbsMeta;
  index?: NbsIndex;
  counts?: NbsCountsFile;
  city?: NbsCityHistory;
  changes?: CountyChanges;
}

/** The data a frame's `select` runs on: everything its needs name, loaded and validated. */
export interface FrameData {
  dataset(id: DatasetId): Dataset;
  nbsChina(): NbsChina;
  history(): HistoryData;
}

/** The view a frame is drawn in: the URL's view state, and a unit the page singles out. */
export type FrameView = ViewState & { highlight?: string };

/** View options a frame offers above its chart, each kept in the URL. */
export type FrameControl = 'sort' | 'layout' | 'measure' | 'year' | 'from' | 'to' | 'rank' | 'level';

/**
 * One chart frame: its id, the data it needs and a pure `select` that turns that data and the
 * view into its FrameModel. A page feature writes one per frame; everything that shows the frame
 * (its page, the embed, a slide, the big screen, every download) draws from what `select` returns.
 */
export interface FrameDefinition {
  /** Stable: the frame's anchor (`#frame-<id>`), its name in URLs (`table=`, embeds, decks). */
  id: string;
  /** The page that holds it (a path of `paths`, without language prefix). */
  page: string;
  /** Its title before the data is there (loading states, deck lists). */
  title: (t: Translate) => string;
  needs: FrameNeeds;
  controls?: readonly FrameControl[];
  select: (data: FrameData, view: FrameView, locale: ModelLocale) => FrameModel | FrameProblem;
  /** Height the loading state reserves, so the page does not jump when the data arrives. */
  skeletonHeight?: number;
}

/** Makes a definition, checking its shape where it is written. */
export const defineFrame = (definition: FrameDefinition): FrameDefinition => definition;
