import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, screen, userEvent, within } from '@/testing/test-utils';
import { parseDeck } from './model/deck';
import { DECK_STORAGE_KEY } from './model/deck-storage';

/** The deck the page's URL now holds (what a reload or a shared link would show). */
const urlDeck = () => parseDeck(new URLSearchParams(window.location.search).get('deck'));
const urlFrames = () => urlDeck()?.entries.map((e) => e.frame);
const rows = () => within(screen.getByRole('list', { name: '幻灯片' })).getAllByRole('listitem');
const undoButton = () => screen.getByRole('button', { name: '撤销' });

/** Opens the editor at `url` once its (lazily loaded) page is there. */
async function open(url: string) {
  await renderApp(url);
  await screen.findByRole('button', { name: '撤销' });
  return userEvent.setup();
}

afterEach(() => window.localStorage.removeItem(DECK_STORAGE_KEY));

describe('DeckPage', () => {
  it('undoes a removal with the Undo button next to the message saying what was removed', async () => {
    const user = await open('/zh/deck?deck=v1,disputes,councils,map');
    expect(rows()).toHaveLength(3);
    expect(undoButton()).toBeDisabled();
    const name = within(rows()[1]!).getByRole('strong').textContent ?? '';
    await user.click(screen.getByRole('button', { name: '删除第 2 页' }));
    expect(urlFrames()).toEqual(['disputes', 'map']);
    expect(rows()).toHaveLength(2);
    expect(screen.getByText(`已删除第 2 页：${name}`)).toHaveAttribute('role', 'status');
    await user.click(undoButton());
    expect(urlFrames()).toEqual(['disputes', 'councils', 'map']);
    expect(rows()).toHaveLength(3);
    expect(undoButton()).toBeDisabled();
  });

  it('undoes moves one at a time, with Ctrl+Z or ⌘Z outside text fields', async () => {
    const user = await open('/zh/deck?deck=v1,disputes,councils,map');
    await user.click(screen.getByRole('button', { name: '第 1 页下移' }));
    await user.click(screen.getByRole('button', { name: '第 2 页下移' }));
    expect(urlFrames()).toEqual(['councils', 'map', 'disputes']);

    // In a text field, Ctrl+Z is the field's own undo, not the deck's.
    await user.click(within(rows()[0]!).getByLabelText('演讲者备注'));
    await user.keyboard('{Control>}z{/Control}');
    expect(urlFrames()).toEqual(['councils', 'map', 'disputes']);

    await user.click(screen.getByRole('button', { name: '第 1 页下移' }));
    expect(urlFrames()).toEqual(['map', 'councils', 'disputes']);
    await user.keyboard('{Control>}z{/Control}');
    expect(urlFrames()).toEqual(['councils', 'map', 'disputes']);
    await user.keyboard('{Meta>}z{/Meta}');
    expect(urlFrames()).toEqual(['councils', 'disputes', 'map']);
    await user.click(undoButton());
    expect(urlFrames()).toEqual(['disputes', 'councils', 'map']);
    expect(undoButton()).toBeDisabled();
  });

  it('undoes clearing the deck', async () => {
    const user = await open('/zh/deck?deck=v1,disputes,councils');
    await user.click(screen.getByRole('button', { name: '清空' }));
    expect(urlFrames()).toEqual([]);
    expect(screen.queryByRole('list', { name: '幻灯片' })).not.toBeInTheDocument();
    expect(undoButton()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(urlFrames()).toEqual(['disputes', 'councils']);
  });

  it('keeps notes in the deck’s link, and warns when the link has no room for a slide’s notes', async () => {
    // Seven slides whose notes are 500 full stops (each written as two characters in the link).
    const full = `o${'!d'.repeat(500)}`;
    const frames = ['disputes', 'councils', 'map', 'counties', 'disputes', 'councils', 'map', 'counties'];
    const user = await open(`/zh/deck?deck=v1,${frames.map((f, i) => (i < 7 ? `${f}.${full}` : f)).join(',')}`);
    expect(urlDeck()?.entries[6]?.notes).toHaveLength(500);
    const warning = () => screen.queryByText(/链接长度有限/);
    expect(warning()).not.toBeInTheDocument();

    await user.click(within(rows()[7]!).getByLabelText('演讲者备注'));
    await user.paste('短');
    expect(urlDeck()?.entries[7]?.notes).toBe('短');
    expect(warning()).not.toBeInTheDocument();

    await user.paste('.'.repeat(499));
    expect(urlDeck()?.entries[7]?.notes).toBe('');
    expect(warning()).toHaveTextContent('第 8 页');
    // While it has focus the field still shows what was typed, so it can be shortened.
    expect(within(rows()[7]!).getByLabelText('演讲者备注')).toHaveValue(`短${'.'.repeat(499)}`);
  });
});
