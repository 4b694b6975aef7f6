/**
 * The dataset format's closed lists, apart from the zod schema so that views and outputs can use
 * them without loading the validator. Imported by vite.config.ts (through dataset-schema.ts).
 */

export const UNITS_OF_MEASURE = [
  'item',
  'case',
  'household',
  'building',
  'person',
  'member',
  'session',
  'set',
  'plot',
  'meter',
  'square-meter',
  '10k-square-meter',
  '100m-yuan',
  'percent',
] as const;
export type UnitOfMeasure = (typeof UNITS_OF_MEASURE)[number];

export function isKnownUnitOfMeasure(unit: string): unit is UnitOfMeasure {
  return (UNITS_OF_MEASURE as readonly string[]).includes(unit);
}

/** How exact a figure is: 200余 is more than 200, 300以上 at least 300, 不足20 under 20, 近1200 about 1,200. */
export const QUALIFIERS = ['exact', 'more-than', 'at-least', 'less-than', 'at-most', 'approx'] as const;
