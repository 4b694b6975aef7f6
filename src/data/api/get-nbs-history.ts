import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiPaths } from './api-paths';
import type {
  NbsChanges,
  NbsCityHistory,
  NbsCountsFile,
  NbsIndex,
  NbsMeta,
  NbsTransition,
} from '@/data/model/nbs-history-schema';
import type * as HistorySchemas from '@/data/model/nbs-history-schema';
import { fetchJson } from '@/lib/api-client';

export { HOME_CITY } from '@/data/model/nbs-home';

export const nbsHistoryKeys = {
  all: ['nbs', 'history'] as const,
  file: (name: string) => [...nbsHistoryKeys.all, name] as const,
  /** A county's list, and the change file it is read from (its city's, or its own). */
  county: (code: string, file: string) => [...nbsHistoryKeys.all, 'county', code, file] as const,
};

/** Fetches one history file and validates it (the validator loads with it, not before). */
async function getHistoryFile<T>(
  name: string,
  pick: (schemas: typeof HistorySchemas) => z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  const [json, { parseOrThrow }, schemas] = await Promise.all([
    fetchJson(apiPaths.nbsHistory(name), signal),
    import('@/data/model/dataset-schema'),
    import('@/data/model/nbs-history-schema'),
  ]);
  return parseOrThrow(pick(schemas), json, `NBS file "${name}"`);
}

// Reference data of past releases: it does not change while the page is open.
const fixed = { staleTime: Infinity } as const;

/** The releases with their dates and provenance (4 kB): every change-over-time view cites it. */
export const nbsMetaQueryOptions = () =>
  queryOptions({
    queryKey: nbsHistoryKeys.file('meta'),
    queryFn: ({ signal }): Promise<NbsMeta> => getHistoryFile('meta', (s) => s.nbsMetaSchema, signal),
    ...fixed,
  });

/** The nation, provinces and cities with totals per release (the city picker, the national ranking). */
export const nbsIndexQueryOptions = () =>
  queryOptions({
    queryKey: nbsHistoryKeys.file('index'),
    queryFn: ({ signal }): Promise<NbsIndex> => getHistoryFile('index', (s) => s.nbsIndexSchema, signal),
    ...fixed,
  });

/** Every county-level unit's counts per release (83 kB gzip): only the national ranking of counties. */
export const nbsCountsQueryOptions = () =>
  queryOptions({
    queryKey: nbsHistoryKeys.file('counts'),
    queryFn: ({ signal }): Promise<NbsCountsFile> => getHistoryFile('counts', (s) => s.nbsCountsSchema, signal),
    ...fixed,
  });

/** One city's units, counts per release and unit-level changes. */
export const nbsCityHistoryQueryOptions = (city: string) =>
  queryOptions({
    queryKey: nbsHistoryKeys.file(`cities/${city}`),
    queryFn: ({ signal }): Promise<NbsCityHistory> =>
      getHistoryFile(`cities/${city}`, (s) => s.nbsCityHistorySchema, signal),
    ...fixed,
  });

/** One county's change list, release by release, with the releases it refers to. */
export interface CountyChanges {
  county: string;
  releases: readonly string[];
  transitions: readonly NbsTransition[];
}

/**
 * One county's changes, from the file that holds them (its city's, or its own for a city split by
 * county). Cached per county, so a page can carry only its own county's list.
 */
export const nbsCountyChangesQueryOptions = (county: string, file: string) =>
  queryOptions({
    queryKey: nbsHistoryKeys.county(county, file),
    queryFn: async ({ signal }): Promise<CountyChanges> => {
      const changes: NbsChanges = await getHistoryFile(`changes/${file}`, (s) => s.nbsChangesSchema, signal);
      return countyChangesOf(changes, county);
    },
    ...fixed,
  });

/** One county's list out of a change file (empty when nothing changed in it). */
export const countyChangesOf = (changes: NbsChanges, county: string): CountyChanges => ({
  county,
  releases: changes.releases,
  transitions: changes.counties[county] ?? [],
});

/** The change file that holds a county's list, from its city's file. */
export const changeFileOf = (city: NbsCityHistory, county: string) =>
  city.changeFiles.includes(city.city.code) ? city.city.code : county;
