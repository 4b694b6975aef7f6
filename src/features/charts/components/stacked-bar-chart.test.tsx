import { render } from '@/testing/test-utils';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StackedBarChart, valueAxis, type StackedBarChartProps } from './stacked-bar-chart';

const props: StackedBarChartProps = {
  label: 'Villages and communities',
  summary: 'Three units.',
  categories: [
    { id: 'a', label: 'Alpha' },
    { id: 'b', label: 'Beta' },
    { id: 'c', label: 'Gamma' },
  ],
  series: [
    { key: 'v', label: 'Villages', color: '#123456', values: [120, 80, 0], derived: [false, false, false] },
    { key: 'c', label: 'Communities', color: '#654321', values: [30, 5, 7], derived: [false, false, true] },
  ],
  formatValue: (v) => `${v} units`,
  formatTick: (v) => `t${v}`,
  describeCategory: (i) => `category ${i}`,
  keyboardHint: 'Use the arrow keys',
};

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((n) => n.textContent);

describe('StackedBarChart', () => {
  it('labels each bar with its total and the value axis with its ticks, as the server drew them', () => {
    const server = document.createElement('div');
    server.innerHTML = renderToString(<StackedBarChart {...props} />);
    const { container } = render(<StackedBarChart {...props} />);
    for (const root of [server, container]) {
      expect(texts(root, '.bar-chart__end-label')).toEqual(['150 units', '85 units', '7 units']);
      const ticks = texts(root, '.recharts-xAxis .recharts-cartesian-axis-tick');
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(ticks.every((t) => /^t\d+$/.test(t ?? ''))).toBe(true);
    }
    // The client draws the very same text, at the same places: nothing is re-measured.
    const positions = (root: ParentNode) =>
      [...root.querySelectorAll('.bar-chart__end-label, .recharts-xAxis text')].map((n) =>
        [n.getAttribute('x'), n.getAttribute('y'), n.textContent].join(' '),
      );
    expect(positions(container)).toEqual(positions(server));
  });

  it('labels each bar with its own value when grouped', () => {
    const { container } = render(<StackedBarChart {...props} grouped />);
    expect(texts(container, '.bar-chart__end-label')).toEqual([
      '120 units',
      '80 units',
      '0 units',
      '30 units',
      '5 units',
      '7 units',
    ]);
  });
});

describe('valueAxis', () => {
  it('runs from 0 to a round number at or above the largest value, in round steps', () => {
    expect(valueAxis(1014)).toEqual({ domain: [0, 1200], ticks: [0, 400, 800, 1200] });
    expect(valueAxis(10_499)).toEqual({ domain: [0, 12_000], ticks: [0, 4000, 8000, 12_000] });
    expect(valueAxis(96.2)).toEqual({ domain: [0, 120], ticks: [0, 40, 80, 120] });
    expect(valueAxis(300)).toEqual({ domain: [0, 300], ticks: [0, 100, 200, 300] });
    for (const max of [0.7, 3, 17, 99, 101, 5555, 316_000]) {
      const { domain, ticks } = valueAxis(max);
      expect(domain[1]).toBeGreaterThanOrEqual(max);
      expect(ticks.at(-1)).toBe(domain[1]);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });

  it('still has an axis when every value is 0', () => {
    expect(valueAxis(0)).toEqual({ domain: [0, 1.2], ticks: [0, 0.4, 0.8, 1.2] });
  });
});
