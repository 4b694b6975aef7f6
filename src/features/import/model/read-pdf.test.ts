import { describe, expect, it } from 'vitest';
import { pdfText, type PdfTextItem } from './read-pdf';

/** A page as pdf.js gives it: each line's runs, the last of each line marked as ending it. */
const page = (...lines: string[][]): PdfTextItem[] =>
  lines.flatMap((runs) => runs.map((str, i) => ({ str, hasEOL: i === runs.length - 1 })));

describe('pdfText', () => {
  it('joins a paragraph the page broke where it was full, and keeps headings and dates as lines', () => {
    const text = pdfText([
      page(
        ['濮阳市民政局'],
        ['1、 社区治理工作总体情况'],
        ['（一）全市共有村（社区）3159个，其中有2867个村，292个社区。濮阳县980个'],
        ['村，34个社区；清丰县503个村，9个社区；南乐县321个村，3个社区；范县574'],
        ['个村，5个社区。'],
        ['2023年7月26日'],
      ),
    ]);
    expect(text.split('\n')).toEqual([
      '濮阳市民政局',
      '1、社区治理工作总体情况',
      '（一）全市共有村（社区）3159个，其中有2867个村，292个社区。濮阳县980个村，34个社区；清丰县503个村，9个社区；南乐县321个村，3个社区；范县574个村，5个社区。',
      '2023年7月26日',
    ]);
  });

  it('joins runs of one line, drops spaces between Chinese characters, and skips marked-content items', () => {
    expect(pdfText([[{ str: '共有' }, {}, { str: ' 12 ' }, { str: '个 村', hasEOL: true }]])).toBe('共有 12 个村');
  });

  it('reads the radicals a font maps its glyphs to as the characters they show', () => {
    expect(pdfText([page(['华⻰区20个村，⽰范区22个社区，⼯业园区。'], ['2023年7⽉26⽇'])])).toBe(
      '华龙区20个村，示范区22个社区，工业园区。\n2023年7月26日',
    );
  });

  it('reads each page on its own lines, and gives nothing for pages without text', () => {
    expect(pdfText([page(['第一页。']), [], page(['第二页。'])])).toBe('第一页。\n第二页。');
    expect(pdfText([[], [{ str: ' ', hasEOL: true }]])).toBe('');
  });
});
