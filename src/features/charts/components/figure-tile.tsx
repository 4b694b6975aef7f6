import { useTranslation } from 'react-i18next';
import type { Dataset, Figure } from '@/features/datasets/model/dataset-schema';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { figureLabel } from '../model/figures';
import { useFigureFormat } from './figure-value';

/**
 * A single figure as a tile (a lone count is a tile, not a one-bar chart), with its unit, date,
 * status, derived mark, note, and its source sentence one click away.
 */
export function FigureTile({ dataset, figure, label }: { dataset: Dataset; figure: Figure; label?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const value = useFigureFormat().quantity(dataset, figure);
  return (
    <div className="tile" data-figure-id={`${dataset.id}:${figure.id}`}>
      <p className="tile__label">{label ?? figureLabel(dataset, figure, language)}</p>
      <p className={`tile__value${figure.kind === 'derived' ? ' figure--derived' : ''}`}>
        {value}
        {figure.kind === 'derived' && <span className="badge badge--derived">{t('frame.derived')}</span>}
      </p>
      <p className="tile__meta">
        {[
          figure.asOf ? t('frame.asOf', { date: formatDate(figure.asOf, language) }) : null,
          figure.status !== 'actual' ? t(`status.${figure.status}`) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {figure.note && <p className="tile__note">{figure.note[language]}</p>}
      <details className="tile__source">
        <summary>{t('frame.sourceSentence')}</summary>
        <blockquote lang="zh-CN">{t('frame.quote', { quote: figure.provenance.quote })}</blockquote>
        <p>
          {t('frame.sourceLine', {
            issuer: dataset.source.issuer[language],
            title: dataset.source.title[language],
            date: formatDate(dataset.source.date, language),
          })}
          {' · '}
          {t('frame.section', { section: figure.provenance.section })}
        </p>
        {figure.derivation && <p>{figure.derivation.explanation[language]}</p>}
      </details>
    </div>
  );
}
