export declare const root: string;
export declare const cacheDir: string;
export declare const PUYANG: string;
export declare const targets: { puyang: string; china: string };
export declare function cacheReady(): boolean;
export declare function readCsv(): { villages: string; areas: string; cities: string; provinces: string };
export declare function pinyinFunction(): (text: string) => string[];
export declare function serialise(puyang: unknown, china: unknown): { puyang: string; china: string };
