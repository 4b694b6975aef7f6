/**
 * The one schema every dataset passes through (fixtures at build time, API payloads in the
 * browser, MSW fixtures in tests). It rejects what is structurally unusable; well-formed but
 * inconsistent data (parts that do not add up) passes and is reported by `integrity.ts`.
 *
 * Imported by vite.config.ts as well as by the app, so relative imports keep their `.ts`.
 */
import { z } from 'zod';
import { DatasetValidationError } from '../../lib/validation-error.ts';
import { issuePath } from './issue-path.ts';

export { DatasetValidationError };

// No `new Function`: zod otherwise probes for it, which a strict CSP (script-src without
// 'unsafe-eval') reports as a violation on every page that validates a dataset.
z.config({ jitless: true });

/** The format version this app writes. Version 1 files are read too, and migrated (`migrateDataset`). */
export const SUPPORTED_SCHEMA_VERSION = 2;
const READABLE_VERSIONS = [1, 2] as const;

export const localizedTextSchema = z.object({
  zh: z.string().min(1, 'Chinese text is empty'),
  en: z.string().min(1, 'English text is empty'),
});
/** A text in both languages; `zh` is the source language. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * A text in a dataset file: one language is enough, the other is optional. The app reads it in
 * both, showing the one that is there where the other is missing (an import may be Chinese only).
 */
export const datasetTextSchema = z
  .object({
    zh: z.string().min(1, 'Chinese text is empty').optional(),
    en: z.string().min(1, 'English text is empty').optional(),
  })
  .refine((t) => t.zh !== undefined || t.en !== undefined, 'a text needs Chinese or English')
  .transform((t): LocalizedText => ({ zh: t.zh ?? t.en ?? '', en: t.en ?? t.zh ?? '' }));

import { isKnownUnitOfMeasure, QUALIFIERS, UNITS_OF_MEASURE } from './vocabulary.ts';

export { isKnownUnitOfMeasure, QUALIFIERS, UNITS_OF_MEASURE, type UnitOfMeasure } from './vocabulary.ts';

const isoDate = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });
const slug = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'expected lower-case letters, digits, "." or "-"');

/**
 * What is counted. `unit` is one of UNITS_OF_MEASURE, or the dataset's own (`unitLabel` then says
 * what it is called; `scale` and `baseLabel` when it is a multiple, as 万人 is of 人). `signed`
 * allows negative values (a change, a balance); counts cannot be negative.
 */
export const measureSchema = z
  .object({
    id: slug,
    label: datasetTextSchema,
    unit: slug,
    unitLabel: datasetTextSchema.optional(),
    scale: z.number().positive().optional(),
    baseLabel: datasetTextSchema.optional(),
    signed: z.boolean().default(false),
  })
  .superRefine((m, ctx) => {
    if (!isKnownUnitOfMeasure(m.unit) && !m.unitLabel)
      ctx.addIssue({
        code: 'custom',
        path: ['unitLabel'],
        message: `unit "${m.unit}" is not one of ${UNITS_OF_MEASURE.join(', ')}: give its unitLabel`,
      });
    if (m.scale !== undefined && m.scale !== 1 && !m.baseLabel)
      ctx.addIssue({
        code: 'custom',
        path: ['baseLabel'],
        message: 'a unit with a scale needs the baseLabel of what it multiplies',
      });
  });
export type Measure = z.infer<typeof measureSchema>;

const sectionId = z.string().regex(/^\d+(\.\d+)*$/, 'expected a section id such as "1.1" or "1.2.3"');

/**
 * Where a figure comes from: a sentence quoted word for word from the source's text (required
 * when the source has a text), or a page or table of a cited source that has none.
 */
export const provenanceSchema = z
  .object({
    section: sectionId.optional(),
    quote: z.string().min(2, 'the quoted sentence is empty').optional(),
    page: z.string().min(1).optional(),
    table: z.string().min(1).optional(),
  })
  .refine((p) => p.quote !== undefined || p.page !== undefined || p.table !== undefined, {
    message: 'a figure needs a quoted sentence, or the page or table of its source',
  });
export type Provenance = z.infer<typeof provenanceSchema>;

/** A figure id in this dataset, or `datasetId:figureId` for another dataset. */
const figureRef = z.string().regex(/^([a-z0-9-]+:)?[a-z0-9][a-z0-9.-]*$/, 'expected a figure id');

export const derivationSchema = z.object({
  method: z.enum(['sum', 'difference', 'equal']),
  inputs: z.array(figureRef).min(1, 'a derivation needs at least one input'),
  explanation: datasetTextSchema,
});
export type Derivation = z.infer<typeof derivationSchema>;

export const figureSchema = z.object({
  id: slug,
  measure: slug,
  dims: z.record(z.string(), z.string()).optional(),
  // zod 4 rejects NaN and ±Infinity here, so `1e999` in JSON cannot slip through. The sign is
  // checked against the measure (only a signed measure takes negative values).
  value: z.number(),
  kind: z.enum(['stated', 'derived']),
  status: z.enum(['actual', 'plan', 'forecast']),
  qualifier: z.enum(QUALIFIERS).default('exact'),
  decimals: z.number().int().min(0).max(6).default(0),
  asOf: isoDate.optional(),
  note: datasetTextSchema.optional(),
  provenance: provenanceSchema,
  derivation: derivationSchema.optional(),
});
export type Figure = z.infer<typeof figureSchema>;

export const checkSchema = z.discriminatedUnion('type', [
  z.object({
    id: slug,
    type: z.literal('sum'),
    label: datasetTextSchema,
    parts: z.array(figureRef).min(2, 'a sum needs at least two parts'),
    total: figureRef,
  }),
  z.object({
    id: slug,
    type: z.literal('rate'),
    label: datasetTextSchema,
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

/**
 * A source given in the dataset file itself (an import): who issued what, when, and its text when
 * it has one. The built-in datasets name a document of `fixtures/sources/` by `sourceId` instead.
 */
export const inlineSourceSchema = z.object({
  issuer: datasetTextSchema,
  title: datasetTextSchema,
  date: isoDate,
  url: z.url().optional(),
  licence: datasetTextSchema.optional(),
  sections: z.array(z.object({ id: z.string(), title: datasetTextSchema })).default([]),
  text: z.string().min(1).optional(),
});
export type InlineSource = z.infer<typeof inlineSourceSchema>;

/**
 * A unit a dataset's figures are broken down by, beyond the city's own (fixtures/units.json): any
 * unit in China by its statistical division code, or a named unit without one (示范区).
 */
export const datasetUnitSchema = z.object({
  id: slug,
  name: datasetTextSchema,
  code: z
    .string()
    .regex(/^\d{6}(\d{3}(\d{3})?)?$/, 'expected a division code of 6, 9 or 12 digits')
    .optional(),
});
export type DatasetUnit = z.infer<typeof datasetUnitSchema>;

const schemaVersionSchema = z.union(
  READABLE_VERSIONS.map((v) => z.literal(v)),
  {
    error: (issue) =>
      `unsupported schemaVersion ${JSON.stringify(issue.input)}: this app reads versions ${READABLE_VERSIONS.join(' and ')}; refresh the page to load a newer app`,
  },
);

const datasetBase = z.object({
  schemaVersion: schemaVersionSchema.transform(() => SUPPORTED_SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case dataset id'),
  version: isoDate,
  sourceId: slug.optional(),
  source: inlineSourceSchema.optional(),
  title: datasetTextSchema,
  description: datasetTextSchema,
  units: z.array(datasetUnitSchema).default([]),
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

type RefinedDataset = Omit<DatasetBase, 'source'> & { source?: InlineSource | Source };

/**
 * Cross-field rules that a per-field schema cannot express. A fixture (`file`) also names its
 * source exactly once, and quotes a sentence for every figure when that source has a text; an
 * inline text is checked here, word for word (a `sourceId`'s text is checked by the build).
 */
function refineDataset(knownUnitIds: ReadonlySet<string>, kind: 'file' | 'payload') {
  return (data: RefinedDataset, ctx: z.RefinementCtx) => {
    const inline = kind === 'file' && data.source && !('id' in data.source) ? data.source : undefined;
    const text = inline?.text;
    const needsQuote = kind === 'file' && (data.sourceId !== undefined || text !== undefined);
    if (kind === 'file' && (data.sourceId === undefined) === (data.source === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['sourceId'],
        message: 'name the source once: a sourceId of fixtures/sources, or a source with its issuer, title and date',
      });
    const declaredUnits = new Set<string>();
    data.units.forEach((u, i) => {
      if (declaredUnits.has(u.id) || knownUnitIds.has(u.id))
        ctx.addIssue({ code: 'custom', path: ['units', i, 'id'], message: `duplicate unit id "${u.id}"` });
      declaredUnits.add(u.id);
    });
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
      } else if (f.value < 0 && !measure.signed) {
        ctx.addIssue({
          code: 'custom',
          path: at('value'),
          message: `must not be negative: measure "${measure.id}" is a count (mark it "signed" if it can fall below zero)`,
        });
      }
      if (needsQuote && f.provenance.quote === undefined)
        ctx.addIssue({
          code: 'custom',
          path: at('provenance', 'quote'),
          message: 'the source has a text: quote the sentence this figure stands in',
        });
      if (text !== undefined && f.provenance.quote !== undefined && !text.includes(f.provenance.quote))
        ctx.addIssue({
          code: 'custom',
          path: at('provenance', 'quote'),
          message: `the quote is not in the source text word for word: "${f.provenance.quote}"`,
        });
      const unit = f.dims?.unit;
      if (unit !== undefined && !knownUnitIds.has(unit) && !declaredUnits.has(unit))
        ctx.addIssue({
          code: 'custom',
          path: at('dims', 'unit'),
          message: `unknown administrative unit "${unit}" (declare it under "units", with its division code if it has one)`,
        });
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
  return datasetBase.superRefine(refineDataset(knownUnitIds, 'file'));
}

/** Schema of an API payload: the fixture plus its source's metadata. */
export function createDatasetPayloadSchema(knownUnitIds: ReadonlySet<string>) {
  return datasetBase.extend({ source: sourceSchema }).superRefine(refineDataset(knownUnitIds, 'payload'));
}

export type DatasetFixture = DatasetBase;
/** A validated dataset as the app uses it: its source is always the document's metadata. */
export type Dataset = Omit<DatasetBase, 'source'> & { source: Source };

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
  return error.issues.map((issue) => `${where}: ${issuePath(issue.path)}: ${issue.message}`).join('\n');
}

/** Parses or throws a `DatasetValidationError` (used inside query functions and at build time). */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success)
    throw new DatasetValidationError(where, result.error.issues, describeIssues(where, result.error));
  return result.data;
}
