/**
 * Reads a chosen or dropped table in the table worker, and says where it was read: the page
 * falls back to its own thread only where workers do not exist (the unit tests' DOM). The worker
 * starts when the table import opens and loads exceljs while the reader is still choosing a file,
 * so an XLSX is only parsed, not also fetched and compiled, after it is chosen.
 */
import { MAX_TABLE_BYTES, readTableBytes, type TableReadResult } from './read-table';
import type { TableWorkerRequest } from './table-worker';

export type TableFileResult = TableReadResult & { readIn: 'worker' | 'page' };

export interface TableReader {
  read: (file: Pick<File, 'name' | 'size' | 'arrayBuffer'>) => Promise<TableFileResult>;
  close: () => void;
}

function startWorker(): Worker {
  const worker = new Worker(new URL('./table-worker.ts', import.meta.url), { type: 'module' });
  worker.postMessage({ warm: true } satisfies TableWorkerRequest);
  return worker;
}

/** A reader for one table import: one worker, reused for each file, closed with the import. */
export function tableReader(): TableReader {
  let worker: Worker | null = typeof Worker === 'undefined' ? null : startWorker();
  const inWorker = (request: TableWorkerRequest, transfer: Transferable[]) =>
    new Promise<TableReadResult>((resolve) => {
      const current = worker ?? (worker = startWorker());
      const done = (result: TableReadResult) => {
        current.onmessage = null;
        current.onerror = null;
        resolve(result);
      };
      current.onmessage = (event: MessageEvent<TableReadResult>) => done(event.data);
      current.onerror = () => {
        // A worker that failed is not reused.
        current.terminate();
        worker = null;
        done({ ok: false, problem: 'not-a-workbook' });
      };
      current.postMessage(request, transfer);
    });
  return {
    async read(file) {
      // Refused before a byte is read: a 50 MB file never reaches memory.
      if (file.size > MAX_TABLE_BYTES) return { ok: false, problem: 'too-large', readIn: 'page' };
      const bytes = await file.arrayBuffer();
      if (typeof Worker === 'undefined')
        return { ...(await readTableBytes(file.name, new Uint8Array(bytes))), readIn: 'page' };
      return { ...(await inWorker({ name: file.name, bytes }, [bytes])), readIn: 'worker' };
    },
    close() {
      worker?.terminate();
      worker = null;
    },
  };
}
