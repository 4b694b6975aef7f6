import { useTranslation } from 'react-i18next';
import type { Figure } from '@/features/datasets/model/dataset-schema';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';

/**
 * A figure as text: grouped digits, "200余"/"200+" for lower bounds, and a visible "derived"
 * mark for values we computed rather than read in the document.
 */
export function FigureValue({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = formatNumber(figure.value, language, figure.decimals);
  const text =
    figure.qualifier === 'more-than'
      ? t('frame.moreThan', { value: number })
      : figure.qualifier === 'approx'
        ? t('frame.approx', { value: number })
        : number;
  if (figure.kind === 'stated') return <span className="figure figure--stated">{text}</span>;
  return (
    <span className="figure figure--derived" title={t('frame.derivedHint')}>
      {text}
      <span className="badge badge--derived">{t('frame.derived')}</span>
    </span>
  );
}

/** A value computed in the app (a share, a rank, a total): always marked as derived. */
export function DerivedValue({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <span className="figure figure--derived" title={t('frame.derivedHint')}>
      {text}
    </span>
  );
}
