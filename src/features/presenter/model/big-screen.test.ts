import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAROUSEL_PANEL,
  defaultPanels,
  DEFAULT_INTERVAL,
  DEFAULT_POLL,
  parseBigScreenConfig,
  arrangePanels,
  RANKING_PANEL,
  shapeOf,
  stageLayout,
} from './big-screen';

const isFrame = (id: string) => ['counties', 'map', 'councils', 'disputes'].includes(id);

describe('parseBigScreenConfig', () => {
  it('gives the defaults for an empty query: dark, fit, default panels', () => {
    expect(parseBigScreenConfig('', isFrame)).toEqual({
      panels: null,
      rotate: [],
      interval: DEFAULT_INTERVAL,
      scale: 'fit',
      theme: 'dark',
      poll: DEFAULT_POLL,
    });
  });

  it('reads chosen panels in order, drops unknown ones and repeats, and adds a slot for the carousel', () => {
    const config = parseBigScreenConfig(
      'panels=map,nope,ranking,map,counties&rotate=councils,x,disputes&interval=7&scale=stretch&theme=light&poll=60',
      isFrame,
    );
    expect(config).toEqual({
      panels: ['map', RANKING_PANEL, 'counties', CAROUSEL_PANEL],
      rotate: ['councils', 'disputes'],
      interval: 7,
      scale: 'stretch',
      theme: 'light',
      poll: 60,
    });
  });

  it('drops an empty carousel slot and clamps the intervals', () => {
    const config = parseBigScreenConfig('panels=carousel,map&interval=1&poll=99999999', isFrame);
    expect(config.panels).toEqual(['map']);
    expect(config.interval).toBe(5);
    expect(config.poll).toBe(DEFAULT_POLL);
    expect(parseBigScreenConfig('poll=999999', isFrame).poll).toBe(86_400);
  });

  it('never throws, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const config = parseBigScreenConfig(search, isFrame);
        expect(config.interval).toBeGreaterThanOrEqual(5);
        expect(config.panels === null || config.panels.length > 0).toBe(true);
      }),
    );
  });
});

describe('stageLayout', () => {
  it('fit: takes the screen’s shape, uniformly scaled, with no bars between 4:3 and 32:9', () => {
    for (const [w, h, width] of [
      [1920, 1080, 1920],
      [3840, 1080, 3840],
      [1024, 768, 1440],
      [3840, 2160, 1920],
    ] as const) {
      const layout = stageLayout('fit', w, h);
      expect(layout.width).toBe(width);
      expect(layout.scaleX).toBe(layout.scaleY);
      expect(layout.width * layout.scaleX).toBeCloseTo(w, 5);
      expect(layout.height * layout.scaleY).toBeCloseTo(h, 5);
      expect([layout.left, layout.top]).toEqual([0, 0]);
    }
  });

  it('fit: letterboxes beyond 32:9', () => {
    const layout = stageLayout('fit', 5760, 1080);
    expect(layout.width).toBe(3840);
    expect(layout.left).toBe(960);
  });

  it('width: 1920 wide, scrolling down on a wide wall, taller rather than banded on 4:3', () => {
    expect(stageLayout('width', 3840, 1080)).toMatchObject({ width: 1920, height: 1080, scaleX: 2, scrolls: true });
    expect(stageLayout('width', 1024, 768)).toMatchObject({ width: 1920, height: 1440, scrolls: false });
  });

  it('stretch: the 1920×1080 design pulled to the screen', () => {
    expect(stageLayout('stretch', 1024, 768)).toMatchObject({ scaleX: 1024 / 1920, scaleY: 768 / 1080 });
  });
});

describe('shapes and default panels', () => {
  it('arranges by width, and a wide wall gets the ranking and a carousel', () => {
    expect([shapeOf(1440), shapeOf(1920), shapeOf(3840)]).toEqual(['narrow', 'standard', 'wide']);
    expect(defaultPanels('standard').panels).toEqual(['counties', 'map', 'renovation-investment', 'disputes']);
    expect(defaultPanels('narrow').panels).toEqual(['counties', 'map', 'renovation-investment']);
    expect(defaultPanels('wide').panels).toContain(RANKING_PANEL);
    expect(defaultPanels('wide').rotate.length).toBeGreaterThan(1);
  });
});

describe('arrangePanels', () => {
  it('pairs short panels in a column and lets a lone short take the full height', () => {
    expect(arrangePanels(['counties', 'map', 'disputes', 'councils']).map((s) => s.size)).toEqual([
      'tall',
      'tall',
      'short',
      'short',
    ]);
    expect(arrangePanels(['counties', 'disputes', RANKING_PANEL, 'councils', 'carousel']).map((s) => s.size)).toEqual([
      'tall',
      'short',
      'tall',
      'short',
      'tall',
    ]);
  });
});
