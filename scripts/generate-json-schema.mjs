// Writes docs/dataset.schema.json from the zod schema, so people can author datasets in any
// editor that reads JSON Schema. A unit test (json-schema.test.ts) fails when the committed file
// is out of date.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'docs', 'dataset.schema.json');
const { module } = await runnerImport(join(root, 'src/data/model/json-schema.ts'));
const text = `${JSON.stringify(module.datasetJsonSchema(), null, 2)}\n`;

writeFileSync(target, text);
console.log(`wrote ${target}`);
