import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from './api-paths';
import type { NbsChina } from '@/data/model/nbs-schema';
import { fetchJson } from '@/lib/api-client';

/** The all-China file: ~210 kB (61 kB gzipped), fetched only when someone looks for a city. */
export const NBS_CHINA_ID = 'china-2023';

export const nbsKeys = {
  all: ['nbs'] as const,
  china: () => [...nbsKeys.all, NBS_CHINA_ID] as const,
};

/** Fetches and validates the all-China counts (the validator loads with it, not before). */
export async function getNbsChina(signal?: AbortSignal): Promise<NbsChina> {
  const [json, { parseOrThrow }, { nbsChinaSchema }] = await Promise.all([
    fetchJson(apiPaths.nbs(NBS_CHINA_ID), signal),
    import('@/data/model/dataset-schema'),
    import('@/data/model/nbs-schema'),
  ]);
  return parseOrThrow(nbsChinaSchema, json, `NBS file "${NBS_CHINA_ID}"`);
}

export function nbsChinaQueryOptions() {
  return queryOptions({
    queryKey: nbsKeys.china(),
    queryFn: ({ signal }) => getNbsChina(signal),
    // Reference data of a past release: it does not change while the page is open.
    staleTime: Infinity,
  });
}
