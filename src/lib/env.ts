/**
 * Build-time settings. They are baked into the bundle by Vite, so they are checked once, when
 * the build starts (vite.config.ts, `checkEnv`), and a bad value fails the build instead of a
 * user's page. `VITE_API_BASE_URL` lets a deployment read the datasets from another host.
 */
const base = import.meta.env.BASE_URL;
const configured = import.meta.env.VITE_API_BASE_URL as string | undefined;

/** Base URL of the static JSON API, without a trailing slash. */
export const apiBaseUrl = (configured || `${base}api/v1`).replace(/\/$/, '');
