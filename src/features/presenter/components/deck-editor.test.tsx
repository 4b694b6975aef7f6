import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, screen, userEvent, within } from '@/testing/test-utils';
import { deckEntry, MAX_NOTES, type Deck } from '../model/deck';
import { DeckEditor, type DeckChange } from './deck-editor';

const DECK: Deck = { title: '', entries: ['disputes', 'councils', 'map'].map((frame) => deckEntry(frame)) };

/** The editor as a page holds it: the deck in state, every change also reported to `spy`. */
function Harness({
  initial = DECK,
  spy,
  notesLeftOut = [],
}: {
  initial?: Deck;
  spy: (deck: Deck, change?: DeckChange) => void;
  notesLeftOut?: readonly number[];
}) {
  const [deck, setDeck] = useState(initial);
  return (
    <DeckEditor
      deck={deck}
      onChange={(next, change) => {
        spy(next, change);
        setDeck(next);
      }}
      frameTitle={(id) => id}
      describeView={() => ''}
      renderThumbnail={(entry) => <a href={`#${entry.frame}`}>{entry.frame}</a>}
      presentHref="/zh/present"
      playHref="/zh/present?play=1"
      shareUrl=""
      onExport={() => Promise.resolve()}
      onReset={() => undefined}
      canUndo={false}
      onUndo={() => undefined}
      notesLeftOut={notesLeftOut}
    />
  );
}

const frames = (deck: Deck | undefined) => deck?.entries.map((e) => e.frame);
const lastDeck = (spy: ReturnType<typeof vi.fn>) => spy.mock.lastCall?.[0] as Deck | undefined;
const rows = () => within(screen.getByRole('list', { name: '幻灯片' })).getAllByRole('listitem');
const handle = (slide: number) => screen.getByRole('button', { name: `第 ${slide} 页：拖动或按上下方向键调整顺序` });

describe('DeckEditor', () => {
  it('moves a slide with the arrow keys on its handle, keeping focus on that handle and saying so', async () => {
    const spy = vi.fn();
    await renderWithProviders(<Harness spy={spy} />);
    const user = userEvent.setup();
    handle(2).focus();
    await user.keyboard('{ArrowUp}');
    expect(frames(lastDeck(spy))).toEqual(['councils', 'disputes', 'map']);
    expect(spy.mock.lastCall?.[1]).toEqual({ undoable: true });
    // The moved slide is now first, and its handle (at the new position) has focus.
    expect(handle(1)).toHaveFocus();
    expect(rows()[0]).toHaveTextContent('councils');
    expect(screen.getByText('第 2 页已移到第 1 页')).toHaveAttribute('role', 'status');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(frames(lastDeck(spy))).toEqual(['disputes', 'map', 'councils']);
    expect(handle(3)).toHaveFocus();
    expect(screen.getByText('第 2 页已移到第 3 页')).toBeInTheDocument();

    // Past the end nothing moves.
    const calls = spy.mock.calls.length;
    await user.keyboard('{ArrowDown}');
    expect(spy.mock.calls.length).toBe(calls);
    expect(handle(3)).toHaveFocus();
  });

  it('keeps focus on the move button of the moved slide, or its handle when that button is disabled', async () => {
    const spy = vi.fn();
    await renderWithProviders(<Harness spy={spy} />);
    const user = userEvent.setup();
    screen.getByRole('button', { name: '第 1 页下移' }).focus();
    await user.keyboard('{Enter}');
    expect(frames(lastDeck(spy))).toEqual(['councils', 'disputes', 'map']);
    expect(screen.getByRole('button', { name: '第 2 页下移' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(frames(lastDeck(spy))).toEqual(['councils', 'map', 'disputes']);
    // The last slide cannot move down: its handle takes focus.
    expect(handle(3)).toHaveFocus();
  });

  it('writes the speaker notes of a slide, up to MAX_NOTES characters', async () => {
    const spy = vi.fn();
    await renderWithProviders(<Harness spy={spy} />);
    const user = userEvent.setup();
    const notes = within(rows()[1]!).getByLabelText('演讲者备注');
    expect(notes).toHaveAttribute('maxlength', String(MAX_NOTES));
    await user.click(notes);
    await user.paste('先讲化解率。\n再讲议事会。');
    expect(lastDeck(spy)?.entries[1]?.notes).toBe('先讲化解率。\n再讲议事会。');
    expect(lastDeck(spy)?.entries[0]?.notes).toBe('');
    expect(spy.mock.lastCall?.[1]).toBeUndefined(); // typing is not an undo step
    await user.tab();
    expect(within(rows()[1]!).getByLabelText('演讲者备注')).toHaveValue('先讲化解率。\n再讲议事会。');
  });

  it('says which slides lost their notes to the link’s length', async () => {
    await renderWithProviders(<Harness spy={vi.fn()} notesLeftOut={[1, 2]} />);
    expect(screen.getByText(/链接长度有限/)).toHaveTextContent('第 2、3 页');
    expect(screen.getByText(/链接长度有限/)).toHaveAttribute('role', 'status');
  });

  it('draws each slide’s thumbnail hidden from assistive technology and out of the tab order', async () => {
    await renderWithProviders(<Harness spy={vi.fn()} />);
    const link = within(rows()[2]!).getByText('map', { selector: 'a' });
    const box = link.closest('.deck-thumb');
    expect(box).toHaveAttribute('aria-hidden', 'true');
    expect(box).toHaveAttribute('inert');
    expect(screen.queryByRole('link', { name: 'map' })).not.toBeInTheDocument();
  });

  it('says what was removed, as an undoable change, and focuses the next slide', async () => {
    const spy = vi.fn();
    await renderWithProviders(<Harness spy={spy} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '删除第 2 页' }));
    expect(frames(lastDeck(spy))).toEqual(['disputes', 'map']);
    expect(spy.mock.lastCall?.[1]).toEqual({ undoable: true });
    expect(screen.getByText('已删除第 2 页：councils')).toHaveAttribute('role', 'status');
    expect(handle(2)).toHaveFocus();
  });
});
