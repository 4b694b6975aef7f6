import { describe, expect, it } from 'vitest';
import committed from '../../../docs/dataset.schema.json?raw';
import { datasetJsonSchema } from './json-schema';

describe('datasetJsonSchema', () => {
  it('matches the committed docs/dataset.schema.json (run `npm run schema` after a schema change)', () => {
    expect(committed).toBe(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  });
});
