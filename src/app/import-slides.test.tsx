import { afterEach, describe, expect, it } from 'vitest';
import { newDraft, reviewedFigures } from '@/features/import/model/draft';
import { IMPORTS_STORAGE_KEY, saveDraft } from '@/features/import/model/draft-store';
import { placesOf } from '@/features/import/model/places';
import { adminUnits } from '@/data/model/units';
import { renderApp, screen, userEvent, waitFor } from '@/testing/test-utils';

const TEXT = '截至6月30日，濮阳县980个村，34个社区；清丰县503个村，9个社区。\n2023年7月26日';

function storeImport(): string {
  const blank = {
    ...newDraft(new Date('2026-12-07T10:00:00Z'), () => 0.5),
    name: '两县村社',
    text: TEXT,
    citation: { title: '情况说明', issuer: '某局', date: '2023-07-26' },
  };
  const figures = reviewedFigures(blank, placesOf(adminUnits));
  saveDraft({ ...blank, review: Object.fromEntries(figures.map((f) => [f.key, { decision: 'accepted' as const }])) });
  return blank.id;
}

afterEach(() => window.localStorage.removeItem(IMPORTS_STORAGE_KEY));

describe('an import’s slide show', () => {
  it('shows each chart of an import kept on this device as a slide, turned by the keyboard', async () => {
    const id = storeImport();
    await renderApp(`/zh/import/slides?import=${id}`);
    const first = await screen.findByRole('article', { name: '村' });
    expect(first).toHaveTextContent('980');
    expect(first).toHaveTextContent('1 / 2');
    expect(first).toHaveTextContent('来源：某局《情况说明》');
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(window.location.search).toContain('slide=2'));
    expect(screen.getByRole('article', { name: '社区' })).toHaveTextContent('2 / 2');
  });

  it('says so when this device has no such import', async () => {
    await renderApp('/en/import/slides?import=imp-elsewhere');
    expect(
      await screen.findByText('This device has no such import: an import is kept only on the device that made it.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the import page' })).toHaveAttribute('href', '/en/import');
  });

  it('opens the import page, where an import is chosen, when the link names none', async () => {
    await renderApp('/zh/import/slides');
    expect(await screen.findByRole('heading', { level: 1, name: '导入数据' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/zh/import');
  });
});
