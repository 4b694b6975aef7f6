import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The canonical fixtures, read from disk: expected values come from here, never retyped. */
interface Figure {
  id: string;
  measure: string;
  value: number;
  kind: 'stated' | 'derived';
  dims?: Record<string, string>;
}
interface Unit {
  id: string;
  name: { zh: string; en: string };
  shortName?: { zh: string; en: string };
}

const root = join(import.meta.dirname, '..', '..', 'fixtures');

export function readDataset(id: string): { figures: Figure[] } {
  return JSON.parse(readFileSync(join(root, 'datasets', `${id}.json`), 'utf8')) as { figures: Figure[] };
}

export const units = (JSON.parse(readFileSync(join(root, 'units.json'), 'utf8')) as { units: Unit[] }).units;

export function cityFigure(datasetId: string, measure: string): Figure {
  const f = readDataset(datasetId).figures.find((x) => x.measure === measure && x.dims?.scope === 'city');
  if (!f) throw new Error(`no city figure ${measure} in ${datasetId}`);
  return f;
}

export function unitFigure(datasetId: string, measure: string, unit: string): Figure | undefined {
  return readDataset(datasetId).figures.find((x) => x.measure === measure && x.dims?.unit === unit);
}
