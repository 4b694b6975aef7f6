import type { UnitOfMeasure } from '@/features/datasets/model/dataset-schema';
import { formatNumber, numberFormat } from '@/lib/format';
import type { Language } from '@/lib/i18n';

/** Looks up the unit's label in the message files (`units.*`). */
export type UnitLabel = (unit: UnitOfMeasure) => string;

/** Units published with a Chinese multiplier (万, 亿) and what that multiplier is. */
const SCALED: Partial<Record<UnitOfMeasure, number>> = { '10k-square-meter': 1e4, '100m-yuan': 1e8 };

/**
 * A value with its unit, as each language writes it: 226.18万平方米 / 2.26 million m²,
 * 3.16亿元 / 316 million yuan, 10,499起 / 10,499 cases, 96.2% in both.
 */
export function formatQuantity(
  value: number,
  unit: UnitOfMeasure,
  language: Language,
  decimals: number,
  unitLabel: UnitLabel,
  /** Marks the number, not the unit: "200+ people", "200余人". */
  qualify: (number: string) => string = (n) => n,
): string {
  const label = unitLabel(unit);
  if (unit === 'percent') return `${qualify(formatNumber(value, language, decimals))}%`;
  if (language === 'zh') return `${qualify(formatNumber(value, language, decimals))}${label}`;
  const scale = SCALED[unit];
  if (scale !== undefined) {
    const full = value * scale;
    const text = numberFormat(language, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumSignificantDigits: 3,
    }).format(full);
    return `${qualify(text)} ${label}`;
  }
  const number = qualify(formatNumber(value, language, decimals));
  return label ? `${number} ${label}` : number;
}
