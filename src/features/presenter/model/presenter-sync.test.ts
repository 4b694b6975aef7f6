import { afterEach, describe, expect, it } from 'vitest';
import { openSlideChannel, slideFromMessage, type SlideChannel } from './presenter-sync';

describe('slideFromMessage', () => {
  it('follows only a well-formed message for the same deck', () => {
    expect(slideFromMessage({ type: 'slide', deck: 'v1,map', index: 2 }, 'v1,map')).toBe(2);
    expect(slideFromMessage({ type: 'slide', deck: 'v1,councils', index: 2 }, 'v1,map')).toBeNull();
    expect(slideFromMessage({ type: 'slide', deck: 'v1,map', index: -1 }, 'v1,map')).toBeNull();
    expect(slideFromMessage({ type: 'slide', deck: 'v1,map', index: 1.5 }, 'v1,map')).toBeNull();
    expect(slideFromMessage({ type: 'slide', deck: 'v1,map', index: '2' }, 'v1,map')).toBeNull();
    expect(slideFromMessage('slide', 'v1,map')).toBeNull();
    expect(slideFromMessage(null, 'v1,map')).toBeNull();
  });
});

describe('openSlideChannel', () => {
  const open: SlideChannel[] = [];
  afterEach(() => open.splice(0).forEach((c) => c.close()));

  it('tells the other window of the same deck which slide is showing, and no other deck', async () => {
    const seen: number[] = [];
    const other: number[] = [];
    const show = openSlideChannel('v1,map,councils', () => undefined);
    open.push(show);
    const view = openSlideChannel('v1,map,councils', (i) => seen.push(i));
    open.push(view);
    open.push(openSlideChannel('v1,disputes', (i) => other.push(i)));
    show.post(1);
    await expect.poll(() => seen).toEqual([1]);
    expect(other).toEqual([]);
  });
});
