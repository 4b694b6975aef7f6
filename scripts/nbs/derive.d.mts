export declare const PACKAGE: string;
export declare const VERSION: string;
export declare const PINYIN_PACKAGE: string;
export declare const PINYIN_VERSION: string;
export declare const RULE: { zh: string; en: string };
export declare const ROMANISED: { fields: string[]; zh: string; en: string };
export declare function kindIndex(code: string): number;
export declare function romaniseCounty(name: string, toPinyin: (text: string) => string[]): string;
export interface Derived {
  cities: unknown[];
  unclassified: string[];
}
export declare function derive(
  csv: { villages: string; areas: string; cities: string; provinces: string },
  toPinyin: (text: string) => string[],
): Derived;
export declare function chinaDataset(derived: Derived): unknown;
export declare function cityDataset(derived: Derived, cityCode: string): unknown;
