import type { LocalizedText, UnitOfMeasure } from './dataset-schema';

/**
 * What each unit of measure is, in both languages: the one place unit names are written. A unit
 * with a multiplier (万, 亿) says how many base units it stands for, so 112.64 万平方米 is never
 * read as 112.64 m².
 */
export interface UnitOfMeasureInfo {
  /** How many base units one of it is: 10,000 for 万平方米. */
  scale: number;
  /** Its name in a unit column, an axis title or a subtitle: 万平方米 / 10,000 m². */
  label: LocalizedText;
  /** What follows a number in running text: "个" after 3,159 in Chinese, nothing in English. */
  after: LocalizedText;
  /** For a unit with a multiplier: the base unit, after an English number written out ("1.13 million m²"). */
  base?: LocalizedText;
}

const same = (zh: string, en: string): Pick<UnitOfMeasureInfo, 'label' | 'after'> => ({
  label: { zh, en },
  after: { zh, en },
});

export const UNITS_OF_MEASURE_INFO: Record<UnitOfMeasure, UnitOfMeasureInfo> = {
  item: { scale: 1, label: { zh: '个', en: 'count' }, after: { zh: '个', en: '' } },
  case: { scale: 1, ...same('起', 'cases') },
  household: { scale: 1, ...same('户', 'households') },
  building: { scale: 1, ...same('栋', 'buildings') },
  person: { scale: 1, ...same('人', 'people') },
  member: { scale: 1, ...same('名', 'members') },
  session: { scale: 1, ...same('次', 'times') },
  set: { scale: 1, ...same('套', 'sets') },
  plot: { scale: 1, ...same('片', 'plots') },
  meter: { scale: 1, ...same('米', 'm') },
  'square-meter': { scale: 1, ...same('平方米', 'm²') },
  '10k-square-meter': {
    scale: 1e4,
    label: { zh: '万平方米', en: '10,000 m²' },
    after: { zh: '万平方米', en: '× 10,000 m²' },
    base: { zh: '平方米', en: 'm²' },
  },
  '100m-yuan': {
    scale: 1e8,
    label: { zh: '亿元', en: '100 million yuan' },
    after: { zh: '亿元', en: '× 100 million yuan' },
    base: { zh: '元', en: 'yuan' },
  },
  percent: { scale: 1, ...same('%', '%') },
};
