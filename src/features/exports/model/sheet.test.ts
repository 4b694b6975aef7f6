import { describe, expect, it } from 'vitest';
import type { FrameTable } from '@/features/datasets/model/frame-table';
import { datasetPayload } from '@/testing/fixtures';
import { datasetSheet, percentAsNumber, viewSheet } from './sheet';

const table: FrameTable = {
  title: 'T',
  datasetId: 'divisions',
  version: '2023-07-26',
  columns: [
    { key: 'unit', header: '单位', numeric: false },
    { key: 'communities', header: '社区', numeric: true },
    { key: 'share', header: '占比', numeric: true, percent: true },
  ],
  rows: [
    { key: 'a', cells: { unit: '甲', communities: 34, share: 0.32098 }, derived: ['share'], figures: ['x'] },
    { key: 'b', cells: { unit: '乙', communities: 0, share: 0.1 }, derived: ['communities', 'share'], figures: [] },
  ],
  series: ['communities'],
};

describe('viewSheet', () => {
  const sheet = viewSheet(table, { derivedColumn: '推算项', separator: '、' });

  it('keeps the frame order, numbers as numbers, and names derived values per row', () => {
    expect(sheet.header).toEqual(['单位', '社区', '占比', '推算项']);
    expect(sheet.rows).toEqual([
      ['甲', 34, 0.32098, '占比'],
      ['乙', 0, 0.1, '社区、占比'],
    ]);
    expect(sheet.derivedCells).toEqual([
      [0, 2],
      [1, 1],
      [1, 2],
    ]);
    expect(sheet.percentColumns).toEqual([2]);
  });

  it('turns shares into percentages for CSV, saying so in the header', () => {
    const csv = percentAsNumber(sheet);
    expect(csv.header[2]).toBe('占比 (%)');
    expect(csv.rows.map((r) => r[2])).toEqual([32.1, 10]);
  });
});

describe('datasetSheet', () => {
  it('lists every figure with its unit, kind and quoted sentence', () => {
    const dataset = datasetPayload('divisions');
    const sheet = datasetSheet(dataset, 'zh', {
      columns: {
        figure: 'id',
        measure: 'm',
        dims: 'd',
        value: 'v',
        unit: 'u',
        status: 's',
        kind: 'k',
        asOf: 'a',
        section: 'sec',
        quote: 'q',
      },
      unit: (u) => `unit:${u}`,
      status: (s) => `status:${s}`,
      kind: (k) => `kind:${k}`,
    });
    expect(sheet.rows).toHaveLength(dataset.figures.length);
    const first = dataset.figures[0];
    expect(sheet.rows[0]).toEqual([
      first?.id,
      '村',
      'unit=puyang-county',
      first?.value,
      'unit:item',
      'status:actual',
      'kind:stated',
      null,
      first?.provenance.section,
      first?.provenance.quote,
    ]);
    const derived = dataset.figures.flatMap((f, i) => (f.kind === 'derived' ? [[i, 3]] : []));
    expect(derived.length).toBeGreaterThan(0);
    expect(sheet.derivedCells).toEqual(derived);
  });
});
