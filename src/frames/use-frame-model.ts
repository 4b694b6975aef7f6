import { useQueries, useQuery, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isFrameProblem, type FrameModel, type FrameProblem } from '@/components/model/frame-model';
import type { ModelLocale } from '@/components/model/values';
import type { ReleaseInfo } from '@/components/version-note';
import {
  datasetQueryOptions,
  datasetVersionsQueryOptions,
  UnknownVersionError,
  type DatasetId,
} from '@/data/api/get-dataset';
import { nbsChinaQueryOptions } from '@/data/api/get-nbs-china';
import {
  changeFileOf,
  nbsCityHistoryQueryOptions,
  nbsCountsQueryOptions,
  nbsCountyChangesQueryOptions,
  nbsIndexQueryOptions,
  nbsMetaQueryOptions,
} from '@/data/api/get-nbs-history';
import type { Dataset } from '@/data/model/dataset-schema';
import type { NbsChina } from '@/data/model/nbs-schema';
import { useLanguage } from '@/lib/use-language';
import type { FrameData, FrameDefinition, FrameNeeds, FrameView, HistoryData, HistoryNeeds } from './definition';

/** Where a frame stands: its model once its data is there, or why not. */
export type FrameResult =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'problem'; problem: FrameProblem }
  | { status: 'ready'; model: FrameModel; release: ReleaseInfo | undefined };

type Loaded = { datasets: Map<DatasetId, Dataset>; nbsChina: NbsChina | undefined; history: HistoryData | undefined };

/** The city whose series a history frame reads: the county's city when it names a county. */
const historyCity = (wants: HistoryNeeds) => wants.county?.slice(0, 4) ?? wants.city;

/** The change-over-time files a frame's view needs, loaded (undefined until all are there). */
function useHistoryData(wants: HistoryNeeds | undefined) {
  const on = wants !== undefined;
  const city = wants ? historyCity(wants) : undefined;
  const meta = useQuery({ ...nbsMetaQueryOptions(), enabled: on });
  const index = useQuery({ ...nbsIndexQueryOptions(), enabled: on && wants.index === true });
  const counts = useQuery({ ...nbsCountsQueryOptions(), enabled: on && wants.counts === true });
  const cityFile = useQuery({ ...nbsCityHistoryQueryOptions(city ?? ''), enabled: city !== undefined });
  const county = wants?.county;
  const changes = useQuery({
    ...nbsCountyChangesQueryOptions(county ?? '', cityFile.data && county ? changeFileOf(cityFile.data, county) : ''),
    enabled: county !== undefined && cityFile.data !== undefined,
  });
  if (!wants) return { history: undefined, failed: undefined, complete: true };
  const used = [
    meta,
    ...(wants.index ? [index] : []),
    ...(wants.counts ? [counts] : []),
    ...(city !== undefined ? [cityFile] : []),
    ...(county !== undefined ? [changes] : []),
  ];
  const failed = used.find((q) => q.isError);
  const complete = used.every((q) => q.data !== undefined);
  const history: HistoryData | undefined =
    complete && meta.data
      ? {
          meta: meta.data,
          ...(wants.index && index.data ? { index: index.data } : {}),
          ...(wants.counts && counts.data ? { counts: counts.data } : {}),
          ...(city !== undefined && cityFile.data ? { city: cityFile.data } : {}),
          ...(county !== undefined && changes.data ? { changes: changes.data } : {}),
        }
      : undefined;
  return { history, failed: failed ? { error: failed.error, query: failed } : undefined, complete };
}

/** The same files, fetched into the cache outside React. */
async function loadHistoryData(queryClient: QueryClient, wants: HistoryNeeds): Promise<HistoryData> {
  const city = historyCity(wants);
  const [meta, index, counts, cityFile] = await Promise.all([
    queryClient.ensureQueryData(nbsMetaQueryOptions()),
    wants.index ? queryClient.ensureQueryData(nbsIndexQueryOptions()) : undefined,
    wants.counts ? queryClient.ensureQueryData(nbsCountsQueryOptions()) : undefined,
    city !== undefined ? queryClient.ensureQueryData(nbsCityHistoryQueryOptions(city)) : undefined,
  ]);
  const changes =
    wants.county !== undefined && cityFile
      ? await queryClient.ensureQueryData(
          nbsCountyChangesQueryOptions(wants.county, changeFileOf(cityFile, wants.county)),
        )
      : undefined;
  return {
    meta,
    ...(index ? { index } : {}),
    ...(counts ? { counts } : {}),
    ...(cityFile ? { city: cityFile } : {}),
    ...(changes ? { changes } : {}),
  };
}

/**
 * The data a frame needs: each dataset's latest release, or, when the URL pins a date (`v=`), its
 * latest release on or before that date. The latest release comes first (it is usually embedded in
 * the page); the list of releases and an older one are fetched only when the pin needs them.
 */
function useFrameData(needs: FrameNeeds, view: FrameView) {
  const pin = view.version;
  const ids = needs.datasets;
  const latest = useQueries({ queries: ids.map((id) => datasetQueryOptions(id)) });
  const older = ids.map((_, i) => pin !== undefined && (latest[i]?.data?.version ?? '') > pin);
  const versions = useQueries({
    queries: ids.map((id, i) => ({ ...datasetVersionsQueryOptions(id), enabled: older[i] === true })),
  });
  const chosen = ids.map((_, i) =>
    older[i] && pin !== undefined ? versions[i]?.data?.versions.find((r) => r.version <= pin)?.version : undefined,
  );
  const releases = useQueries({
    queries: ids.map((id, i) => ({
      ...datasetQueryOptions(id, chosen[i] ?? pin ?? ''),
      enabled: chosen[i] !== undefined,
    })),
  });
  const nbs = useQuery({ ...nbsChinaQueryOptions(), enabled: needs.nbsChina === true });
  const historyResult = useHistoryData(needs.history?.(view));

  const datasets = new Map<DatasetId, Dataset>();
  let failed: { error: unknown; query: UseQueryResult<unknown> } | undefined;
  let release: ReleaseInfo | undefined;
  ids.forEach((id, i) => {
    const head = latest[i];
    if (!head) return;
    if (!older[i]) {
      if (head.data) datasets.set(id, head.data);
      else if (head.isError) failed ??= { error: head.error, query: head };
      if (pin !== undefined && head.data) release ??= { pinnedTo: pin, version: head.data.version, newer: undefined };
      return;
    }
    const list = versions[i];
    const pinned = releases[i];
    if (list?.isError) failed ??= { error: list.error, query: list };
    else if (list?.data && chosen[i] === undefined && pin !== undefined)
      failed ??= { error: new UnknownVersionError(id, pin), query: list };
    else if (pinned?.isError) failed ??= { error: pinned.error, query: pinned };
    if (pinned?.data) {
      datasets.set(id, pinned.data);
      release ??= { pinnedTo: pin ?? '', version: pinned.data.version, newer: head.data?.version };
    }
  });
  if (needs.nbsChina && nbs.isError) failed ??= { error: nbs.error, query: nbs };
  failed ??= historyResult.failed;
  const complete =
    datasets.size === ids.length && (!needs.nbsChina || nbs.data !== undefined) && historyResult.complete;
  const loaded: Loaded | undefined = complete
    ? { datasets, nbsChina: nbs.data, history: historyResult.history }
    : undefined;
  return { loaded, failed, release };
}

function frameData(loaded: Loaded): FrameData {
  return {
    dataset(id) {
      const dataset = loaded.datasets.get(id);
      if (!dataset) throw new Error(`a frame read dataset "${id}" without naming it in its needs`);
      return dataset;
    },
    nbsChina() {
      if (!loaded.nbsChina) throw new Error('a frame read the all-China NBS file without naming it in its needs');
      return loaded.nbsChina;
    },
    history() {
      if (!loaded.history) throw new Error('a frame read change-over-time files without naming them in its needs');
      return loaded.history;
    },
  };
}

/**
 * A frame's model in a view: its data loaded (with the release the view pins), its definition's
 * `select` run on it, in the interface's language. A failed refetch keeps the data already shown.
 */
export function useFrameModel(definition: FrameDefinition, view: FrameView): FrameResult {
  const { t } = useTranslation();
  const language = useLanguage();
  const { loaded, failed, release } = useFrameData(definition.needs, view);
  // Built on every render: a model is a few dozen formatted values (the formats are cached), and
  // a page re-renders its frames only when the view or the data changes.
  const selected = loaded ? definition.select(frameData(loaded), view, { language, t }) : undefined;
  if (selected) {
    if (isFrameProblem(selected)) return { status: 'problem', problem: selected };
    return { status: 'ready', model: selected, release };
  }
  if (failed) return { status: 'error', error: failed.error, retry: () => void failed.query.refetch() };
  return { status: 'loading' };
}

/**
 * A frame's model outside React (exports of a whole deck): its data fetched into the cache if it
 * is not there yet, then its `select` run. Latest releases only.
 */
export async function loadFrameModel(
  queryClient: QueryClient,
  definition: FrameDefinition,
  view: FrameView,
  locale: ModelLocale,
): Promise<FrameModel | FrameProblem> {
  const entries = await Promise.all(
    definition.needs.datasets.map(
      async (id) => [id, await queryClient.ensureQueryData(datasetQueryOptions(id))] as const,
    ),
  );
  const nbsChina = definition.needs.nbsChina ? await queryClient.ensureQueryData(nbsChinaQueryOptions()) : undefined;
  const wants = definition.needs.history?.(view);
  const history = wants ? await loadHistoryData(queryClient, wants) : undefined;
  return definition.select(frameData({ datasets: new Map(entries), nbsChina, history }), view, locale);
}
