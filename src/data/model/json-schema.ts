import { z } from 'zod';
import { createDatasetFixtureSchema } from './dataset-schema.ts';

/**
 * JSON Schema of a fixture file. Cross-field rules (known units, unique ids, percentages ≤ 100)
 * live in zod refinements and are not expressible here; the build still enforces them.
 */
export function datasetJsonSchema(): unknown {
  const schema = createDatasetFixtureSchema(new Set());
  return {
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://example.invalid/puyang-governance/dataset.schema.json',
    title: 'Community-governance dataset (schemaVersion 2; version 1 is read too)',
    description:
      'One canonical dataset per topic; see docs/dataset-format.md. A unit id must exist in fixtures/units.json or be declared under "units".',
  };
}
