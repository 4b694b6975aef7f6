import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Dataset, Figure } from '@/features/datasets/model/dataset-schema';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useFigureFormat } from './figure-value';

export interface HeadlineTileProps {
  dataset: Dataset;
  figure: Figure;
  label: string;
  /** Detail page the tile links to. */
  href: string;
  /** A second line, e.g. "of 10,499 found". */
  detail?: string;
}

/** One headline figure with its unit, as-of date and a link to the page that explains it. */
export function HeadlineTile({ dataset, figure, label, href, detail }: HeadlineTileProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const value = useFigureFormat().quantity(dataset, figure);
  return (
    <Link href={href} className="tile tile--link" data-figure-id={`${dataset.id}:${figure.id}`}>
      <span className="tile__label">{label}</span>
      <span className="tile__value">
        {value}
        {figure.kind === 'derived' && <span className="badge badge--derived">{t('frame.derived')}</span>}
      </span>
      {detail && <span className="tile__detail">{detail}</span>}
      <span className="tile__meta">
        {figure.asOf
          ? t('frame.asOf', { date: formatDate(figure.asOf, language) })
          : t('frame.published', { date: formatDate(dataset.version, language) })}
        {figure.status !== 'actual' && ` · ${t(`status.${figure.status}`)}`}
      </span>
    </Link>
  );
}
