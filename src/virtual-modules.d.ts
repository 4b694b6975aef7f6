// Modules the build generates (src/build/node/vite-plugins.ts).

declare module 'virtual:county-map-areas' {
  import type { ProjectedMap } from '@/build/map-projection';

  /** The county map's design box and its areas, projected at build time. */
  const map: ProjectedMap;
  export default map;
}

declare module 'virtual:dataset-ids' {
  /** The id of every dataset file in fixtures/datasets/, in file-name order. */
  const ids: readonly string[];
  export default ids;
}
