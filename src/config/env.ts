import { z } from 'zod';

/**
 * Build-time settings, checked once at start-up so a bad value fails loudly here rather than as
 * a broken fetch later. `VITE_API_BASE_URL` lets a deployment read the datasets from another host.
 */
const envSchema = z.object({
  VITE_API_BASE_URL: z
    .string()
    .refine((v) => v.startsWith('/') || /^https?:\/\//.test(v), 'must be a path starting with "/" or an http(s) URL')
    .optional(),
  BASE_URL: z.string().default('/'),
});

const parsed = envSchema.safeParse(import.meta.env);
if (!parsed.success) {
  throw new Error(
    `Invalid build settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
  );
}

/** Base URL of the static JSON API, without a trailing slash. */
export const apiBaseUrl = (parsed.data.VITE_API_BASE_URL ?? `${parsed.data.BASE_URL}api/v1`).replace(/\/$/, '');
