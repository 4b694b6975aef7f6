import { useEffect, useId, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  MAX_DURATION,
  MAX_NOTES,
  MAX_TITLE,
  MIN_DURATION,
  moveEntry,
  removeEntry,
  setDeckTitle,
  updateEntry,
  type Deck,
  type DeckEntry,
} from '../model/deck';

/** How a change came about: `undoable` ones (remove, move, clear, reset) can be taken back. */
export interface DeckChange {
  undoable: boolean;
}

export interface DeckEditorProps {
  deck: Deck;
  onChange: (deck: Deck, change?: DeckChange) => void;
  /** The frame's own title (a slide without a title of its own shows it). */
  frameTitle: (frameId: string) => string;
  /** What the slide shows beyond the frame (its view: table, sort…), or ''. */
  describeView: (entry: DeckEntry) => string;
  /** A small picture of the slide (the slide itself, drawn from its model); decorative. */
  renderThumbnail: (entry: DeckEntry, index: number) => ReactNode;
  presentHref: string;
  playHref: string;
  /** The deck's address, to share. */
  shareUrl: string;
  onExport: () => Promise<void>;
  /** Restores the default deck (undoable). */
  onReset: () => void;
  /** Whether there is an earlier deck to go back to. */
  canUndo: boolean;
  onUndo: () => void;
  /** Slides (by index) whose notes the link could not keep at the last change. */
  notesLeftOut: readonly number[];
}

/** Where focus goes once the deck has changed: the list is keyed by position, so rows remount. */
type FocusTarget = { kind: 'handle' | 'up' | 'down'; index: number } | { kind: 'undo' };

/** The data attribute each row control carries, so it can be found again at its new position. */
const CONTROL_ATTRIBUTE = { handle: 'data-deck-handle', up: 'data-deck-up', down: 'data-deck-down' } as const;

/** Media type of a slide being dragged: not text, so dropping it on a text field inserts nothing. */
const DRAG_TYPE = 'application/x-deck-slide';

/** Seconds, typed freely and committed when valid (or on leaving the field, clamped). */
function DurationInput({ id, value, onCommit }: { id: string; value: number; onCommit: (seconds: number) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (text: string) => {
    const n = Number(text);
    if (text.trim() !== '' && Number.isFinite(n)) onCommit(n);
  };
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      min={MIN_DURATION}
      max={MAX_DURATION}
      step={1}
      value={draft ?? String(value)}
      onChange={(e) => {
        setDraft(e.target.value);
        const n = Number(e.target.value);
        if (e.target.value !== '' && n >= MIN_DURATION && n <= MAX_DURATION) onCommit(n);
      }}
      onBlur={(e) => {
        commit(e.target.value);
        setDraft(null);
      }}
    />
  );
}

/**
 * Speaker notes. While the field has focus it shows what was typed, even when the link had no room
 * to keep it (the warning says so); on leaving, it shows what the deck kept.
 */
function NotesInput({
  id,
  value,
  placeholder,
  onCommit,
}: {
  id: string;
  value: string;
  placeholder: string;
  onCommit: (notes: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <textarea
      id={id}
      rows={2}
      maxLength={MAX_NOTES}
      value={draft ?? value}
      placeholder={placeholder}
      onChange={(e) => {
        setDraft(e.target.value);
        onCommit(e.target.value);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}

/** Six dots: the handle's picture (its name is in its label). */
function Grip() {
  return (
    <svg className="deck-list__grip" viewBox="0 0 10 16" width="10" height="16" aria-hidden="true" focusable="false">
      {[3, 8, 13].flatMap((y) => [2.5, 7.5].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.5" />))}
    </svg>
  );
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return (
    target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'submit'].includes(target.type)
  );
}

/**
 * The deck editor: order (drag, arrow keys on a slide's handle, or the move buttons), remove, undo,
 * title, duration and speaker notes per slide, the deck's title, and exports.
 */
export function DeckEditor(props: DeckEditorProps) {
  const { deck, onChange, frameTitle, describeView, canUndo, onUndo } = props;
  const { t } = useTranslation();
  const id = useId();
  const [exporting, setExporting] = useState<'idle' | 'busy' | 'failed'>('idle');
  /** What the last edit did, said in the live region next to the Undo button. */
  const [message, setMessage] = useState('');
  /** The slide being dragged, and the gap (0…n) it would drop into. */
  const [drag, setDrag] = useState<{ from: number; gap: number | null } | null>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);
  const n = deck.entries.length;

  // After a move, removal or undo, focus follows the slide (or lands on Undo when the list is gone).
  useEffect(() => {
    const target = pendingFocus.current;
    const root = editorRef.current;
    if (!target || !root) return;
    pendingFocus.current = null;
    const find = (kind: keyof typeof CONTROL_ATTRIBUTE, index: number) =>
      root.querySelector<HTMLButtonElement>(`[${CONTROL_ATTRIBUTE[kind]}="${index}"]`);
    const candidates =
      target.kind === 'undo'
        ? [undoRef.current, find('handle', 0), titleRef.current]
        : [find(target.kind, target.index), find('handle', target.index), undoRef.current];
    candidates.find((el): el is HTMLButtonElement | HTMLInputElement => el !== null && !el.disabled)?.focus();
  }, [deck, canUndo]);

  const undo = () => {
    if (!canUndo) return;
    pendingFocus.current = { kind: 'undo' };
    onUndo();
    setMessage(t('presenter.undone'));
  };

  // Ctrl+Z / ⌘Z undoes the last removal or move, except in a text field (which has its own undo).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.shiftKey || !(e.ctrlKey || e.metaKey)) return;
      if (e.key.toLowerCase() !== 'z' || isTextField(e.target)) return;
      e.preventDefault();
      undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const move = (from: number, to: number, focus?: FocusTarget['kind']) => {
    if (from === to || to < 0 || to >= n) return;
    if (focus && focus !== 'undo') pendingFocus.current = { kind: focus, index: to };
    onChange(moveEntry(deck, from, to), { undoable: true });
    setMessage(t('presenter.moved', { from: from + 1, to: to + 1 }));
  };

  const remove = (index: number) => {
    const entry = deck.entries[index];
    if (!entry) return;
    pendingFocus.current = n > 1 ? { kind: 'handle', index: Math.min(index, n - 2) } : { kind: 'undo' };
    onChange(removeEntry(deck, index), { undoable: true });
    setMessage(t('presenter.removed', { slide: index + 1, title: entry.title || frameTitle(entry.frame) }));
  };

  const onHandleKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' ? 1 : 0;
    if (step === 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    move(index, index + step, 'handle');
  };

  /** The gap a drag over row `index` points at: before it in its upper half, after it below. */
  const gapAt = (e: DragEvent<HTMLElement>, index: number) => {
    const box = e.currentTarget.getBoundingClientRect();
    return e.clientY < box.top + box.height / 2 ? index : index + 1;
  };

  const onDragOver = (e: DragEvent<HTMLLIElement>, index: number) => {
    if (!drag) return; // not one of ours: leave the browser's default
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    const gap = gapAt(e, index);
    if (gap !== drag.gap) setDrag({ ...drag, gap });
  };

  const onDrop = (e: DragEvent<HTMLLIElement>, index: number) => {
    if (!drag) return;
    e.preventDefault();
    const gap = gapAt(e, index);
    setDrag(null);
    move(drag.from, gap > drag.from ? gap - 1 : gap);
  };

  /** The gap the dragged slide would land in, when dropping there would move it. */
  const dropGap = drag && drag.gap !== null && drag.gap !== drag.from && drag.gap !== drag.from + 1 ? drag.gap : null;

  const exportPptx = () => {
    setExporting('busy');
    props.onExport().then(
      () => setExporting('idle'),
      () => setExporting('failed'),
    );
  };

  const leftOut = props.notesLeftOut.filter((i) => i < n);

  return (
    <div className="deck-editor" ref={editorRef}>
      <p className="deck-editor__field">
        <label htmlFor={`${id}-title`}>{t('presenter.deckTitle')}</label>
        <input
          id={`${id}-title`}
          ref={titleRef}
          type="text"
          maxLength={MAX_TITLE}
          value={deck.title}
          placeholder={t('presenter.untitled')}
          onChange={(e) => onChange(setDeckTitle(deck, e.target.value))}
        />
      </p>
      <div className="deck-editor__actions">
        <Link href={props.presentHref} className="button button--primary">
          {t('presenter.present')}
        </Link>
        <Link href={props.playHref} className="button">
          {t('presenter.playLoop')}
        </Link>
        <button type="button" className="button" onClick={exportPptx} disabled={n === 0 || exporting === 'busy'}>
          {exporting === 'busy' ? t('presenter.exporting') : t('presenter.exportPptx')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            props.onReset();
            setMessage(t('presenter.restored'));
          }}
        >
          {t('presenter.resetDeck')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            pendingFocus.current = { kind: 'undo' };
            onChange({ ...deck, entries: [] }, { undoable: true });
            setMessage(t('presenter.cleared'));
          }}
          disabled={n === 0}
        >
          {t('presenter.clearDeck')}
        </button>
      </div>
      {exporting === 'failed' && (
        <p className="frame-state frame-state--error" role="alert">
          {t('presenter.exportFailed')}
        </p>
      )}
      <p className="deck-editor__hint">{t('presenter.pdfHint')}</p>
      <p className="deck-editor__hint" id={`${id}-reorder`}>
        {t('presenter.reorderHint')}
      </p>
      <div className="deck-editor__undo">
        <button type="button" className="button" ref={undoRef} onClick={undo} disabled={!canUndo}>
          {t('presenter.undo')}
        </button>
        <p role="status" className="deck-editor__status">
          {message}
        </p>
      </div>
      <p role="status" className="deck-editor__warning">
        {leftOut.length > 0 &&
          t('presenter.notesLeftOut', { slides: leftOut.map((i) => i + 1).join(t('presenter.listSeparator')) })}
      </p>
      {n === 0 ? (
        <p>{t('presenter.emptyDeck')}</p>
      ) : (
        <ol
          className="deck-list"
          aria-label={t('presenter.slides')}
          onDragLeave={(e) => {
            if (drag && !e.currentTarget.contains(e.relatedTarget as Node | null)) setDrag({ ...drag, gap: null });
          }}
        >
          {deck.entries.map((entry, i) => {
            const rowId = `${id}-${i}`;
            const name = frameTitle(entry.frame);
            const view = describeView(entry);
            const classes = [
              'deck-list__item',
              drag?.from === i && 'deck-list__item--dragging',
              dropGap === i && 'deck-list__item--drop-before',
              dropGap === i + 1 && i === n - 1 && 'deck-list__item--drop-after',
            ];
            return (
              // Slides may repeat a frame, so the position is part of the key.
              <li
                key={`${i}-${entry.frame}`}
                className={classes.filter(Boolean).join(' ')}
                onDragOver={(e) => onDragOver(e, i)}
                onDrop={(e) => onDrop(e, i)}
              >
                <button
                  type="button"
                  className="deck-list__handle"
                  draggable
                  data-deck-handle={i}
                  aria-label={t('presenter.handleLabel', { slide: i + 1 })}
                  aria-describedby={`${id}-reorder`}
                  onKeyDown={(e) => onHandleKey(e, i)}
                  onDragStart={(e) => {
                    e.dataTransfer.effectAllowed = 'move';
                    e.dataTransfer.setData(DRAG_TYPE, String(i));
                    const row = e.currentTarget.closest('li');
                    if (row) e.dataTransfer.setDragImage(row, 24, 24);
                    setDrag({ from: i, gap: null });
                  }}
                  onDragEnd={() => setDrag(null)}
                >
                  <Grip />
                  <span className="deck-list__number">{i + 1}</span>
                </button>
                <div className="deck-thumb" aria-hidden="true" inert>
                  <div className="deck-thumb__slide">{props.renderThumbnail(entry, i)}</div>
                </div>
                <span className="deck-list__frame">
                  <strong>{entry.title || name}</strong>
                  {(entry.title || view) && (
                    <span className="deck-list__view">{[entry.title && name, view].filter(Boolean).join(' · ')}</span>
                  )}
                </span>
                <span className="deck-list__field">
                  <label htmlFor={`${rowId}-title`}>{t('presenter.slideTitle')}</label>
                  <input
                    id={`${rowId}-title`}
                    type="text"
                    maxLength={MAX_TITLE}
                    value={entry.title}
                    placeholder={name}
                    onChange={(e) => onChange(updateEntry(deck, i, { title: e.target.value }))}
                  />
                </span>
                <span className="deck-list__field deck-list__field--short">
                  <label htmlFor={`${rowId}-duration`}>{t('presenter.duration')}</label>
                  <DurationInput
                    id={`${rowId}-duration`}
                    value={entry.duration}
                    onCommit={(seconds) => onChange(updateEntry(deck, i, { duration: seconds }))}
                  />
                </span>
                <span className="deck-list__buttons">
                  <button
                    type="button"
                    className="button"
                    disabled={i === 0}
                    data-deck-up={i}
                    aria-label={t('presenter.moveUpLabel', { slide: i + 1 })}
                    onClick={() => move(i, i - 1, 'up')}
                  >
                    {t('presenter.moveUp')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={i === n - 1}
                    data-deck-down={i}
                    aria-label={t('presenter.moveDownLabel', { slide: i + 1 })}
                    onClick={() => move(i, i + 1, 'down')}
                  >
                    {t('presenter.moveDown')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('presenter.removeLabel', { slide: i + 1 })}
                    onClick={() => remove(i)}
                  >
                    {t('presenter.remove')}
                  </button>
                </span>
                <span className="deck-list__field deck-list__notes">
                  <label htmlFor={`${rowId}-notes`}>{t('presenter.notes')}</label>
                  <NotesInput
                    id={`${rowId}-notes`}
                    value={entry.notes}
                    placeholder={t('presenter.notesPlaceholder')}
                    onCommit={(notes) => onChange(updateEntry(deck, i, { notes }))}
                  />
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <p className="deck-editor__field">
        <label htmlFor={`${id}-share`}>{t('presenter.shareLink')}</label>
        <input id={`${id}-share`} type="text" readOnly value={props.shareUrl} onFocus={(e) => e.target.select()} />
      </p>
    </div>
  );
}
