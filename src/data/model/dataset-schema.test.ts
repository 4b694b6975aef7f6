import { describe, expect, it } from 'vitest';
import { datasetPayload, fixtureFiles, rawFixture, staticApi } from '@/testing/fixtures';
import { DATASET_IDS } from '../api/get-dataset';
import { apiPaths } from '@/build/static-api';
import {
  createDatasetFixtureSchema,
  DatasetValidationError,
  parseOrThrow,
  type DatasetFixture,
} from './dataset-schema';
import { datasetPayloadSchema } from './payload-schema';
import { adminUnits, unitsRegistry } from './units';
import { unitsRegistrySchema } from './dataset-schema';

const fixtureSchema = createDatasetFixtureSchema(new Set(adminUnits.map((u) => u.id)));
const FILE = 'fixtures/datasets/divisions.json';

/** Parses a mutated copy of a fixture and returns the error message (or fails the test). */
function rejectionOf(
  mutate: (d: DatasetFixture & Record<string, unknown>) => void,
  id: (typeof DATASET_IDS)[number] = 'divisions',
): string {
  const fixture = rawFixture(id) as DatasetFixture & Record<string, unknown>;
  mutate(fixture);
  try {
    parseOrThrow(fixtureSchema, fixture, `fixtures/datasets/${id}.json`);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetValidationError);
    return (error as Error).message;
  }
  throw new Error('the mutated fixture was accepted');
}

function figureIndex(d: DatasetFixture, id: string): number {
  const i = d.figures.findIndex((f) => f.id === id);
  if (i < 0) throw new Error(`fixture has no figure ${id}`);
  return i;
}

describe('dataset schema', () => {
  it('has a fixture for every dataset the app knows, and nothing else', () => {
    expect(fixtureFiles.datasets.map((d) => d.file).sort()).toEqual(
      DATASET_IDS.map((id) => `fixtures/datasets/${id}.json`).sort(),
    );
  });

  it.each(DATASET_IDS)('accepts the %s fixture and its API payload', (id) => {
    expect(() => parseOrThrow(fixtureSchema, rawFixture(id), id)).not.toThrow();
    expect(() => parseOrThrow(datasetPayloadSchema, staticApi.get(apiPaths.dataset(id)), id)).not.toThrow();
    expect(datasetPayload(id).source.date).toBe('2023-07-26');
  });

  it('accepts the bundled units registry the app takes as typed', () => {
    expect(unitsRegistrySchema.parse(unitsRegistry)).toEqual(unitsRegistry);
  });

  it('rejects a missing field, naming the file and the field', () => {
    expect(rejectionOf((d) => delete (d as Partial<DatasetFixture>).title)).toMatch(
      `${FILE}: title: Invalid input: expected object, received undefined`,
    );
  });

  it('rejects a string where a number belongs', () => {
    const message = rejectionOf((d) => {
      (d.figures[0] as unknown as Record<string, unknown>).value = '980';
    });
    expect(message).toMatch(`${FILE}: figures[0].value: Invalid input: expected number, received string`);
  });

  it('rejects a negative count', () => {
    expect(rejectionOf((d) => void (d.figures[1]!.value = -5))).toMatch(
      `${FILE}: figures[1].value: must not be negative`,
    );
  });

  it.each([
    ['Infinity (1e999 in JSON)', JSON.parse('1e999') as number],
    ['NaN', Number.NaN],
  ])('rejects %s', (_name, value) => {
    expect(rejectionOf((d) => void (d.figures[2]!.value = value))).toMatch(
      /figures\[2\]\.value: Invalid input: expected number, received (Infinity|NaN)/,
    );
  });

  it('rejects two figures for the same unit and measure', () => {
    const message = rejectionOf((d) => {
      const i = figureIndex(d, 'villages.hualong');
      d.figures.push({ ...d.figures[i]!, id: 'villages.hualong-again' });
    });
    expect(message).toMatch(/figures\[\d+\]\.dims: duplicate of figure "villages\.hualong"/);
  });

  it('rejects an unknown administrative unit', () => {
    const message = rejectionOf((d) => {
      d.figures[figureIndex(d, 'villages.hualong')]!.dims = { unit: 'atlantis' };
    });
    expect(message).toMatch(/figures\[\d+\]\.dims\.unit: unknown administrative unit "atlantis"/);
  });

  it('rejects a percentage over 100', () => {
    const message = rejectionOf((d) => {
      const rate = d.figures.find((f) => d.measures.find((m) => m.id === f.measure)?.unit === 'percent');
      rate!.value = 102.5;
    }, 'rule-of-law');
    expect(message).toMatch(
      /fixtures\/datasets\/rule-of-law\.json: figures\[\d+\]\.value: a percentage must be at most 100, got 102\.5/,
    );
  });

  it('rejects an unknown dataset format version', () => {
    expect(rejectionOf((d) => void ((d as Record<string, unknown>).schemaVersion = 3))).toMatch(
      `${FILE}: schemaVersion: unsupported schemaVersion 3: this app reads versions 1 and 2`,
    );
  });

  it('rejects a wrong type deep inside a figure', () => {
    const message = rejectionOf((d) => {
      (d.figures[3]!.provenance as unknown as Record<string, unknown>).quote = 42;
    });
    expect(message).toMatch(`${FILE}: figures[3].provenance.quote: Invalid input: expected string, received number`);
  });

  it('rejects a derived figure without its derivation, and an unknown measure', () => {
    const message = rejectionOf((d) => {
      const derived = d.figures.find((f) => f.kind === 'derived')!;
      delete derived.derivation;
      d.figures[0]!.measure = 'castles';
    });
    expect(message).toMatch(/figures\[\d+\]\.derivation: a derived figure needs a derivation/);
    expect(message).toMatch(/figures\[0\]\.measure: unknown measure "castles"/);
  });

  it('rejects a check that names a figure the dataset lacks', () => {
    const message = rejectionOf((d) => {
      const check = d.checks[0]!;
      if (check.type === 'sum') check.total = 'villages.mars';
    });
    expect(message).toMatch(/checks\[0\]: check "[^"]+" names unknown figure "villages\.mars"/);
  });

  it('ignores unknown extra fields rather than failing', () => {
    const fixture = { ...rawFixture('divisions'), comment: 'added by an editor' };
    expect(() => parseOrThrow(fixtureSchema, fixture, FILE)).not.toThrow();
  });
});
