import { useTranslation } from 'react-i18next';
import type { Marks, ModelValue } from './model/frame-model';
import { PERCENT, type UnitModel } from './model/units';
import { marksWords } from './model/values';

/** The class a value's text takes: stated, inferred or computed. */
export function valueClass(marks: Marks): string {
  if (marks.kind === 'stated') return 'figure figure--stated';
  return `figure figure--derived figure--${marks.derivation === 'inferred' ? 'inferred' : 'computed'}`;
}

/**
 * A value as text with its marks in sight: computed values in italics, a badge for a value the
 * document only implies and for a plan or forecast, every mark spelled out on hover. A column of
 * percentages shows the sign.
 */
export function ValueText({ value, unit }: { value: ModelValue; unit?: UnitModel }) {
  const { t } = useTranslation();
  const { marks } = value;
  const words = marksWords(marks, t);
  const text = unit === PERCENT ? `${value.text}%` : value.text;
  // A difference between two sources is highlighted when there is one (never phrased as an error).
  if (marks.derivation === 'difference' && value.value !== 0)
    return (
      <mark
        className={`${valueClass(marks)} figure--difference`}
        title={words.join(t('readout.separator'))}
        data-refs={value.refs.join(' ') || undefined}
      >
        {text}
      </mark>
    );
  return (
    <span
      className={valueClass(marks)}
      title={words.length ? words.join(t('readout.separator')) : undefined}
      data-refs={value.refs.join(' ') || undefined}
    >
      {text}
      {marks.derivation === 'inferred' && <span className="badge badge--derived">{t('marks.inferred')}</span>}
      {marks.status !== 'actual' && <span className="badge badge--status">{t(`marks.${marks.status}`)}</span>}
    </span>
  );
}
