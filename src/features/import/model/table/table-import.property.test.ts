import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import chinaJson from '@fixtures/nbs/china-2023.json';
import { parseOrThrow } from '@/data/model/dataset-schema';
import { nbsChinaSchema } from '@/data/model/nbs-schema';
import { adminUnits } from '@/data/model/units';
import { parseCell } from './parse-cell';
import { readPastedTable } from './read-table';
import { buildRegionIndex } from './regions';
import { buildTableImport } from './table-import';
import { newTableDraft } from './table-draft';

const index = buildRegionIndex(parseOrThrow(nbsChinaSchema, chinaJson, 'china-2023.json'));
const RUNS = { numRuns: 1000 };

/** Cells as people type them: numbers with separators, qualifiers, units, Chinese numerals, junk. */
const cellText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true }).map(String),
  fc.integer().map((n) => n.toLocaleString('en-US')),
  fc
    .tuple(
      fc.constantFrom('', '约', '近', '超过', '不足', '至少', '>', '≈'),
      fc.stringMatching(/^[0-9０-９,，.．]{1,9}$/),
      fc.constantFrom('', '余', '多', '以上', '左右', '%', '万', '亿', '以下'),
    )
    .map((parts) => parts.join('')),
  fc.stringMatching(/^[零〇一二两三四五六七八九十百千万亿]{1,8}$/),
  fc.constantFrom('范县', '鼓楼区', '合计', '全市', '示范区', '开发区', '—', '暂无', '40-50', '=SUM(B2:B9)'),
);

describe('the table importer, on any input', () => {
  it('reads every cell as empty, a finite number, or a named problem', () => {
    fc.assert(
      fc.property(cellText, (raw) => {
        const read = parseCell(raw);
        if (read.kind === 'number') {
          expect(Number.isFinite(read.value)).toBe(true);
          expect(read.decimals).toBeGreaterThanOrEqual(0);
        }
        if (read.kind === 'problem') expect(['not-a-number', 'range', 'several-numbers']).toContain(read.problem);
      }),
      RUNS,
    );
  });

  it('never throws on a pasted grid, and every message names its problem (and its place when it has one)', () => {
    const grid = fc.array(fc.array(cellText, { maxLength: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(grid, fc.constantFrom('\t', ',', ';'), (rows, delimiter) => {
        const text = rows.map((r) => r.map((c) => c.replace(/["\t,;\n\r]/g, '')).join(delimiter)).join('\n');
        const read = readPastedTable(text);
        if (!read.ok) {
          expect(['empty', 'binary', 'too-many-rows']).toContain(read.problem);
          return;
        }
        const draft = { ...newTableDraft(new Date(0)), table: { file: '', grid: read.table.grid, notes: [] } };
        const result = buildTableImport(draft, index, adminUnits);
        for (const m of result.messages) {
          expect(m.code).toMatch(/^[a-z-]+$/);
          if (m.severity === 'warning') expect(m.row).toBeGreaterThan(0);
        }
        for (const f of result.file?.figures ?? []) expect(Number.isFinite(f.value)).toBe(true);
      }),
      RUNS,
    );
  });
});
