import { describe, expect, it } from 'vitest';
import { ALL_FRAMES } from '@/app/frames';
import { routes } from '@/app/routes';
import { fixtureFiles } from '@/testing/fixtures';
import { DATASET_IDS, inPresentationOrder, isDatasetId } from './get-dataset';

describe('DATASET_IDS', () => {
  it('is every dataset file in fixtures/datasets/, each once, found by the build rather than listed', () => {
    const fileIds = fixtureFiles.datasets.map((d) => (d.json as { id: string }).id);
    expect([...DATASET_IDS].sort()).toEqual([...fileIds].sort());
    expect(new Set(DATASET_IDS).size).toBe(DATASET_IDS.length);
  });

  it('lists the datasets in the site’s page order, and a file not in that order after them by id', () => {
    expect(DATASET_IDS.slice(0, 3)).toEqual(['divisions', 'renovation', 'rule-of-law']);
    expect(inPresentationOrder(['zz-new', 'renovation', 'aa-new', 'divisions'])).toEqual([
      'divisions',
      'renovation',
      'aa-new',
      'zz-new',
    ]);
  });

  it('is what every frame and page asks for: none names a dataset that has no file', () => {
    const needed = [
      ...ALL_FRAMES.flatMap((f) => f.needs.datasets ?? []),
      ...routes.flatMap((r) => (r.datasets === 'frame' ? [] : r.datasets)),
    ];
    expect(needed.length).toBeGreaterThan(0);
    expect(needed.filter((id) => !isDatasetId(id))).toEqual([]);
    expect(isDatasetId('divison')).toBe(false);
  });
});
