import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import type { Decision, ReviewedFigure } from '../model/draft';
import type { KnownPlace } from '../model/extract-figures';
import { Pager, usePaged } from './pager';

/** How much of the sentence shows around the figure; the whole sentence is in its title. */
const BEFORE = 28;
const AFTER = 16;

/** The sentence around a figure, the figure marked. Text only: nothing imported becomes markup. */
function Sentence({ figure }: { figure: ReviewedFigure }) {
  const at = figure.start - figure.sentenceStart;
  const end = figure.end - figure.sentenceStart;
  const from = Math.max(0, at - BEFORE);
  const to = Math.min(figure.sentence.length, end + AFTER);
  return (
    <span lang="zh-CN" title={figure.sentence.trim()}>
      {from > 0 && '…'}
      {figure.sentence.slice(from, at).trimStart()}
      <mark>{figure.raw}</mark>
      {figure.sentence.slice(end, to).trimEnd()}
      {to < figure.sentence.length && '…'}
    </span>
  );
}

interface RowProps {
  figure: ReviewedFigure;
  /** The places a figure can be assigned to. */
  places: readonly KnownPlace[];
  /** The id of the list of measures in use, offered as the label is typed (to merge into one). */
  measuresId: string;
  onDecide: (keys: readonly string[], decision: Decision | null) => void;
  onRelabel: (key: string, label: string) => void;
  onPlace: (key: string, place: string) => void;
}

function ProposalRow({ figure, places, measuresId, onDecide, onRelabel, onPlace }: RowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { key, decision } = figure;
  const toggle = (to: Decision) => onDecide([key], decision === to ? null : to);
  // The text may name a place by its short form: the choice is the same unit by its code.
  const place = figure.place
    ? (places.find((p) => p.name === figure.place) ??
      places.find((p) => p.code !== undefined && p.code === figure.placeCode))
    : undefined;
  const when = [
    figure.period && t('import.period', { period: figure.period }),
    figure.asOf && t('frame.asOf', { date: formatDate(figure.asOf, language) }),
  ]
    .filter(Boolean)
    .join(t('readout.separator'));
  return (
    <tr className={decision ? `proposal proposal--${decision}` : 'proposal'} data-review-key={key}>
      <td className="proposal__review">
        <button
          type="button"
          className="button"
          aria-pressed={decision === 'accepted'}
          onClick={() => toggle('accepted')}
        >
          {t('import.accept')}
        </button>{' '}
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={decision === 'rejected'}
          onClick={() => toggle('rejected')}
        >
          {t('import.reject')}
        </button>
      </td>
      <td className="proposal__figure" lang="zh-CN">
        {figure.raw}
      </td>
      <td className="proposal__sentence">
        <Sentence figure={figure} />
      </td>
      <td>
        <input
          aria-label={t('import.labelFor', { figure: figure.raw })}
          value={figure.label}
          list={measuresId}
          onChange={(e) => onRelabel(key, e.target.value)}
        />
      </td>
      <td>
        <select
          aria-label={t('import.placeFor', { figure: figure.raw })}
          value={place?.name ?? ''}
          onChange={(e) => onPlace(key, e.target.value)}
        >
          <option value="">{t('import.noPlace')}</option>
          {places.map((p) => (
            <option key={p.name} value={p.name} lang="zh-CN">
              {p.name}
            </option>
          ))}
        </select>
      </td>
      <td>{when}</td>
      <td>
        {[
          figure.status !== 'actual' && t(`marks.${figure.status}`),
          figure.qualifier !== 'exact' && t(`marks.${figure.qualifier}`),
          figure.change && t(`import.change.${figure.change}`),
        ]
          .filter(Boolean)
          .join(t('readout.separator'))}
      </td>
      <td>{figure.section ?? ''}</td>
    </tr>
  );
}

/** Rows per page: a long document's hundreds of figures are reviewed a page at a time. */
/** Every proposed figure, to accept, reject or rename before anything is kept. */
export const ProposalTable = memo(function ProposalTable({
  figures,
  places,
  onDecide,
  onRelabel,
  onPlace,
}: { figures: readonly ReviewedFigure[] } & Omit<RowProps, 'figure' | 'measuresId'>) {
  const { t } = useTranslation();
  const noteId = useId();
  const measuresId = useId();
  const { shown, pager } = usePaged(figures);
  // Every measure named so far, each once: choosing one merges the figure into it.
  const measures = useMemo(() => [...new Set(figures.map((f) => f.label).filter((l) => l !== ''))], [figures]);
  return (
    <div className="import__table">
      <p id={noteId}>{t('import.tableCaption')}</p>
      <table className="data-table" aria-label={t('import.proposals')} aria-describedby={noteId}>
        <thead>
          <tr>
            <th scope="col">{t('import.columns.review')}</th>
            <th scope="col">{t('import.columns.figure')}</th>
            <th scope="col">{t('import.columns.sentence')}</th>
            <th scope="col">{t('import.columns.label')}</th>
            <th scope="col">{t('import.columns.place')}</th>
            <th scope="col">{t('import.columns.when')}</th>
            <th scope="col">{t('import.columns.marks')}</th>
            <th scope="col">{t('import.columns.section')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => (
            <ProposalRow
              key={f.key}
              figure={f}
              places={places}
              measuresId={measuresId}
              onDecide={onDecide}
              onRelabel={onRelabel}
              onPlace={onPlace}
            />
          ))}
        </tbody>
      </table>
      <datalist id={measuresId}>
        {measures.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <Pager {...pager} />
    </div>
  );
});
