import { render } from '@/testing/test-utils';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StackedBarChart, type StackedBarChartProps } from './stacked-bar-chart';

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
