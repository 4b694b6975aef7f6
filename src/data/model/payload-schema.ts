import { createDatasetPayloadSchema } from './dataset-schema';
import { knownUnitIds } from './units';

/** The schema API payloads are checked against, bound to the known unit ids. Loaded on demand. */
export const datasetPayloadSchema = createDatasetPayloadSchema(knownUnitIds);
