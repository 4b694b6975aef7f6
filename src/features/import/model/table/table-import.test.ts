import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import chinaJson from '@fixtures/nbs/china-2023.json';
import puyangJson from '@fixtures/nbs/puyang-2023.json';
import { createDatasetFixtureSchema, parseOrThrow } from '@/data/model/dataset-schema';
import { inlineSourceMeta, withSourceMeta } from '@/data/model/inline-source';
import { runIntegrityChecks } from '@/data/model/integrity';
import { nbsChinaSchema, nbsCitySchema } from '@/data/model/nbs-schema';
import { adminUnits } from '@/data/model/units';
import { parseCell } from './parse-cell';
import { inspectZip } from '../zip-directory';
import { parseDelimited, readPastedTable, readTableBytes, MAX_TABLE_BYTES } from './read-table';
import { buildRegionIndex, candidatesFor, matchRegions } from './regions';
import { detectStructure, splitHeader } from './structure';
import { buildTableImport, columnLetters } from './table-import';
import { newTableDraft, type TableDraft } from './table-draft';

const china = parseOrThrow(nbsChinaSchema, chinaJson, 'china-2023.json');
const puyang = parseOrThrow(nbsCitySchema, puyangJson, 'puyang-2023.json');
const index = buildRegionIndex(china);
const schema = createDatasetFixtureSchema(new Set(adminUnits.map((u) => u.id)));
const nanjingCsv = new Uint8Array(readFileSync('fixtures/imports/nanjing-2023-gbk.csv'));

function draftOf(grid: string[][], change: Partial<TableDraft> = {}): TableDraft {
  return {
    ...newTableDraft(new Date('2026-12-07T10:00:00Z'), () => 0.5),
    citation: { title: '2023年统计用区划代码', issuer: '国家统计局', date: '2023-09-11' },
    table: { file: 'table.csv', grid, notes: [] },
    ...change,
  };
}

/** Validates an import's file as the build does, and runs its checks. */
function validated(draft: TableDraft) {
  const result = buildTableImport(draft, index, adminUnits);
  const dataset = parseOrThrow(schema, result.file, 'fixtures/datasets/import.json');
  const meta = inlineSourceMeta(dataset);
  const full = meta ? withSourceMeta(dataset, meta) : dataset;
  return { result, dataset, checks: runIntegrityChecks([full]) };
}

describe('parseCell', () => {
  it.each([
    ['10,499', 10499, 'exact', 0],
    ['１２３', 123, 'exact', 0],
    ['约40', 40, 'approx', 0],
    ['300余', 300, 'more-than', 0],
    ['不足5', 5, 'less-than', 0],
    ['96.2%', 96.2, 'exact', 1],
    ['1.2万', 12000, 'exact', 0],
    ['-3.5', -3.5, 'exact', 1],
    ['三千一百五十九', 3159, 'exact', 0],
  ] as const)('reads %s', (raw, value, qualifier, decimals) => {
    expect(parseCell(raw)).toMatchObject({ kind: 'number', value, qualifier, decimals });
  });

  it('says what is wrong with a cell that is not one number', () => {
    expect(parseCell('暂无')).toEqual({ kind: 'empty' });
    expect(parseCell('—')).toEqual({ kind: 'empty' });
    expect(parseCell('40-50')).toEqual({ kind: 'problem', problem: 'range' });
    expect(parseCell('3、4')).toEqual({ kind: 'problem', problem: 'several-numbers' });
    expect(parseCell('见附表')).toEqual({ kind: 'problem', problem: 'not-a-number' });
  });
});

describe('reading a table', () => {
  it('decodes a GBK CSV from Chinese Excel and splits it', async () => {
    const result = await readTableBytes('nanjing.csv', nanjingCsv);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.encoding).toBe('gb18030');
    expect(result.table.grid[1]).toEqual(['区', '社区居委会（个）', '村委会（个）']);
    expect(result.table.grid).toHaveLength(14);
  });

  it('splits tabs (a paste from a spreadsheet), semicolons and quoted commas', () => {
    expect(parseDelimited('区\t数\n范县\t1,234\n')).toEqual([
      ['区', '数'],
      ['范县', '1,234'],
    ]);
    expect(parseDelimited('区;数\n范县;"1,234"\n')).toEqual([
      ['区', '数'],
      ['范县', '1,234'],
    ]);
    expect(parseDelimited('\uFEFF区,数\n"范县, 河南",5\n')).toEqual([
      ['区', '数'],
      ['范县, 河南', '5'],
    ]);
  });

  it('refuses what it cannot read, with the reason', async () => {
    expect(await readTableBytes('a.csv', new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(await readTableBytes('a.xls', new Uint8Array([1]))).toEqual({ ok: false, problem: 'old-sheet' });
    expect(await readTableBytes('a.docx', new Uint8Array([1]))).toEqual({ ok: false, problem: 'document' });
    expect(await readTableBytes('a.csv', new Uint8Array(MAX_TABLE_BYTES + 1))).toEqual({
      ok: false,
      problem: 'too-large',
    });
    const garbage = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256);
    expect(await readTableBytes('a.csv', garbage)).toEqual({ ok: false, problem: 'binary' });
    expect(await readTableBytes('a.xlsx', garbage)).toEqual({ ok: false, problem: 'not-a-workbook' });
    const compound = new Uint8Array(512);
    compound.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await readTableBytes('locked.xlsx', compound)).toEqual({ ok: false, problem: 'encrypted' });
    expect(readPastedTable('  \n \n')).toEqual({ ok: false, problem: 'empty' });
  });

  it('refuses a workbook that would unpack past the limit, from its directory alone', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表1').addRow(['区', '数']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const zip = inspectZip(bytes);
    expect(zip).toMatchObject({ zip: true, encrypted: false });
    // Claim a huge unpacked size for the first entry of the central directory.
    const bomb = bytes.slice();
    const view = new DataView(bomb.buffer);
    let end = bomb.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
    const first = view.getUint32(end + 16, true);
    view.setUint32(first + 24, 0xfffffff0, true);
    expect(await readTableBytes('bomb.xlsx', bomb)).toEqual({ ok: false, problem: 'zip-bomb' });
    view.setUint16(first + 8, 1, true);
    expect(await readTableBytes('bomb.xlsx', bomb)).toEqual({ ok: false, problem: 'encrypted' });
  });

  it('reads an XLSX: merged title, formula results and the first sheet with data', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('空表');
    const sheet = workbook.addWorksheet('表1');
    sheet.addRow(['濮阳市各县（区）村委会数量']);
    sheet.mergeCells('A1:B1');
    sheet.addRow(['县（区）', '村委会（个）']);
    sheet.addRow(['范县', 575]);
    sheet.addRow(['台前县', 372]);
    sheet.addRow(['合计', { formula: 'SUM(B3:B4)', result: 947 }]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await readTableBytes('puyang.xlsx', bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.sheet).toBe('表1');
    expect(result.table.grid[0]).toEqual(['濮阳市各县（区）村委会数量', '濮阳市各县（区）村委会数量']);
    expect(result.table.grid[4]).toEqual(['合计', '947']);
    expect(result.table.notes).toEqual([
      { kind: 'merged', row: 0, column: 1 },
      { kind: 'formula', row: 4, column: 1 },
    ]);
  });
});

describe('structure', () => {
  it('skips a title line, finds the header, the places, the units and the total row', async () => {
    const read = await readTableBytes('nanjing.csv', nanjingCsv);
    if (!read.ok) throw new Error(read.problem);
    const s = detectStructure(read.table.grid);
    expect(s.headerRow).toBe(1);
    expect(s.placeColumn).toBe(0);
    expect(s.layout).toBe('wide');
    expect(s.totalRows).toEqual([13]);
    expect(s.columns.map((c) => [c.kind, c.label, c.unit?.zh])).toEqual([
      ['text', '区', undefined],
      ['number', '社区居委会', '个'],
      ['number', '村委会', '个'],
    ]);
  });

  it('keeps the header above a first row whose figure does not read', () => {
    const s = detectStructure([
      ['县', '村（个）'],
      ['范县', '57O'],
      ['台前县', '372'],
    ]);
    expect(s.headerRow).toBe(0);
    expect(s.columns[1]).toMatchObject({ kind: 'number', numbers: 1, problems: 1 });
  });

  it('tells one column per year, and a long table with a year column', () => {
    expect(
      detectStructure([
        ['县', '2022年', '2023年'],
        ['范县', '1', '2'],
      ]).layout,
    ).toBe('by-year');
    const long = detectStructure([
      ['县', '年份', '村'],
      ['范县', '2022', '575'],
      ['范县', '2023', '575'],
    ]);
    expect(long).toMatchObject({ layout: 'long', yearColumn: 1, placeColumn: 0 });
  });

  it('splits a header into what it counts and its unit', () => {
    expect(splitHeader('人口（万人）')).toMatchObject({ label: '人口', unit: { zh: '万人', scale: 1e4 } });
    expect(splitHeader('面积/平方米')).toMatchObject({ label: '面积', unit: { zh: '平方米' } });
    expect(splitHeader('覆盖率%')).toMatchObject({ label: '覆盖率', unit: { zh: '%' } });
    expect(splitHeader('村（居）委会')).toEqual({ label: '村（居）委会' });
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 3, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(['A', 'D', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('matching places to division codes', () => {
  it('tolerates suffixes, city prefixes and short forms, and keeps repeated names in the table’s city', () => {
    const names = ['南京市玄武区', '鼓楼区', '浦口区人民政府', '江宁', '雨花台区'];
    const { cityCode, matches } = matchRegions(index, names);
    expect(cityCode).toBe('3201');
    expect(matches.map((m) => (m.status === 'matched' ? m.candidate.code : m.status))).toEqual([
      '320102',
      '320106',
      '320111',
      '320115',
      '320114',
    ]);
  });

  it('asks when a name alone cannot say which unit it is, and takes the answer', () => {
    expect(candidatesFor(index, '鼓楼区').length).toBeGreaterThan(1);
    const alone = matchRegions(index, ['鼓楼区']);
    expect(alone.matches[0]?.status).toBe('ambiguous');
    const answered = matchRegions(index, ['鼓楼区'], { 鼓楼区: '350102' });
    expect(answered.matches[0]).toMatchObject({ status: 'matched', chosen: true, candidate: { city: '福州市' } });
  });

  it('says "no code" for a unit without one, and reads a zone’s short name inside its city', () => {
    const { matches } = matchRegions(index, ['范县', '华龙区', '开发区', '示范区']);
    expect(matches.map((m) => (m.status === 'matched' ? m.candidate.code : m.status))).toEqual([
      '410926',
      '410902',
      '410972',
      'none',
    ]);
  });
});

describe('buildTableImport', () => {
  it('turns the GBK county table of another city into a valid dataset whose total adds up', async () => {
    const read = await readTableBytes('nanjing.csv', nanjingCsv);
    if (!read.ok) throw new Error(read.problem);
    const { result, dataset, checks } = validated(draftOf(read.table.grid));
    expect(result.measures.map((m) => [m.label, m.unit.zh])).toEqual([
      ['社区居委会', '个'],
      ['村委会', '个'],
    ]);
    expect(dataset.units).toHaveLength(11);
    expect(dataset.units.find((u) => u.code === '320102')).toMatchObject({
      name: { zh: '玄武区', en: 'Xuanwu District' },
    });
    const nanjing = china.cities.find((c) => c.code === '3201');
    for (const [code, , , residents] of nanjing?.counties ?? [])
      expect(dataset.figures.find((f) => f.measure === 'm1' && f.dims?.unit === code)?.value).toBe(residents);
    expect(dataset.figures.find((f) => f.id === 'm1.320102')?.provenance).toEqual({ table: 'table.csv · B3' });
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['sum-m1.total', 'pass'],
      ['sum-m2.total', 'pass'],
    ]);
    expect(result.messages).toEqual([]);
  });

  it('uses the city’s own units for a Puyang table, and names every problem by row and column', () => {
    const rows = puyang.units.map((u) => [u.name, String(u.counts.villages)]);
    const grid = [
      ['县（区）', '村委会（个）'],
      ...rows,
      ['示范区', '约40'],
      ['范县', '1'],
      ['南乐县', '见附表'],
      ['合计', String(puyang.units.reduce((s, u) => s + u.counts.villages, 0))],
    ];
    const { result, dataset, checks } = validated(draftOf(grid));
    expect(dataset.units).toEqual([]);
    expect(dataset.figures.find((f) => f.dims?.unit === 'fanxian')?.value).toBe(
      puyang.units.find((u) => u.name === '范县')?.counts.villages,
    );
    expect(dataset.figures.find((f) => f.dims?.unit === 'shifanqu')).toMatchObject({ value: 40, qualifier: 'approx' });
    expect(result.messages).toEqual([
      { severity: 'warning', code: 'qualifier', row: 10, column: '村委会（个）', cell: 'B10', raw: '约40' },
      { severity: 'warning', code: 'duplicate-place', row: 11, otherRow: 5, column: '县（区）', raw: '范县' },
      { severity: 'warning', code: 'duplicate-place', row: 12, otherRow: 4, column: '县（区）', raw: '南乐县' },
    ]);
    // The stated 示范区 is part of the parts but not of the NBS total: the check says it fails.
    expect(checks.map((c) => c.status)).toEqual(['fail']);
  });

  it('notes merged and formula cells of the header and the rows, not of a title line above them', () => {
    const grid = [
      ['村委会数量', '村委会数量'],
      ['县', '村（个）'],
      ['范县', '575'],
      ['台前县', '372'],
      ['合计', '947'],
    ];
    const notes = [
      { kind: 'merged' as const, row: 0, column: 1 },
      { kind: 'merged' as const, row: 1, column: 1 },
      { kind: 'formula' as const, row: 4, column: 1 },
    ];
    const { result, checks } = validated(draftOf(grid, { table: { file: 'a.xlsx', grid, notes } }));
    expect(result.messages.map((m) => [m.code, m.cell])).toEqual([
      ['merged', 'B2'],
      ['formula', 'B5'],
    ]);
    expect(checks.map((c) => c.status)).toEqual(['pass']);
  });

  it('reads one column per year as one measure over the years', () => {
    const { dataset } = validated(
      draftOf(
        [
          ['县', '2022年', '2023年'],
          ['范县', '570', '575'],
          ['台前县', '372', '372'],
        ],
        { settings: { columns: {}, measure: '村委会' } },
      ),
    );
    expect(dataset.measures.map((m) => m.label.zh)).toEqual(['村委会']);
    expect(dataset.figures.map((f) => [f.id, f.value])).toEqual([
      ['years.fanxian.2022', 570],
      ['years.taiqian.2022', 372],
      ['years.fanxian.2023', 575],
      ['years.taiqian.2023', 372],
    ]);
  });

  it('keeps the reader’s choices: unit with scale, a column left out, a page, a place with no code', () => {
    const { dataset, result } = validated(
      draftOf(
        [
          ['地区', '人口', '备注'],
          ['范县', '57.5', '1'],
          ['新城', '3', '2'],
        ],
        {
          settings: { columns: { '1': { unit: '人', scale: '万', page: '12' }, '2': { use: false } } },
          matches: { 新城: '' },
        },
      ),
    );
    expect(dataset.measures).toHaveLength(1);
    expect(dataset.measures[0]).toMatchObject({ unit: '10k-person', scale: 1e4 });
    expect(dataset.units).toEqual([{ id: 'named-1', name: { zh: '新城', en: '新城' } }]);
    expect(dataset.figures[0]?.provenance).toEqual({ table: 'table.csv · B2', page: '12' });
    expect(result.messages).toEqual([]);
  });
});
