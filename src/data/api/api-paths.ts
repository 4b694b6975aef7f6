/**
 * Paths of the static JSON API, relative to its base URL. Kept apart from static-api.ts (which
 * validates fixtures with zod) so the browser can name paths without loading the validator.
 *
 * Imported by vite.config.ts (through static-api.ts), so it has no `@/` imports.
 */

/** Version segment of every API path; bump it with a breaking format change. */
export const API_VERSION = 'v1';

export const apiPaths = {
  index: 'index.json',
  units: 'units.json',
  /** The latest release of a dataset. */
  dataset: (id: string) => `datasets/${id}.json`,
  /** One release, by its version (release date); never changes once published. */
  datasetVersion: (id: string, version: string) => `datasets/${id}@${version}.json`,
  /** The releases of a dataset, newest first. */
  datasetVersions: (id: string) => `datasets/${id}/versions.json`,
  source: (id: string) => `sources/${id}.json`,
  /** NBS statistical-division counts (`puyang-2023`, `china-2023`), from fixtures/nbs. */
  nbs: (id: string) => `nbs/${id}.json`,
  /** Change over time, six releases (`meta`, `index`, `counts`, `cities/<code>`, `changes/<code>`). */
  nbsHistory: (name: string) => `nbs/history/${name}.json`,
} as const;
