import { describe, expect, it } from 'vitest';
import boundaries from '@fixtures/geo/puyang-counties.json';
import { adminUnits } from '@/data/model/units';
import { projectAreas, type BoundaryCollection } from './map-projection';

const collection = boundaries as unknown as BoundaryCollection;

describe('projectAreas', () => {
  it('draws the six county-level divisions inside the box', () => {
    const areas = projectAreas(collection, 400, 300);
    expect(areas.map((a) => a.id).sort()).toEqual(
      adminUnits
        .filter((u) => u.kind !== 'functional-zone')
        .map((u) => u.id)
        .sort(),
    );
    for (const a of areas) {
      expect(a.path).toMatch(/^M/);
      expect(a.labelAt[0]).toBeGreaterThan(0);
      expect(a.labelAt[0]).toBeLessThan(400);
      expect(a.labelAt[1]).toBeGreaterThan(0);
      expect(a.labelAt[1]).toBeLessThan(300);
    }
  });

  it('puts Taiqian (the east) to the right of Hualong (the city centre)', () => {
    const areas = new Map(projectAreas(collection, 400, 300).map((a) => [a.id, a]));
    expect(areas.get('taiqian')!.labelAt[0]).toBeGreaterThan(areas.get('hualong')!.labelAt[0]);
  });

  it('carries its attribution and stays small', () => {
    expect(collection.attribution).toMatch(/MIT/);
    expect(JSON.stringify(boundaries).length).toBeLessThan(30_000);
  });
});
