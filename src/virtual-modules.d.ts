// Modules the build generates (vite.config.ts).

declare module 'virtual:county-map-areas' {
  import type { ProjectedArea } from '@/features/charts/model/county-map';

  /** The county map's areas, projected at build time into MAP_WIDTH × MAP_HEIGHT. */
  const areas: readonly ProjectedArea[];
  export default areas;
}
