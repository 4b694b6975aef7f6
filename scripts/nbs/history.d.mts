type Csv = { villages: string; areas: string; cities: string; provinces: string };
export interface DerivedHistory {
  releases: unknown[];
  counties: unknown[];
  transitions: unknown[];
}
export declare function deriveHistory(
  inputs: { version: string; readme: string; csv: Csv }[],
  toPinyin: (text: string) => string[],
): DerivedHistory;
export declare function historyFiles(
  derived: DerivedHistory,
  toPinyin: (text: string) => string[],
  provenance: Record<string, unknown>,
  gzipSize: (text: string) => number,
): Map<string, unknown>;
