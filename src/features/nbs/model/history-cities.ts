import type { NbsIndex } from '@/data/model/nbs-history-schema';
import type { PickableCity } from './city-search';

/** The index's cities as the city picker searches them, each with its province's names. */
export function pickableCities(index: NbsIndex): PickableCity[] {
  const provinces = new Map(index.provinces.map((p) => [p.code, { zh: p.name, en: p.en }]));
  return index.cities.map((c) => ({
    code: c.code,
    name: c.name,
    en: c.en,
    py: c.py,
    province: provinces.get(c.province) ?? { zh: c.province, en: c.province },
  }));
}
