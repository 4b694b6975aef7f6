import { unitCode } from '@/data/model/units';
import type { AdminUnit } from '@/data/model/dataset-schema';
import type { KnownPlace } from './extract-figures';

/** The city's units as places the extractor knows, by full and short name, keyed by division code. */
export function placesOf(units: readonly AdminUnit[]): KnownPlace[] {
  return units.flatMap((unit) => {
    const code = unitCode(unit);
    const names = new Set([unit.name.zh, unit.shortName?.zh].filter((n): n is string => n !== undefined));
    return [...names].map((name) => ({ name, code }));
  });
}
