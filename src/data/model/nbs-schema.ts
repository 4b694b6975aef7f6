/**
 * Schemas of the NBS statistical-division counts written by `npm run data:nbs` (fixtures/nbs):
 * Puyang's units in full, and every prefecture-level city's county-level units in a compact form.
 * The build validates both files (buildStaticApi); the browser validates the all-China file when
 * it fetches it. Imported by vite.config.ts (through static-api.ts), so relative imports keep `.ts`.
 */
import { z } from 'zod';
import { localizedTextSchema } from './dataset-schema.ts';

const count = z.number().int().nonnegative();
const isoDate = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });

export { NBS_KINDS, type NbsKind } from './nbs-kinds.ts';

export const nbsCountsSchema = z.object({
  residents: count,
  villages: count,
  residentsLike: count,
  villagesLike: count,
});
/** Village-level committees of one county-level unit, by kind. */
export type NbsCounts = z.infer<typeof nbsCountsSchema>;

const nbsProvenance = {
  schemaVersion: z.literal(2),
  release: z.object({
    zh: z.string().min(1),
    en: z.string().min(1),
    issuer: localizedTextSchema,
    cutoff: isoDate,
    published: isoDate,
    url: z.url(),
  }),
  package: z.object({ name: z.string(), version: z.string(), file: z.string() }),
  pinyin: z.object({ name: z.string(), version: z.string() }),
  /** Which names are machine romanisations, not established English names, and how they were made. */
  romanised: z.object({ fields: z.array(z.string()).min(1), zh: z.string().min(1), en: z.string().min(1) }),
  rule: localizedTextSchema,
};

const countyCode = z.string().regex(/^\d{6}$/, 'expected a 6-digit county-level code');

export const nbsCitySchema = z.object({
  ...nbsProvenance,
  city: z.object({ code: z.string().regex(/^\d{4}$/), name: localizedTextSchema }),
  units: z
    .array(z.object({ code: countyCode, name: z.string().min(1), en: z.string().min(1), counts: nbsCountsSchema }))
    .min(1),
});
/** One city's county-level units with their NBS counts (fixtures/nbs/puyang-2023.json). */
export type NbsCity = z.infer<typeof nbsCitySchema>;

export const nbsChinaSchema = z.object({
  ...nbsProvenance,
  kinds: z.tuple([
    z.literal('residents'),
    z.literal('villages'),
    z.literal('residentsLike'),
    z.literal('villagesLike'),
  ]),
  columns: z.array(z.string()),
  excluded: z.array(z.string()),
  cities: z
    .array(
      z.object({
        code: z.string().regex(/^\d{4}$/, 'expected a 4-digit prefecture-level code'),
        name: z.string().min(1),
        en: z.string().min(1),
        py: z.string(),
        province: localizedTextSchema,
        // [code, name, en (romanised), residents, villages, residentsLike, villagesLike]: compact, ~3,000 rows.
        counties: z.array(z.tuple([countyCode, z.string().min(1), z.string().min(1), count, count, count, count])),
      }),
    )
    .min(1),
});
/** Every prefecture-level city with its county-level units (fixtures/nbs/china-2023.json). */
export type NbsChina = z.infer<typeof nbsChinaSchema>;
export type NbsChinaCity = NbsChina['cities'][number];
