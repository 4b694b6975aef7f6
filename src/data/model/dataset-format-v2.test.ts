/**
 * Version 2 of the dataset format: any unit in China by division code, open units of measure,
 * more qualifiers, signed values, citations for tables without text, one language, sources carried
 * in the file. Version 1 files still read, migrated.
 */
import { describe, expect, it } from 'vitest';
import { apiPaths, buildStaticApi } from '@/build/static-api';
import { fixtureFiles, rawFixture } from '@/testing/fixtures';
import {
  createDatasetFixtureSchema,
  DatasetValidationError,
  parseOrThrow,
  SUPPORTED_SCHEMA_VERSION,
} from './dataset-schema';
import { adminUnits } from './units';

const schema = createDatasetFixtureSchema(new Set(adminUnits.map((u) => u.id)));
const FILE = 'fixtures/datasets/anyang.json';

/** A county table of another city, as an import writes it: Chinese only, cited by table. */
function cityTable(): Record<string, unknown> {
  return {
    schemaVersion: 2,
    id: 'anyang',
    version: '2024-03-01',
    source: { issuer: { zh: '安阳市民政局' }, title: { zh: '安阳市城乡社区统计表' }, date: '2024-03-01' },
    title: { zh: '村和社区数量' },
    description: { zh: '安阳市各县（市、区）的村和社区数量。' },
    units: [
      { id: '410522', name: { zh: '安阳县' }, code: '410522' },
      { id: 'anyang-gaoxin', name: { zh: '高新区' } },
    ],
    measures: [
      { id: 'villages', label: { zh: '村' }, unit: 'item' },
      {
        id: 'residents',
        label: { zh: '常住人口' },
        unit: '10k-person',
        unitLabel: { zh: '万人', en: '10,000 people' },
        scale: 1e4,
        baseLabel: { zh: '人', en: 'people' },
      },
      { id: 'change', label: { zh: '比上年增减' }, unit: 'item', signed: true },
    ],
    figures: [
      {
        id: 'villages.410522',
        measure: 'villages',
        dims: { unit: '410522' },
        value: 560,
        kind: 'stated',
        status: 'actual',
        qualifier: 'at-least',
        provenance: { table: '表1', page: '3' },
      },
      {
        id: 'residents.gaoxin',
        measure: 'residents',
        dims: { unit: 'anyang-gaoxin' },
        value: 12.5,
        decimals: 1,
        kind: 'stated',
        status: 'actual',
        qualifier: 'less-than',
        provenance: { table: '表1' },
      },
      {
        id: 'change.410522',
        measure: 'change',
        dims: { unit: '410522' },
        value: -3,
        kind: 'stated',
        status: 'actual',
        provenance: { table: '表1' },
      },
    ],
  };
}

function problems(input: unknown): string {
  try {
    parseOrThrow(schema, input, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetValidationError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('dataset format version 2', () => {
  it('reads a version 1 file, migrated to the current version with every figure unchanged', () => {
    const v1 = { ...rawFixture('renovation'), schemaVersion: 1 };
    const read = parseOrThrow(schema, v1, 'fixtures/datasets/renovation.json');
    expect(read.schemaVersion).toBe(SUPPORTED_SCHEMA_VERSION);
    expect(read.figures).toEqual(rawFixture('renovation').figures);
    expect(read.measures.map((m) => m.unit)).toEqual(rawFixture('renovation').measures.map((m) => m.unit));
  });

  it('takes a Chinese-only table of any city, with units by division code, open units, bounds and signed values', () => {
    const read = parseOrThrow(schema, cityTable(), FILE);
    expect(read.title).toEqual({ zh: '村和社区数量', en: '村和社区数量' });
    expect(read.units.map((u) => u.code ?? 'no code')).toEqual(['410522', 'no code']);
    expect(read.figures.map((f) => [f.value, f.qualifier])).toEqual([
      [560, 'at-least'],
      [12.5, 'less-than'],
      [-3, 'exact'],
    ]);
  });

  it('refuses a negative count, an undeclared unit, an unnamed open unit and a figure without provenance', () => {
    const input = cityTable() as { measures: Record<string, unknown>[]; figures: Record<string, unknown>[] };
    input.figures[0]!.value = -1;
    input.figures[1]!.dims = { unit: '410581' };
    delete input.measures[1]!.unitLabel;
    input.figures[2]!.provenance = {};
    const message = problems(input);
    expect(message).toMatch(`${FILE}: figures[0].value: must not be negative: measure "villages" is a count`);
    expect(message).toMatch(
      `${FILE}: figures[1].dims.unit: unknown administrative unit "410581" (declare it under "units"`,
    );
    expect(message).toMatch(`${FILE}: measures[1].unitLabel: unit "10k-person" is not one of item,`);
    expect(message).toMatch(`${FILE}: figures[2].provenance: a figure needs a quoted sentence, or the page or table`);
  });

  it('refuses a file that names no source, or two', () => {
    const input = cityTable();
    delete input.source;
    expect(problems(input)).toMatch(`${FILE}: sourceId: name the source once`);
    expect(problems({ ...cityTable(), sourceId: 'puyang-mca-2023-188' })).toMatch(
      `${FILE}: sourceId: name the source once`,
    );
  });

  it('requires a word-for-word quote for every figure when the source carries its text', () => {
    const input = cityTable() as { source: Record<string, unknown>; figures: Record<string, unknown>[] };
    input.source.text = '安阳县560个以上村。高新区常住人口不足12.5万人。';
    input.figures[0]!.provenance = { quote: '安阳县560个以上村' };
    input.figures[1]!.provenance = { quote: '高新区常住人口不足12.6万人' };
    const message = problems(input);
    expect(message).toMatch(`figures[1].provenance.quote: the quote is not in the source text word for word`);
    expect(message).toMatch(`figures[2].provenance.quote: the source has a text: quote the sentence`);
    expect(message).not.toMatch('figures[0]');
  });

  it('builds a dataset that carries its own source into the API like a built-in one', () => {
    const api = buildStaticApi({
      ...fixtureFiles,
      datasets: [...fixtureFiles.datasets, { file: FILE, json: cityTable() }],
    });
    expect(api.get(apiPaths.dataset('anyang'))).toMatchObject({
      schemaVersion: 2,
      sourceId: 'anyang',
      source: {
        id: 'anyang',
        title: { zh: '安阳市城乡社区统计表' },
        licence: { zh: expect.stringContaining('原文件') as unknown },
      },
    });
    expect(api.get(apiPaths.source('anyang'))).toBeUndefined();
  });

  it('fails the build on a quote that is not in the named source document, naming file and figure', () => {
    const divisions = rawFixture('divisions');
    divisions.figures[2]!.provenance = { ...divisions.figures[2]!.provenance, quote: '濮阳县981个村' };
    const files = fixtureFiles.datasets.map((d) =>
      d.file.endsWith('/divisions.json') ? { ...d, json: divisions } : d,
    );
    expect(() => buildStaticApi({ ...fixtureFiles, datasets: files })).toThrow(
      'fixtures/datasets/divisions.json: figures[2].provenance.quote: not in source "puyang-mca-2023-188" word for word: "濮阳县981个村"',
    );
  });
});
