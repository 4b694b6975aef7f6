import type { LocalizedText, UnitOfMeasure } from '@/data/model/dataset-schema';
import { UNITS_OF_MEASURE_INFO } from '@/data/model/units-of-measure';
import { numberFormat } from '@/lib/format';
import type { Language } from '@/lib/i18n';

/** The unit of a frame's values or of a table column, with its multiplier and names in both languages. */
export interface UnitModel {
  id: UnitOfMeasure;
  /** How many base units one of it is (10,000 for 万平方米). */
  scale: number;
  label: LocalizedText;
  after: LocalizedText;
  base?: LocalizedText;
}

export function unitModel(id: UnitOfMeasure): UnitModel {
  return { id, ...UNITS_OF_MEASURE_INFO[id] };
}

/** Shares and rates: percentages. */
export const PERCENT: UnitModel = unitModel('percent');
/** Plain counts (villages, organisations, ranks). */
export const COUNT: UnitModel = unitModel('item');

/**
 * A number with its unit, as each language writes it: 226.18万平方米 / 2.26 million m², 3.16亿元 /
 * 316 million yuan, 10,499起 / 10,499 cases, 96.2% in both. `text` is the number as shown (its
 * qualifier included); an English value with a multiplier is written out from `value` instead, and
 * `qualify` marks that number the same way.
 */
export function quantityText(
  text: string,
  value: number,
  unit: UnitModel,
  language: Language,
  qualify: (number: string) => string,
): string {
  if (language === 'zh') return `${text}${unit.after.zh}`;
  if (unit.base) {
    const full = numberFormat(language, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumSignificantDigits: 3,
    }).format(value * unit.scale);
    return `${qualify(full)} ${unit.base.en}`;
  }
  const after = unit.after.en;
  if (after === '') return text;
  return after === '%' ? `${text}%` : `${text} ${after}`;
}
