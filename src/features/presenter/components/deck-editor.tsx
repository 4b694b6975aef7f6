import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  MAX_DURATION,
  MAX_TITLE,
  MIN_DURATION,
  moveEntry,
  removeEntry,
  setDeckTitle,
  updateEntry,
  type Deck,
  type DeckEntry,
} from '../model/deck';

export interface DeckEditorProps {
  deck: Deck;
  onChange: (deck: Deck) => void;
  /** The frame's own title (a slide without a title of its own shows it). */
  frameTitle: (frameId: string) => string;
  /** What the slide shows beyond the frame (its view: table, sort…), or ''. */
  describeView: (entry: DeckEntry) => string;
  presentHref: string;
  playHref: string;
  /** The deck's address, to share. */
  shareUrl: string;
  onExport: () => Promise<void>;
  onReset: () => void;
}

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

/** The deck editor: order, remove, title and duration per slide, the deck's title, and exports. */
export function DeckEditor(props: DeckEditorProps) {
  const { deck, onChange, frameTitle, describeView } = props;
  const { t } = useTranslation();
  const id = useId();
  const [exporting, setExporting] = useState<'idle' | 'busy' | 'failed'>('idle');
  const n = deck.entries.length;

  const exportPptx = () => {
    setExporting('busy');
    props.onExport().then(
      () => setExporting('idle'),
      () => setExporting('failed'),
    );
  };

  return (
    <div className="deck-editor">
      <p className="deck-editor__field">
        <label htmlFor={`${id}-title`}>{t('presenter.deckTitle')}</label>
        <input
          id={`${id}-title`}
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
        <button type="button" className="button" onClick={props.onReset}>
          {t('presenter.resetDeck')}
        </button>
        <button type="button" className="button" onClick={() => onChange({ ...deck, entries: [] })} disabled={n === 0}>
          {t('presenter.clearDeck')}
        </button>
      </div>
      {exporting === 'failed' && (
        <p className="frame-state frame-state--error" role="alert">
          {t('presenter.exportFailed')}
        </p>
      )}
      <p className="deck-editor__hint">{t('presenter.pdfHint')}</p>
      {n === 0 ? (
        <p>{t('presenter.emptyDeck')}</p>
      ) : (
        <ol className="deck-list" aria-label={t('presenter.slides')}>
          {deck.entries.map((entry, i) => {
            const rowId = `${id}-${i}`;
            const name = frameTitle(entry.frame);
            const view = describeView(entry);
            return (
              // Slides may repeat a frame, so the position is part of the key.
              <li key={`${i}-${entry.frame}`} className="deck-list__item">
                <span className="deck-list__number">{i + 1}</span>
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
                    aria-label={t('presenter.moveUpLabel', { slide: i + 1 })}
                    onClick={() => onChange(moveEntry(deck, i, i - 1))}
                  >
                    {t('presenter.moveUp')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={i === n - 1}
                    aria-label={t('presenter.moveDownLabel', { slide: i + 1 })}
                    onClick={() => onChange(moveEntry(deck, i, i + 1))}
                  >
                    {t('presenter.moveDown')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('presenter.removeLabel', { slide: i + 1 })}
                    onClick={() => onChange(removeEntry(deck, i))}
                  >
                    {t('presenter.remove')}
                  </button>
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
