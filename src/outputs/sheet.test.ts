import { describe, expect, it } from 'vitest';
import { countiesFrame } from '@/features/counties/frames';
import { datasetPayload } from '@/testing/fixtures';
import { modelOf, testLocale } from '@/testing/frame-models';
import { datasetSheet, sheetRows, viewSheet } from './sheet';

describe('viewSheet', () => {
  const locale = testLocale('zh');
  const sheet = viewSheet(modelOf(countiesFrame, 'zh'), locale);

  it('keeps the frame order, numbers as numbers rounded to their decimals, and says the unit of a share', () => {
    expect(sheet.header).toEqual(['县（区）', '村', '社区', '合计', '占全市比例 (%)', '合计排名', '标注']);
    const taiqian = sheet.rows.find((r) => r[0] === '台前县')!;
    expect(taiqian.slice(1, 3)).toEqual([372, 0]);
    expect(typeof taiqian[4]).toBe('number');
    expect(String(taiqian[4])).toMatch(/^\d+(\.\d)?$/);
  });

  it('names every marked value of a row, and italicises the derived cells', () => {
    const taiqian = sheet.rows.find((r) => r[0] === '台前县')!;
    expect(taiqian.at(-1)).toBe('社区：推断；合计：计算：合计；占全市比例：计算：占比；合计排名：计算：排名');
    const row = sheet.rows.indexOf(taiqian);
    expect(sheet.derivedCells).toContainEqual([row, 2]);
    expect(sheet.derivedCells).not.toContainEqual([row, 1]);
  });

  it('ends with the citation and the release, after a blank line', () => {
    const rows = sheetRows(sheet);
    expect(rows.at(-3)).toEqual([]);
    expect(rows.at(-2)).toEqual([
      '来源',
      expect.stringMatching(/^濮阳市民政局《.*》（2023年7月26日），第 1\.1 部分。$/),
    ]);
    expect(rows.at(-1)).toEqual(['数据版本', '数据版本 2023-07-26']);
  });
});

describe('datasetSheet', () => {
  it('lists every figure with its unit, marks and quoted sentence', () => {
    const dataset = datasetPayload('divisions');
    const sheet = datasetSheet(dataset, testLocale('en'), {
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
    });
    expect(sheet.rows).toHaveLength(dataset.figures.length);
    const first = dataset.figures[0]!;
    expect(sheet.rows[0]).toEqual([
      first.id,
      'Villages',
      'unit=puyang-county',
      first.value,
      'count',
      'actual',
      'stated',
      null,
      first.provenance.section,
      first.provenance.quote,
    ]);
    const inferred = dataset.figures.findIndex((f) => f.id === 'communities.taiqian');
    expect(sheet.rows[inferred]?.[6]).toBe('inferred');
    expect(sheet.derivedCells).toContainEqual([inferred, 3]);
  });
});
