import { describe, expect, it } from 'vitest';
import { exportFileName, fileName } from './file-name';

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

describe('fileName', () => {
  it('never has spaces, doubled or not: a deck title with a colon stays one readable name', () => {
    expect(fileName(['Puyang grass-roots governance: key figures'], 'pptx')).toBe(
      'Puyang-grass-roots-governance-key-figures.pptx',
    );
    expect(fileName(['濮阳市基层治理数据汇报'], 'pptx')).toBe('濮阳市基层治理数据汇报.pptx');
  });

  it('still names a file whose parts clean away to nothing', () => {
    expect(fileName(['???'], 'pptx')).toBe('download.pptx');
  });
});
