import { useTranslation } from 'react-i18next';
import type { Dataset, Figure } from '@/features/datasets/model/dataset-schema';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { measureOf } from '../model/figures';
import { formatQuantity } from '../model/format-quantity';

/**
 * The one place a figure becomes text, keeping its qualifier on the number: "200余" / "200+",
 * "约1,200" / "about 1,200"; `quantity` adds the unit ("200余人" / "200+ people").
 */
export function useFigureFormat() {
  const { t } = useTranslation();
  const language = useLanguage();
  const qualify = (figure: Figure) => (n: string) =>
    figure.qualifier === 'more-than'
      ? t('frame.moreThan', { value: n })
      : figure.qualifier === 'approx'
        ? t('frame.approx', { value: n })
        : n;
  return {
    number: (figure: Figure) => qualify(figure)(formatNumber(figure.value, language, figure.decimals)),
    quantity: (dataset: Pick<Dataset, 'measures'>, figure: Figure) =>
      formatQuantity(
        figure.value,
        measureOf(dataset, figure).unit,
        language,
        figure.decimals,
        (u) => t(`units.${u}`),
        qualify(figure),
      ),
  };
}

/**
 * A figure as text: grouped digits, "200余"/"200+" for lower bounds, and a visible "derived"
 * mark for values we computed rather than read in the document.
 */
export function FigureValue({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const text = useFigureFormat().number(figure);
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
