import { describe, expect, it } from 'vitest';
import { uniqueSections } from './citation';
import { exportFileName } from './file-name';

describe('exportFileName', () => {
  it('names dataset, view and release', () => {
    expect(
      exportFileName({ datasetId: 'divisions', view: 'counties_sort-total', version: '2023-07-26', extension: 'csv' }),
    ).toBe('divisions_counties_sort-total_2023-07-26.csv');
  });

  it('keeps letters of any script and drops characters file systems reject', () => {
    expect(exportFileName({ datasetId: 'd', view: '县/区: "a"?', version: '2023-07-26', extension: 'png' })).toBe(
      'd_县-区-a_2023-07-26.png',
    );
  });
});

describe('uniqueSections', () => {
  it('orders section ids as the document does and drops repeats', () => {
    expect(uniqueSections(['1.10', '1.2', '1.1', '1.2'])).toEqual(['1.1', '1.2', '1.10']);
  });
});

describe('wrapText', () => {
  it('breaks Latin text at spaces and CJK text anywhere, within the width', async () => {
    const { wrapText } = await import('./image');
    expect(wrapText('one two three four', 60, 10)).toEqual(['one two', 'three four']);
    expect(wrapText('濮阳市民政局答复', 40, 10)).toEqual(['濮阳市民', '政局答复']);
    expect(wrapText('short', 400, 10)).toEqual(['short']);
  });
});
