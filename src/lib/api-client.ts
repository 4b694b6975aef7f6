import { apiBaseUrl } from '@/lib/env';

/** Requests that hang are ended after this long, so a dead connection becomes a clear message. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** The server answered, but not with a success status. */
export class HttpError extends Error {
  override name = 'HttpError';
  readonly url: string;
  readonly status: number;
  constructor(url: string, status: number) {
    super(`${url}: the server answered ${status}`);
    this.url = url;
    this.status = status;
  }
}

/** The request never got an answer (offline, DNS, reset, timeout). */
export class NetworkError extends Error {
  override name = 'NetworkError';
  readonly url: string;
  readonly timedOut: boolean;
  constructor(url: string, timedOut: boolean, cause: unknown) {
    super(timedOut ? `${url}: no answer within ${REQUEST_TIMEOUT_MS / 1000} s` : `${url}: the network request failed`, {
      cause,
    });
    this.url = url;
    this.timedOut = timedOut;
  }
}

/** The answer was not JSON (an HTML error page, a truncated file). */
export class MalformedJsonError extends Error {
  override name = 'MalformedJsonError';
  readonly url: string;
  constructor(url: string, detail: string) {
    super(`${url}: the answer is not valid JSON (${detail})`);
    this.url = url;
  }
}

export function apiUrl(path: string): string {
  return `${apiBaseUrl}/${path}`;
}

/**
 * GETs a JSON document from the API. Every failure becomes a typed error whose message names
 * the URL; parsing the shape is the caller's job (inside its query function).
 */
export async function fetchJson(path: string, signal?: AbortSignal): Promise<unknown> {
  const url = apiUrl(path);
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error; // react-query cancelled it; not a failure to report
    throw new NetworkError(url, timeout.aborted, error);
  }
  if (!response.ok) throw new HttpError(url, response.status);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const start = text.trimStart().slice(0, 1);
    throw new MalformedJsonError(url, start === '<' ? 'received HTML' : (error as Error).message);
  }
}
