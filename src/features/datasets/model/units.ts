import unitsJson from '@fixtures/units.json';
import { createDatasetPayloadSchema, parseOrThrow, unitsRegistrySchema, type AdminUnit } from './dataset-schema';

/**
 * The city's county-level units. This is reference data (names and codes, no figures), bundled
 * so that every dataset can be validated against it without a second request.
 */
export const unitsRegistry = parseOrThrow(unitsRegistrySchema, unitsJson, 'fixtures/units.json');

export const adminUnits: readonly AdminUnit[] = unitsRegistry.units;

const byId = new Map(adminUnits.map((u) => [u.id, u]));

export function findUnit(id: string): AdminUnit | undefined {
  return byId.get(id);
}

/** The schema API payloads are checked against, bound to the known unit ids. */
export const datasetPayloadSchema = createDatasetPayloadSchema(new Set(byId.keys()));
