/**
 * The one schema every dataset passes through (fixtures at build time, API payloads in the
 * browser, MSW fixtures in tests). It rejects what is structurally unusable; well-formed but
 * inconsistent data (parts that do not add up) passes and is reported by `integrity.ts`.
 *
 * Imported by vite.config.ts as well as by the app, so relative imports keep their `.ts`.
 */
import { z } from 'zod';
import { DatasetValidationError } from '../../lib/validation-error.ts';

export { DatasetValidationError };

// No `new Function`: zod otherwise probes for it, which a strict CSP (script-src without
// 'unsafe-eval') reports as a violation on every page that validates a dataset.
z.config({ jitless: true });

export const SUPPORTED_SCHEMA_VERSION = 1;

export const localizedTextSchema = z.object({
  zh: z.string().min(1, 'Chinese text is empty'),
  en: z.string().min(1, 'English text is empty'),
});
/** A text in both languages; `zh` is the source language. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const UNITS_OF_MEASURE = [
  'item',
  'case',
  'household',
  'building',
  'person',
  'member',
  'session',
  'set',
  'plot',
  'meter',
  'square-meter',
  '10k-square-meter',
  '100m-yuan',
  'percent',
] as const;
export type UnitOfMeasure = (typeof UNITS_OF_MEASURE)[number];

const isoDate = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });
const slug = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'expected lower-case letters, digits, "." or "-"');

export const measureSchema = z.object({
  id: slug,
  label: localizedTextSchema,
  unit: z.enum(UNITS_OF_MEASURE),
});
export type Measure = z.infer<typeof measureSchema>;

export const provenanceSchema = z.object({
  section: z.string().regex(/^\d+(\.\d+)*$/, 'expected a section id such as "1.1" or "1.2.3"'),
  quote: z.string().min(2, 'the quoted sentence is empty'),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** A figure id in this dataset, or `datasetId:figureId` for another dataset. */
const figureRef = z.string().regex(/^([a-z0-9-]+:)?[a-z0-9][a-z0-9.-]*$/, 'expected a figure id');

export const derivationSchema = z.object({
  method: z.enum(['sum', 'difference', 'equal']),
  inputs: z.array(figureRef).min(1, 'a derivation needs at least one input'),
  explanation: localizedTextSchema,
});
export type Derivation = z.infer<typeof derivationSchema>;

export const figureSchema = z.object({
  id: slug,
  measure: slug,
  dims: z.record(z.string(), z.string()).optional(),
  // zod 4 rejects NaN and ±Infinity here, so `1e999` in JSON cannot slip through.
  value: z.number().nonnegative('must not be negative'),
  kind: z.enum(['stated', 'derived']),
  status: z.enum(['actual', 'plan', 'forecast']),
  qualifier: z.enum(['exact', 'more-than', 'approx']).default('exact'),
  decimals: z.number().int().min(0).max(6).default(0),
  asOf: isoDate.optional(),
  note: localizedTextSchema.optional(),
  provenance: provenanceSchema,
  derivation: derivationSchema.optional(),
});
export type Figure = z.infer<typeof figureSchema>;

export const checkSchema = z.discriminatedUnion('type', [
  z.object({
    id: slug,
    type: z.literal('sum'),
    label: localizedTextSchema,
    parts: z.array(figureRef).min(2, 'a sum needs at least two parts'),
    total: figureRef,
  }),
  z.object({
    id: slug,
    type: z.literal('rate'),
    label: localizedTextSchema,
    numerator: figureRef,
    denominator: figureRef,
    rate: figureRef,
  }),
]);
export type Check = z.infer<typeof checkSchema>;

export const sourceSchema = z.object({
  id: slug,
  issuer: localizedTextSchema,
  title: localizedTextSchema,
  date: isoDate,
  licence: localizedTextSchema,
  omitted: localizedTextSchema.optional(),
  sections: z.array(z.object({ id: z.string(), title: localizedTextSchema })),
});
/** Metadata of a source document (its text is served separately). */
export type Source = z.infer<typeof sourceSchema>;

export const unitSchema = z.object({
  id: slug,
  name: localizedTextSchema,
  shortName: localizedTextSchema.optional(),
  kind: z.enum(['county', 'district', 'functional-zone']),
  gbt2260: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  nbs: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});
/** A county-level administrative unit (or functional zone) of the city. */
export type AdminUnit = z.infer<typeof unitSchema>;

export const unitsRegistrySchema = z.object({
  city: localizedTextSchema,
  units: z.array(unitSchema).min(1),
});
export type UnitsRegistry = z.infer<typeof unitsRegistrySchema>;

const datasetBase = z.object({
  schemaVersion: z.literal(SUPPORTED_SCHEMA_VERSION, {
    error: (issue) =>
      `unsupported schemaVersion ${JSON.stringify(issue.input)}: this app reads version ${SUPPORTED_SCHEMA_VERSION}; refresh the page to load a newer app`,
  }),
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case dataset id'),
  version: isoDate,
  sourceId: slug,
  title: localizedTextSchema,
  description: localizedTextSchema,
  measures: z.array(measureSchema).min(1, 'a dataset needs at least one measure'),
  figures: z.array(figureSchema).min(1, 'a dataset needs at least one figure'),
  checks: z.array(checkSchema).default([]),
});

type DatasetBase = z.infer<typeof datasetBase>;

function dimsKey(figure: Figure): string {
  const dims = figure.dims ?? {};
  const keys = Object.keys(dims).sort();
  return `${figure.measure}|${keys.map((k) => `${k}=${dims[k] ?? ''}`).join('&')}`;
}

/** Cross-field rules that a per-field schema cannot express. */
function refineDataset(knownUnitIds: ReadonlySet<string>) {
  return (data: DatasetBase, ctx: z.RefinementCtx) => {
    const measures = new Map(data.measures.map((m) => [m.id, m]));
    const seenMeasures = new Set<string>();
    data.measures.forEach((m, i) => {
      if (seenMeasures.has(m.id))
        ctx.addIssue({ code: 'custom', path: ['measures', i, 'id'], message: `duplicate measure id "${m.id}"` });
      seenMeasures.add(m.id);
    });
    // Looked up per derivation input: a Set keeps validation linear in the number of figures.
    const allIds = new Set(data.figures.map((f) => f.id));
    const ids = new Set<string>();
    const dimsSeen = new Map<string, string>();
    data.figures.forEach((f, i) => {
      const at = (...p: (string | number)[]) => ['figures', i, ...p];
      if (ids.has(f.id)) ctx.addIssue({ code: 'custom', path: at('id'), message: `duplicate figure id "${f.id}"` });
      ids.add(f.id);
      const measure = measures.get(f.measure);
      if (!measure) {
        ctx.addIssue({ code: 'custom', path: at('measure'), message: `unknown measure "${f.measure}"` });
      } else if (measure.unit === 'percent' && f.value > 100) {
        ctx.addIssue({
          code: 'custom',
          path: at('value'),
          message: `a percentage must be at most 100, got ${f.value}`,
        });
      }
      const unit = f.dims?.unit;
      if (unit !== undefined && !knownUnitIds.has(unit))
        ctx.addIssue({ code: 'custom', path: at('dims', 'unit'), message: `unknown administrative unit "${unit}"` });
      const key = dimsKey(f);
      const twin = dimsSeen.get(key);
      if (twin !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: at('dims'),
          message: `duplicate of figure "${twin}" (same measure and breakdown)`,
        });
      else dimsSeen.set(key, f.id);
      if (f.kind === 'derived' && !f.derivation)
        ctx.addIssue({ code: 'custom', path: at('derivation'), message: 'a derived figure needs a derivation' });
      if (f.kind === 'stated' && f.derivation)
        ctx.addIssue({ code: 'custom', path: at('derivation'), message: 'a stated figure cannot have a derivation' });
      f.derivation?.inputs.forEach((ref, j) => {
        if (!ref.includes(':') && !allIds.has(ref))
          ctx.addIssue({ code: 'custom', path: at('derivation', 'inputs', j), message: `unknown figure "${ref}"` });
      });
    });
    data.checks.forEach((c, i) => {
      const refs = c.type === 'sum' ? [...c.parts, c.total] : [c.numerator, c.denominator, c.rate];
      for (const ref of refs)
        if (!ref.includes(':') && !ids.has(ref))
          ctx.addIssue({
            code: 'custom',
            path: ['checks', i],
            message: `check "${c.id}" names unknown figure "${ref}"`,
          });
    });
  };
}

/** Schema of a fixture file (`fixtures/datasets/*.json`). */
export function createDatasetFixtureSchema(knownUnitIds: ReadonlySet<string>) {
  return datasetBase.superRefine(refineDataset(knownUnitIds));
}

/** Schema of an API payload: the fixture plus its source's metadata. */
export function createDatasetPayloadSchema(knownUnitIds: ReadonlySet<string>) {
  return datasetBase.extend({ source: sourceSchema }).superRefine(refineDataset(knownUnitIds));
}

export type DatasetFixture = DatasetBase;
/** A validated dataset as the app uses it. */
export type Dataset = DatasetBase & { source: Source };

export const datasetIndexSchema = z.object({
  schemaVersion: z.literal(SUPPORTED_SCHEMA_VERSION),
  datasets: z.array(
    z.object({
      id: z.string(),
      title: localizedTextSchema,
      version: isoDate,
      path: z.string(),
      figureCount: z.number().int().nonnegative(),
    }),
  ),
  sources: z.array(z.object({ id: z.string(), path: z.string() })),
});
export type DatasetIndex = z.infer<typeof datasetIndexSchema>;

/** The releases of one dataset, newest first; `latest` is what the unversioned path serves. */
export const datasetVersionsSchema = z.object({
  id: z.string(),
  latest: isoDate,
  versions: z.array(z.object({ version: isoDate, path: z.string() })).min(1),
});
export type DatasetVersions = z.infer<typeof datasetVersionsSchema>;

export const sourceDocumentSchema = sourceSchema.extend({ text: z.string().min(1) });
/** A source document with its full text. */
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;

/**
 * Turns a zod error into one line per problem, each naming where it is:
 * `dataset "divisions": figures[3].value: must not be negative`.
 */
export function describeIssues(where: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
        .join('');
      return `${where}: ${path || '(root)'}: ${issue.message}`;
    })
    .join('\n');
}

/** Parses or throws a `DatasetValidationError` (used inside query functions and at build time). */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success)
    throw new DatasetValidationError(where, result.error.issues, describeIssues(where, result.error));
  return result.data;
}
