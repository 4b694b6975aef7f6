import unitsJson from '@fixtures/units.json';
import type { AdminUnit, UnitsRegistry } from './dataset-schema';

/**
 * The city's county-level units: reference data (names and codes, no figures), bundled so views
 * can name units without a request. The build validates units.json (buildStaticApi fails on a bad
 * file) and a unit test does too, so the app takes it as typed without shipping the validator.
 */
export const unitsRegistry = unitsJson as UnitsRegistry;

export const adminUnits: readonly AdminUnit[] = unitsRegistry.units;

const byId = new Map(adminUnits.map((u) => [u.id, u]));

export function findUnit(id: string): AdminUnit | undefined {
  return byId.get(id);
}

export const knownUnitIds: ReadonlySet<string> = new Set(byId.keys());

/**
 * The id a unit is known by across datasets and outputs: its statistical division code where it
 * has one (imported and national data share it), else its own id (示范区 has no code).
 */
export function unitCode(unit: AdminUnit): string {
  return unit.nbs ?? unit.gbt2260 ?? unit.id;
}

/** A unit's name as charts and tables show it: its short name where it has one. */
export function unitLabel(unit: AdminUnit, language: 'zh' | 'en'): string {
  return (unit.shortName ?? unit.name)[language];
}
