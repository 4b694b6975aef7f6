import type { LocalizedText, Measure } from '@/data/model/dataset-schema';
import { isKnownUnitOfMeasure, type UnitOfMeasure } from '@/data/model/vocabulary';
import { UNITS_OF_MEASURE_INFO } from '@/data/model/units-of-measure';
import { numberFormat } from '@/lib/format';
import type { Language } from '@/lib/i18n';

/** The unit of a frame's values or of a table column, with its multiplier and names in both languages. */
export interface UnitModel {
  /** One of UNITS_OF_MEASURE, or a dataset's own unit id. */
  id: string;
  /** How many base units one of it is (10,000 for 万平方米). */
  scale: number;
  label: LocalizedText;
  after: LocalizedText;
  base?: LocalizedText;
}

export function unitModel(id: UnitOfMeasure): UnitModel {
  return { id, ...UNITS_OF_MEASURE_INFO[id] };
}

/**
 * A measure's unit: one the format defines, or the dataset's own, named by the measure
 * (`unitLabel`, with `scale` and `baseLabel` for a multiple such as 万人).
 */
export function measureUnit(measure: Pick<Measure, 'unit' | 'unitLabel' | 'scale' | 'baseLabel'>): UnitModel {
  if (isKnownUnitOfMeasure(measure.unit)) return unitModel(measure.unit);
  const label = measure.unitLabel ?? { zh: measure.unit, en: measure.unit };
  const scale = measure.scale ?? 1;
  if (scale === 1 || !measure.baseLabel) return { id: measure.unit, scale, label, after: label };
  return {
    id: measure.unit,
    scale,
    label,
    after: { zh: label.zh, en: `× ${label.en}` },
    base: measure.baseLabel,
  };
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
