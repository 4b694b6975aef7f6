/**
 * Reads the canonical fixtures from disk for the build and the dev server. Every JSON file is
 * parsed here, so a syntax error names its file before any schema runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FixtureFiles } from '../static-api.ts';

/** A JSON file's content, with its path relative to the project (for error messages). */
export function readJson(root: string, file: string): { file: string; json: unknown } {
  const name = relative(root, file);
  const text = readFileSync(file, 'utf8');
  try {
    return { file: name, json: JSON.parse(text) as unknown };
  } catch (error) {
    throw new Error(`${name}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

/** Every fixture file under `<root>/fixtures`, in a stable order. */
export function readFixtures(root: string, { history = true } = {}): FixtureFiles {
  const fixturesDir = join(root, 'fixtures');
  const jsonIn = (dir: string) =>
    readdirSync(join(fixturesDir, dir))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(fixturesDir, dir, f));
  const read = (file: string) => readJson(root, file);
  return {
    units: read(join(fixturesDir, 'units.json')),
    datasets: jsonIn('datasets').map(read),
    archive: existsSync(join(fixturesDir, 'datasets', 'archive')) ? jsonIn('datasets/archive').map(read) : [],
    sources: jsonIn('sources').map((file) => ({
      ...read(file),
      text: readFileSync(file.replace(/\.json$/, '.txt'), 'utf8'),
    })),
    nbs: jsonIn('nbs').map(read),
    // Change over time: 863 files, read only where the whole API is built.
    nbsHistory: history
      ? ['', 'cities', 'changes'].flatMap((dir) => jsonIn(join('nbs', 'history', dir)).map(read))
      : [],
  };
}
