import { describe, expect, it } from 'vitest';
import type { NbsChina } from '@/data/model/nbs-schema';
import { apiPaths } from '@/data/api/api-paths';
import { staticApi } from '@/testing/fixtures';
import { searchCities } from './city-search';

const china = staticApi.get(apiPaths.nbs('china-2023')) as NbsChina;

describe('searchCities', () => {
  it.each(['郑州', '郑州市', 'zhengzhou', 'Zhengzhou', 'ZHENG zhou'])('finds 郑州市 first for %j', (q) => {
    expect(searchCities(china.cities, q)[0]?.name).toBe('郑州市');
  });

  it('finds a city by part of its name and the cities of a province', () => {
    expect(searchCities(china.cities, '濮阳').map((c) => c.code)).toEqual(['4109']);
    const henan = searchCities(china.cities, '河南', 50);
    expect(henan.length).toBeGreaterThanOrEqual(17);
  });

  it('returns nothing for an empty query or no match', () => {
    expect(searchCities(china.cities, '  ')).toEqual([]);
    expect(searchCities(china.cities, 'atlantis')).toEqual([]);
  });
});
