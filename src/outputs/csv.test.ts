import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv, UTF8_BOM } from './csv';

describe('toCsv', () => {
  it('starts with a BOM and ends rows with CRLF', () => {
    expect(
      toCsv([
        ['单位', '村'],
        ['濮阳县', 980],
      ]),
    ).toBe(`${UTF8_BOM}单位,村\r\n濮阳县,980\r\n`);
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    const csv = toCsv([['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']]);
    expect(csv).toBe(`${UTF8_BOM}"'=HYPERLINK(""http://x"")",'+1,'-2+3,'@SUM(A1),'\tx,"'\rx"\r\n`);
  });

  it('keeps real numbers, negative ones too, as numbers', () => {
    expect(toCsv([[-5, 0, 96.2, null]])).toBe(`${UTF8_BOM}-5,0,96.2,\r\n`);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines']])).toBe(`${UTF8_BOM}"a,b","say ""hi""","two\nlines"\r\n`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('华龙区')).toBe('华龙区');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });
});
