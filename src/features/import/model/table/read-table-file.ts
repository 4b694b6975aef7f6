/**
 * Reads a chosen or dropped table in the table worker, and says where it was read: the page
 * falls back to its own thread only where workers do not exist (the unit tests' DOM).
 */
import { MAX_TABLE_BYTES, readTableBytes, type TableReadResult } from './read-table';
import type { TableWorkerRequest } from './table-worker';

export type TableFileResult = TableReadResult & { readIn: 'worker' | 'page' };

function inWorker(request: TableWorkerRequest): Promise<TableReadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./table-worker.ts', import.meta.url), { type: 'module' });
    const done = (result: TableReadResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<TableReadResult>) => done(event.data);
    worker.onerror = () => done({ ok: false, problem: 'not-a-workbook' });
    worker.postMessage(request, [request.bytes]);
  });
}

export async function readTableFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<TableFileResult> {
  // Refused before a byte is read: a 50 MB file never reaches memory.
  if (file.size > MAX_TABLE_BYTES) return { ok: false, problem: 'too-large', readIn: 'page' };
  const bytes = await file.arrayBuffer();
  if (typeof Worker === 'undefined')
    return { ...(await readTableBytes(file.name, new Uint8Array(bytes))), readIn: 'page' };
  return { ...(await inWorker({ name: file.name, bytes })), readIn: 'worker' };
}
