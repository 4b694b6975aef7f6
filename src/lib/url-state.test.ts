import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, frameView, parseViewState, serializeViewState, withFrameView } from './url-state';

describe('parseViewState', () => {
  it('reads every parameter', () => {
    expect(
      parseViewState(
        '?table=counties,map&sort=communities&layout=grouped&measure=villages&figure=divisions:villages.hualong&city=4101&county=410102&year=2020&from=2019&to=2022&rank=percent&level=county&q=%E5%BC%A0%E5%BA%84&deck=v1.nWeekly,counties.stotal,map&slide=2&play=1',
      ),
    ).toEqual({
      tables: ['counties', 'map'],
      sort: 'communities',
      layout: 'grouped',
      measure: 'villages',
      figure: 'divisions:villages.hualong',
      city: '4101',
      county: '410102',
      year: 2020,
      from: 2019,
      to: 2022,
      rank: 'percent',
      level: 'county',
      q: '张庄',
      deck: 'v1.nWeekly,counties.stotal,map',
      slide: 2,
      play: true,
    });
  });

  it('keeps a span in order: a start not before its end is dropped, and years outside the releases are ignored', () => {
    expect(parseViewState('?from=2022&to=2020')).toMatchObject({ from: null, to: 2020 });
    expect(parseViewState('?from=2023')).toMatchObject({ from: null, to: null });
    expect(parseViewState('?to=2018')).toMatchObject({ from: null, to: null });
    expect(parseViewState('?year=2017&county=41090&q=%01x')).toMatchObject({ year: null, county: null, q: '' });
  });

  it('writes the deck, slide and play parameters readably, and only when they differ from the defaults', () => {
    const state = { ...DEFAULT_VIEW_STATE, deck: 'v1.nA!c B,counties.stotal', slide: 3, play: true };
    expect(serializeViewState(state)).toBe('deck=v1.nA!c+B,counties.stotal&slide=3&play=1');
    expect(parseViewState(serializeViewState(state))).toEqual(state);
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, slide: 1, play: false })).toBe('');
  });

  it.each([
    '',
    '?sort=',
    '?sort=pie',
    '?sort=COMMUNITIES',
    '?sort=%E0%A4%A',
    '?layout=1e999',
    '?__proto__[sort]=villages',
    '?table=<script>',
    `?junk=${'x'.repeat(10_000)}`,
    '?figure=<img>:x',
    '?figure=divisions',
    '?city=41011',
    '?city=abcd',
    '?slide=0',
    '?slide=-2',
    '?slide=1e3',
    '?play=yes',
    '?deck=',
    `?deck=${'x'.repeat(9000)}`,
  ])('falls back to the defaults for %j without throwing', (search) => {
    expect(parseViewState(search)).toEqual(DEFAULT_VIEW_STATE);
  });

  it('keeps the first of duplicate parameters and drops invalid frame ids', () => {
    const state = parseViewState('?sort=total&sort=villages&table=a,,b,a,BAD');
    expect(state.sort).toBe('total');
    expect(state.tables).toEqual(['a', 'b']);
  });

  it("upgrades the first release's view=table link", () => {
    expect(parseViewState('?view=table').tables).toEqual(['counties']);
    expect(parseViewState('?view=chart')).toEqual(DEFAULT_VIEW_STATE);
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes only values that differ from the defaults, in a stable order, and reads them back', () => {
    const state = { ...DEFAULT_VIEW_STATE, tables: ['map', 'counties'], sort: 'share' as const };
    const query = serializeViewState(state);
    expect(query).toBe('table=counties,map&sort=share');
    expect(parseViewState(`?${query}`)).toEqual({ ...state, tables: ['counties', 'map'] });
  });

  it('keeps a figure reference readable and round-trips the city', () => {
    const state = { ...DEFAULT_VIEW_STATE, figure: 'rule-of-law:disputes.resolved', city: '4101' };
    const query = serializeViewState(state);
    expect(query).toBe('figure=rule-of-law:disputes.resolved&city=4101');
    expect(parseViewState(`?${query}`)).toEqual(state);
  });

  it('drops a malformed figure or city instead of writing it', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, figure: 'x y', city: '41' })).toBe('');
  });
});

describe('withFrameView', () => {
  it('switches one frame and leaves the others', () => {
    const state = withFrameView(withFrameView(DEFAULT_VIEW_STATE, 'b', 'table'), 'a', 'table');
    expect(state.tables).toEqual(['a', 'b']);
    expect(frameView(withFrameView(state, 'a', 'chart'), 'a')).toBe('chart');
    expect(frameView(state, 'b')).toBe('table');
  });
});
