/**
 * Validates the build settings when a build or dev server starts (called from vite.config.ts).
 * Imported by vite.config.ts, so it stays free of the `@/` alias.
 */
import { z } from 'zod';

const envSchema = z.object({
  VITE_API_BASE_URL: z
    .string()
    .refine(
      (v) => v === '' || v.startsWith('/') || /^https?:\/\//.test(v),
      'must be a path starting with "/" or an http(s) URL',
    )
    .optional(),
  // The site's public address, for the absolute og:url and og:image of shared links (optional).
  VITE_SITE_URL: z
    .string()
    .refine((v) => v === '' || /^https?:\/\/[^/]+/.test(v), 'must be an absolute http(s) URL')
    .optional(),
});

export function checkEnv(env: Record<string, string | undefined>): void {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid build settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
}
