import { describe, expect, it } from 'vitest';
import { endLabel } from '@/components/model/bar-chart';
import type { FrameModel } from '@/components/model/frame-model';
import { countiesFrame, mapFrame } from '@/features/counties/frames';
import { modelOf } from '@/testing/frame-models';
import { renderApp, screen, waitFor } from '@/testing/test-utils';

/** What a bar chart on screen shows: its categories, the text at its bars' ends, its legend. */
async function drawnBars(root: HTMLElement) {
  await waitFor(() => {
    if (!root.querySelector('.bar-chart__category')) throw new Error('the chart has not drawn yet');
  });
  const texts = (selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');
  return {
    categories: texts('.bar-chart__category'),
    ends: texts('.bar-chart__end-label'),
    legend: texts('.legend-item'),
  };
}

function expectedBars(model: FrameModel) {
  if (model.chart.kind !== 'bar') throw new Error('not a bar chart');
  const chart = model.chart;
  return {
    categories: chart.categories.map((c) => c.label),
    ends: chart.series.flatMap((_, s) => chart.categories.map((__, c) => endLabel(chart, s, c))).filter(Boolean),
    legend: model.legend.map((e) => e.label),
  };
}

/** The frame `id` wherever the page shows it (an embed, the current slide, a big-screen panel). */
const frameOn = async (id: string, within = document.body) =>
  waitFor(() => {
    const frame = within.querySelector<HTMLElement>(`[data-frame="${id}"]`);
    if (!frame) throw new Error(`no frame "${id}" yet`);
    return frame;
  });

describe('the embed, the slide and the big-screen panel', () => {
  it.each(['zh', 'en'] as const)('draw the county breakdown from one model (%s)', async (language) => {
    const model = modelOf(countiesFrame, language);
    const expected = expectedBars(model);

    const embed = await renderApp(`/${language}/embed/${countiesFrame.id}`);
    const inEmbed = await frameOn(countiesFrame.id);
    expect(await drawnBars(inEmbed)).toEqual(expected);
    expect(inEmbed).toHaveTextContent(model.source?.line ?? '');
    embed.unmount();

    const slides = await renderApp(`/${language}/present?deck=v1,${countiesFrame.id}`);
    const slide = await screen.findByRole('article', { name: model.title });
    expect(await drawnBars(slide)).toEqual(expected);
    expect(slide.querySelector('.slide__source')).toHaveTextContent(model.source?.line ?? '');
    slides.unmount();

    await renderApp(`/${language}/big-screen`);
    const panel = await frameOn(
      countiesFrame.id,
      document.querySelector<HTMLElement>('[data-slot="counties"]') ?? document.body,
    );
    expect(await drawnBars(panel)).toEqual(expected);
  });

  it('draw the map from one model: the same values in the same colour classes', async () => {
    const model = modelOf(mapFrame, 'zh');
    if (model.chart.kind !== 'map') throw new Error('not a map');
    const classes = [...model.chart.areas, ...model.chart.zones].map((a) => [a.id, `map-class-${a.colorClass}`]);
    const drawn = async (root: HTMLElement) => {
      await waitFor(() => {
        if (!root.querySelector('[data-area]')) throw new Error('the map has not drawn yet');
      });
      return [...root.querySelectorAll('[data-area]')].map((a) => [
        a.getAttribute('data-area'),
        /map-class-\d/.exec(a.querySelector('[class*="map-class-"]')?.getAttribute('class') ?? '')?.[0],
      ]);
    };

    const embed = await renderApp(`/zh/embed/${mapFrame.id}`);
    expect(await drawn(await frameOn(mapFrame.id))).toEqual(classes);
    embed.unmount();

    const slides = await renderApp(`/zh/present?deck=v1,${mapFrame.id}`);
    const slide = await screen.findByRole('article', { name: model.title });
    expect(await drawn(slide)).toEqual(classes);
    slides.unmount();

    await renderApp('/zh/big-screen');
    expect(await drawn(await frameOn(mapFrame.id))).toEqual(classes);
  });
});
