/**
 * Reads a chosen table off the page's thread: a large CSV or XLSX is decoded, unzipped and split
 * here, so the page keeps answering. A same-origin module file (the CSP allows `worker-src 'self'`,
 * never `blob:`), bundled by Vite with exceljs as its own lazily loaded chunk, which a `warm`
 * message loads ahead of the first file.
 */
import { readTableBytes, type TableReadResult } from './read-table';

export type TableWorkerRequest = { warm: true } | { name: string; bytes: ArrayBuffer };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<TableWorkerRequest>) => void) | null;
  postMessage: (message: TableReadResult) => void;
};

scope.onmessage = (event) => {
  const request = event.data;
  if ('warm' in request) {
    void import('exceljs').catch(() => undefined);
    return;
  }
  void readTableBytes(request.name, new Uint8Array(request.bytes)).then(
    (result) => scope.postMessage(result),
    () => scope.postMessage({ ok: false, problem: 'not-a-workbook' }),
  );
};
