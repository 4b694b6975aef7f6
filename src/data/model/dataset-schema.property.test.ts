/**
 * Property-based tests of the dataset schema (reliability matrix rows 2, 3, 4, 6 and 8): whatever
 * arrives instead of a dataset, parsing never crashes; it either yields a dataset or throws a
 * DatasetValidationError whose every issue says where and what; and no input pollutes
 * Object.prototype. 1,000 cases per property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASET_IDS } from '../api/get-dataset';
import { datasetPayload } from '@/testing/fixtures';
import { DatasetValidationError, parseOrThrow, type Dataset } from './dataset-schema';
import { datasetPayloadSchema } from './payload-schema';

const RUNS = { numRuns: 1000 };

/** Parses, and checks the contract: a dataset, or a validation error with a message per issue. */
function parseChecked(input: unknown): Dataset | DatasetValidationError {
  try {
    return parseOrThrow(datasetPayloadSchema, input, 'dataset "x"');
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetValidationError);
    const e = error as DatasetValidationError;
    expect(e.issues.length).toBeGreaterThan(0);
    const lines = e.message.split('\n');
    expect(lines).toHaveLength(e.issues.length);
    for (const [i, issue] of e.issues.entries()) {
      expect(issue.message.trim(), 'every rejection has a message').not.toBe('');
      expect(lines[i]).toMatch(/^dataset "x": \S.*: \S/);
    }
    return e;
  }
}

/** Object.prototype's own keys, to prove nothing was added to it. */
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

/** Every path (array of keys) in a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object')
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

/** A copy of `root` with the value at `path` replaced (or deleted when `replacement` is DELETE). */
const DELETE = Symbol('delete');
function mutate(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement === DELETE ? undefined : replacement;
  const isContainer = (v: unknown): v is Record<string | number, unknown> => typeof v === 'object' && v !== null;
  if (!isContainer(root)) return root; // an earlier mutation replaced the container
  const copy = structuredClone(root);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = isContainer(parent) ? parent[key] : undefined;
  if (!isContainer(parent)) return copy;
  const last = path[path.length - 1]!;
  if (replacement === DELETE) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

/** What arrives where a value belongs: JSON of any shape, and the classic bad numbers. */
const badValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(null, '', 'N/A', '1,234', 'NaN', '-0', '1e999', -1, -0, 1e308, Number.MAX_VALUE, 0.1, 1e-300),
  fc.constant(DELETE),
);

describe('dataset schema (properties)', () => {
  it('never crashes on arbitrary JSON, and rejects it with a message per problem', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        parseChecked(input);
      }),
      RUNS,
    );
  });

  it('never crashes on any JavaScript value (not only JSON)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true }), (input) => {
        parseChecked(input);
      }),
      RUNS,
    );
  });

  it('a mutated fixture parses or is rejected, naming a field; what parses is sound', () => {
    const fixtures = DATASET_IDS.map((id) => datasetPayload(id));
    const targets = fixtures.map((f) => ({ fixture: f, paths: paths(f) }));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: targets.length - 1 })
          .chain((t) =>
            fc.tuple(
              fc.constant(t),
              fc.integer({ min: 0, max: targets[t]!.paths.length - 1 }),
              fc.array(badValue, { minLength: 1, maxLength: 3 }),
            ),
          ),
        ([t, p, values]) => {
          const { fixture, paths: all } = targets[t]!;
          let input: unknown = fixture;
          values.forEach((value, i) => {
            input = mutate(input, all[(p + i * 7) % all.length]!, value);
          });
          const result = parseChecked(input);
          if (result instanceof DatasetValidationError) return;
          // Accepted data is drawable: every value a finite, non-negative number.
          for (const figure of result.figures) {
            expect(Number.isFinite(figure.value)).toBe(true);
            expect(figure.value).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      RUNS,
    );
  });

  it('a value that is not a number (null, "", "N/A", "1,234", "NaN") is rejected at its field, never read as 0', () => {
    const fixture = datasetPayload('divisions');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: fixture.figures.length - 1 }),
        fc.oneof(fc.constantFrom(null, '', 'N/A', '1,234', 'NaN', '0'), fc.string(), fc.boolean(), fc.constant({})),
        (i, value) => {
          const result = parseChecked(mutate(fixture, ['figures', i, 'value'], value));
          expect(result).toBeInstanceOf(DatasetValidationError);
          expect((result as DatasetValidationError).message).toContain(`figures[${i}].value`);
        },
      ),
      RUNS,
    );
  });

  it('negative counts are rejected per field; huge and -0 values stay finite and non-negative', () => {
    const fixture = datasetPayload('renovation');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: fixture.figures.length - 1 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (i, value) => {
          const result = parseChecked(mutate(fixture, ['figures', i, 'value'], value));
          if (value < 0) {
            expect(result).toBeInstanceOf(DatasetValidationError);
            expect((result as DatasetValidationError).message).toContain(`figures[${i}].value: must not be negative`);
          } else if (!(result instanceof DatasetValidationError)) {
            expect(Number.isFinite(result.figures[i]!.value)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it('__proto__, constructor and prototype keys anywhere never pollute Object.prototype', () => {
    const before = prototypeKeys();
    const fixture = datasetPayload('divisions');
    const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');
    // Paths to the objects of the fixture (where a key can be added).
    const objects = paths(fixture).filter((path) => {
      let v: unknown = fixture;
      for (const k of path) v = (v as Record<string | number, unknown>)[k];
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: objects.length - 1 }), hostileKey, fc.jsonValue(), (p, key, value) => {
        // As JSON.parse builds it from text: an own property named "__proto__".
        const text = JSON.stringify(mutate(fixture, [...objects[p]!, key], value));
        parseChecked(JSON.parse(text));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(prototypeKeys()).toEqual(before);
      }),
      RUNS,
    );
    parseChecked(JSON.parse('{"__proto__":{"polluted":1},"figures":[{"__proto__":{"polluted":1}}]}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a duplicated unit (same measure and breakdown) is flagged, never merged', () => {
    const fixture = datasetPayload('divisions');
    const unitFigures = fixture.figures.map((f, i) => [f, i] as const).filter(([f]) => f.dims?.unit);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: unitFigures.length - 1 }), (k) => {
        const [figure] = unitFigures[k]!;
        const twin = { ...structuredClone(figure), id: `${figure.id}-twin` };
        const result = parseChecked({ ...fixture, figures: [...fixture.figures, twin] });
        expect(result).toBeInstanceOf(DatasetValidationError);
        expect((result as DatasetValidationError).message).toContain(`duplicate of figure "${figure.id}"`);
      }),
      RUNS,
    );
  });
});
