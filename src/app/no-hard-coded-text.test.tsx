import { describe, expect, it } from 'vitest';
import unitsJson from '@fixtures/units.json';
import { DATASET_IDS } from '@/data/api/get-dataset';
import { UNITS_OF_MEASURE_INFO } from '@/data/model/units-of-measure';
import { apiPaths } from '@/build/static-api';
import { createI18n } from '@/lib/i18n';
import { datasetPayload } from '@/testing/fixtures';
import { faults } from '@/testing/mocks/handlers/api';
import { server } from '@/testing/mocks/server';
import { renderWithProviders, screen, userEvent } from '@/testing/test-utils';
import { App } from './app';

/** Every string the data itself carries (names, titles, quotes), in both languages. */
function dataStrings(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(unitsJson);
  walk(UNITS_OF_MEASURE_INFO);
  DATASET_IDS.forEach((id) => walk(datasetPayload(id)));
  return [...out];
}

/** Unit names are data (the units-of-measure catalogue), written after a number: "3,159个". */
const UNIT_SUFFIX = new RegExp(
  `(${[...new Set(Object.values(UNITS_OF_MEASURE_INFO).flatMap((u) => [u.after.zh, u.after.en]))]
    .filter(Boolean)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})$`,
);

/** Text nodes that are neither pseudo-localised messages, nor data, nor numbers. */
function unmarkedText(container: HTMLElement): string[] {
  const data = dataStrings();
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const offenders: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (!text || text.includes('⟦') || text.includes('⟧')) continue;
    if (/^[\d,.\s%+\-–]*$/.test(text.replace(UNIT_SUFFIX, ''))) continue; // numbers (with a unit) and axis ticks
    if (data.some((d) => d.includes(text))) continue;
    offenders.push(text);
  }
  return offenders;
}

async function renderPseudo() {
  window.history.replaceState(null, '', '/zh/');
  return renderWithProviders(<App />, createI18n('pseudo'));
}

describe('interface text', () => {
  it('comes from the message files in the chart and table views', async () => {
    const { container } = await renderPseudo();
    await screen.findByRole('tab', { selected: true });
    expect(unmarkedText(container)).toEqual([]);
    await userEvent.setup().click(screen.getAllByRole('tab')[1]!);
    await screen.findByRole('table');
    expect(unmarkedText(container)).toEqual([]);
  });

  it('comes from the message files in the error state', async () => {
    server.use(faults.status(apiPaths.dataset('divisions'), 500));
    const { container } = await renderPseudo();
    await screen.findAllByRole('alert');
    // The technical detail is a raw error message by design (for bug reports), so leave it out.
    container.querySelectorAll('.error-detail').forEach((n) => n.remove());
    expect(unmarkedText(container)).toEqual([]);
  });
});
