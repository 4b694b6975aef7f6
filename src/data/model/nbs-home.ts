/**
 * Where the change-over-time views open: Puyang and its first unit. A module of its own, so the
 * routes can name them without loading the views' code.
 */

/** The prefecture-level city the change-over-time views open on. */
export const HOME_CITY = '4109';

/** The county the change list opens on: 华龙区, Puyang's first. */
export const DEFAULT_COUNTY = '410902';
