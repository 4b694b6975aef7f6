import type { DerivedHistory } from './history.mjs';
export declare const root: string;
export declare const cacheDir: string;
export declare const PUYANG: string;
export declare const targets: { puyang: string; china: string; history: string };
export declare const HISTORY_VERSIONS: string[];
export declare function cacheReady(): boolean;
export declare function readCsv(version?: string): {
  villages: string;
  areas: string;
  cities: string;
  provinces: string;
};
export declare function readRelease(version: string): {
  version: string;
  readme: string;
  csv: { villages: string; areas: string; cities: string; provinces: string };
};
export declare function pinyinFunction(): (text: string) => string[];
export declare function serialise(puyang: unknown, china: unknown): { puyang: string; china: string };
export declare function serialiseHistory(value: unknown): string;
export declare function deriveHistoryFiles(): {
  history: DerivedHistory;
  files: Map<string, unknown>;
};
