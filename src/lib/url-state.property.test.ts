/**
 * Property-based tests of the URL-state parser (reliability matrix rows 25–27): any query string
 * parses (garbage falls back to defaults, never throws); the result is always a valid view;
 * writing it back gives a canonical URL that reads back the same; and every value the parser
 * did not take has a message. 1,000 cases per property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTY_LAYOUTS,
  COUNTY_SORTS,
  DEFAULT_VIEW_STATE,
  MAP_MEASURES,
  explainViewState,
  parseViewState,
  serializeViewState,
  type ViewState,
} from './url-state';

const RUNS = { numRuns: 1000 };
const NAMES = ['table', 'sort', 'layout', 'measure', 'view', '__proto__', 'constructor', 'year', 'zoom'];

/** Query strings as links carry them: known and unknown names, real and hostile values. */
const value = fc.oneof(
  fc.constantFrom(...COUNTY_SORTS, ...COUNTY_LAYOUTS, ...MAP_MEASURES, 'table', 'counties', 'map,counties'),
  fc.constantFrom('abc', '1e999', '%E0%A4%A', '%', '%%', '__proto__', '', ',', 'a,,b', 'Counties', ' total'),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 30 }).map((ids) => ids.join(',')),
);
const queryString = fc.oneof(
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.string()), value), { maxLength: 8 })
    .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
  fc.array(fc.tuple(fc.constantFrom(...NAMES), value), { maxLength: 8 }).map((pairs) =>
    // Raw, not encoded: broken percent escapes, brackets and all.
    pairs.map(([k, v]) => `${k}=${v}`).join('&'),
  ),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', minLength: 10_000, maxLength: 10_050 }),
);

function isValid(state: ViewState): boolean {
  return (
    COUNTY_SORTS.includes(state.sort) &&
    COUNTY_LAYOUTS.includes(state.layout) &&
    MAP_MEASURES.includes(state.measure) &&
    state.tables.every((id) => /^[a-z0-9-]{1,40}$/.test(id)) &&
    state.tables.length <= 20
  );
}

describe('parseViewState (properties)', () => {
  it('never throws, with or without "?", and always yields a valid view', () => {
    fc.assert(
      fc.property(queryString, fc.boolean(), (search, withMark) => {
        const state = parseViewState(withMark ? `?${search}` : search);
        expect(isValid(state)).toBe(true);
      }),
      RUNS,
    );
  });

  it('writes a canonical query string that reads back the same view, and is stable', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const state = parseViewState(search);
        const canonical = serializeViewState(state);
        expect(parseViewState(canonical)).toEqual(state);
        expect(serializeViewState(parseViewState(canonical))).toBe(canonical);
        expect(explainViewState(canonical)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('every value it does not take is explained; a clean link has no issues', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const issues = explainViewState(search);
        for (const issue of issues) expect(issue.message.trim()).not.toBe('');
        const state = parseViewState(search);
        const params = new URLSearchParams(search);
        // A choice that fell back to its default while the link asked for something else has an issue.
        for (const [name, key] of [
          ['sort', 'sort'],
          ['layout', 'layout'],
          ['measure', 'measure'],
        ] as const) {
          const asked = params.get(name);
          if (asked !== null && asked !== state[key])
            expect(issues.some((i) => i.param === name && i.value === asked)).toBe(true);
        }
        // Frame ids the link names but the view does not hold are explained too.
        const asked = (params.get('table') ?? '').split(',').filter(Boolean);
        const dropped = asked.filter((id) => !state.tables.includes(id));
        if (dropped.length > 0) expect(issues.some((i) => i.param === 'table')).toBe(true);
      }),
      RUNS,
    );
  });

  it('prototype keys in the query never pollute objects', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        parseViewState(`__proto__[x]=${a}&constructor[prototype][y]=${b}&__proto__=${a}`);
        expect(({} as Record<string, unknown>).x).toBeUndefined();
        expect(({} as Record<string, unknown>).y).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('keeps the defaults for the classic garbage, and explains it', () => {
    for (const search of ['year=abc&zoom=1e999', '%E0%A4%A', `sort=${'x'.repeat(10_000)}`, 'layout=%', 'table=A,B'])
      expect(parseViewState(search), search).toEqual(DEFAULT_VIEW_STATE);
    expect(explainViewState('layout=%&table=A')).toEqual([
      { param: 'layout', value: '%', message: 'unknown layout "%"; expected one of stacked, grouped' },
      { param: 'table', value: 'A', message: '"A" is not a frame id (a-z, 0-9, "-")' },
    ]);
    expect(parseViewState('sort=share&sort=villages').sort).toBe('share');
    expect(explainViewState('sort=share&sort=villages')).toEqual([
      { param: 'sort', value: 'villages', message: '"sort" is repeated; the first value is used' },
    ]);
  });
});
