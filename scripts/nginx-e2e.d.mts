export interface NginxE2ePaths {
  work: string;
  site: string;
  other: string;
  conf: string;
  accessLog: string;
  errorLog: string;
}
export declare const DEPLOY_CONF: string;
export declare function nginxE2ePaths(port: number): NginxE2ePaths;
export declare function findNginx(): string | undefined;
export declare function deployServerFor(options: { port: number; site: string }): string;
export declare function testConfig(options: { port: number } & NginxE2ePaths): string;
export declare function nginxArgs(paths: NginxE2ePaths): string[];
export declare function prepare(port: number): NginxE2ePaths;
