import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState } from './url-state';

describe('parseViewState', () => {
  it('reads a valid view', () => {
    expect(parseViewState('?view=table')).toEqual({ view: 'table' });
  });

  it.each([
    '',
    '?view=',
    '?view=pie',
    '?view=TABLE',
    '?view=%E0%A4%A',
    '?__proto__[view]=table',
    '?view=table&view=chart',
  ])('falls back to the default for %j without throwing', (search) => {
    const state = parseViewState(search);
    expect(['chart', 'table']).toContain(state.view);
    if (search !== '?view=table&view=chart') expect(state).toEqual(DEFAULT_VIEW_STATE);
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes only values that differ from the defaults, and reads them back', () => {
    const query = serializeViewState({ view: 'table' });
    expect(query).toBe('view=table');
    expect(parseViewState(`?${query}`)).toEqual({ view: 'table' });
  });
});
