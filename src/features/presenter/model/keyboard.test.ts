import { describe, expect, it } from 'vitest';
import {
  handleKey,
  INITIAL_KEY_STATE,
  keyBelongsToPage,
  slideTarget,
  type KeyState,
  type PresenterCommand,
} from './keyboard';

/** Presses keys in order; returns the commands and the final state. */
function press(...keys: string[]): { commands: (PresenterCommand | null)[]; state: KeyState } {
  let state = INITIAL_KEY_STATE;
  const commands: (PresenterCommand | null)[] = [];
  for (const key of keys) {
    const result = handleKey(state, { key });
    state = result.state;
    commands.push(result.command);
  }
  return { commands, state };
}

describe('handleKey', () => {
  it('moves with arrows, page keys and space (what clickers send)', () => {
    expect(press('ArrowRight', 'PageDown', ' ').commands).toEqual(Array(3).fill({ type: 'next' }));
    expect(press('ArrowLeft', 'PageUp').commands).toEqual(Array(2).fill({ type: 'previous' }));
    expect(press('Home', 'End').commands).toEqual([{ type: 'first' }, { type: 'last' }]);
  });

  it('jumps to a typed number on Enter', () => {
    expect(press('1', '2', 'Enter').commands.at(-1)).toEqual({ type: 'goto', slide: 12 });
    expect(press('1', '2', 'Backspace', 'Enter').commands.at(-1)).toEqual({ type: 'goto', slide: 1 });
    expect(press('3').state.digits).toBe('3');
  });

  it('forgets typed digits after any other command, and on Esc', () => {
    expect(press('3', 'ArrowRight').state.digits).toBe('');
    expect(press('3', 'Escape').commands).toEqual([null, null]);
    expect(press('Escape').commands).toEqual([{ type: 'escape' }]);
  });

  it('blanks with B or ".", toggles full screen with F and the loop with P', () => {
    expect(press('b', 'B', '.').commands).toEqual(Array(3).fill({ type: 'blank' }));
    expect(press('f').commands).toEqual([{ type: 'fullscreen' }]);
    expect(press('p').commands).toEqual([{ type: 'play' }]);
    expect(press('s').commands).toEqual([{ type: 'presenterView' }]);
  });

  it('leaves Enter without digits, other keys and browser shortcuts alone', () => {
    expect(handleKey(INITIAL_KEY_STATE, { key: 'Enter' }).handled).toBe(false);
    expect(handleKey(INITIAL_KEY_STATE, { key: 'x' }).handled).toBe(false);
    expect(handleKey(INITIAL_KEY_STATE, { key: 'p', ctrlKey: true }).handled).toBe(false);
    expect(handleKey(INITIAL_KEY_STATE, { key: 'ArrowRight', altKey: true }).handled).toBe(false);
  });
});

describe('slideTarget', () => {
  it('says where each moving command goes, and nothing for the others', () => {
    expect(slideTarget({ type: 'next' }, 2, 5)).toBe(3);
    expect(slideTarget({ type: 'previous' }, 2, 5)).toBe(1);
    expect(slideTarget({ type: 'first' }, 2, 5)).toBe(0);
    expect(slideTarget({ type: 'last' }, 2, 5)).toBe(4);
    expect(slideTarget({ type: 'goto', slide: 4 }, 2, 5)).toBe(3);
    expect(slideTarget({ type: 'blank' }, 2, 5)).toBeNull();
    expect(slideTarget({ type: 'presenterView' }, 2, 5)).toBeNull();
  });
});

describe('keyBelongsToPage', () => {
  it('leaves typing to fields, and Enter or Space to a focused button unless a number is typed', () => {
    const input = document.createElement('input');
    const button = document.createElement('button');
    expect(keyBelongsToPage(input, 'ArrowRight', '')).toBe(true);
    expect(keyBelongsToPage(button, 'Enter', '')).toBe(true);
    expect(keyBelongsToPage(button, ' ', '')).toBe(true);
    expect(keyBelongsToPage(button, 'Enter', '3')).toBe(false);
    expect(keyBelongsToPage(button, 'ArrowRight', '')).toBe(false);
    expect(keyBelongsToPage(document.body, 'Enter', '')).toBe(false);
  });
});
