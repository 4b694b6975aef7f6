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

/** A committed change-over-time file, as the tests check figures against it (never retyped). */
export function historyFile<T>(name: string): T {
  return JSON.parse(readFileSync(join(root, 'nbs', 'history', `${name}.json`), 'utf8')) as T;
}

export type Counts = [number, number, number, number] | null;
export type CountyRow = [string, string, string, ...Counts[]];
export interface CityFile {
  city: { code: string; name: string; en: string };
  counties: CountyRow[];
  totals: Counts[];
}
export interface ChangesFile {
  counties: Record<string, { from: number; to: number; kind?: [string, string, string, string?][] }[]>;
}
export interface MetaFile {
  releases: { year: number; version: string; cutoff: string }[];
}

/** A count tuple's total (residents + villagers + the two "similar" kinds). */
export const totalOf = (c: Counts) => (c ? c[0] + c[1] + c[2] + c[3] : null);
