import { describe, expect, it } from 'vitest';
import { rawFixture, sourceText } from '@/testing/fixtures';
import { DATASET_IDS } from '../api/get-dataset';

const text = sourceText('puyang-mca-2023-188');

/** How the document writes a number: plain digits, the published decimals, no grouping. */
function asPublished(value: number, decimals: number): string {
  return value.toFixed(decimals);
}

describe.each(DATASET_IDS)('provenance of %s', (id) => {
  const dataset = rawFixture(id);

  it('quotes the source document verbatim for every figure', () => {
    const notFound = dataset.figures.filter((f) => !text.includes(f.provenance.quote ?? '\u0000')).map((f) => f.id);
    expect(notFound).toEqual([]);
  });

  it('has the stated value in its quoted sentence', () => {
    const missing = dataset.figures
      .filter((f) => f.kind === 'stated')
      .filter((f) => !(f.provenance.quote ?? '').includes(asPublished(f.value, f.decimals ?? 0)))
      .map((f) => `${f.id} (${f.value})`);
    expect(missing).toEqual([]);
  });

  it('names a section of the document for every figure', () => {
    const sections = ['1.1', '1.2.1', '1.2.2', '1.2.3', '2.1', '2.2', '2.3'];
    expect(dataset.figures.filter((f) => !sections.includes(f.provenance.section ?? '')).map((f) => f.id)).toEqual([]);
  });
});

describe('coverage of the source document', () => {
  it('extracts every number written in the document body into some dataset', () => {
    const body = text
      .slice(text.indexOf('今年以来'), text.indexOf('再次感谢'))
      // Not figures: dates, years, list markers, programme names and a document number.
      .replace(/\d+月\d+日/g, '')
      .replace(/\d{4}(年度?|至)/g, '')
      .replace(/22年/g, '')
      .replace(/12341|35105|12365/g, '')
      .replace(/豫民阅1号/g, '')
      .replace(/(^|\n)\d[.、]/g, '$1');
    const numbers = new Set([...body.matchAll(/\d+(\.\d+)?/g)].map((m) => m[0]));
    const quoted = DATASET_IDS.flatMap((id) =>
      rawFixture(id)
        .figures.filter((f) => f.kind === 'stated')
        .map((f) => f.value.toFixed(f.decimals ?? 0)),
    );
    expect([...numbers].filter((n) => !quoted.includes(n))).toEqual([]);
  });
});
