import { describe, expect, it } from 'vitest';
import { MAX_UNDO, popUndo, pushUndo } from './undo';

describe('pushUndo', () => {
  it('puts the latest value on top and keeps at most the bound', () => {
    let history: readonly number[] = [];
    for (let n = 1; n <= MAX_UNDO + 5; n += 1) history = pushUndo(history, n);
    expect(history).toHaveLength(MAX_UNDO);
    expect(history[0]).toBe(6);
    expect(history.at(-1)).toBe(MAX_UNDO + 5);
  });
});

describe('popUndo', () => {
  it('returns the last value pushed and the history before it, and nothing when empty', () => {
    const history = pushUndo(pushUndo([], 'a'), 'b');
    expect(popUndo(history)).toEqual({ value: 'b', rest: ['a'] });
    expect(popUndo(['a'])).toEqual({ value: 'a', rest: [] });
    expect(popUndo([])).toBeUndefined();
  });
});
