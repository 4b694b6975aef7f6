import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { API_VERSION } from '@/build/static-api';
import { historyApiFile, staticApi } from '../../fixtures';

/** Matches the API on any origin, so the same handler works in Node and in a browser. */
export const API_PATTERN = `*/api/${API_VERSION}/*`;
const apiPath = (path: string) => `*/api/${API_VERSION}/${path}`;

/** Serves every file of the static API from the fixtures. */
export const apiHandlers = [
  http.get(API_PATTERN, async ({ request }) => {
    const path = new URL(request.url).pathname.split(`/api/${API_VERSION}/`)[1] ?? '';
    const body = staticApi.get(path) ?? (await historyApiFile(path));
    return body === undefined
      ? new HttpResponse('not found', { status: 404 })
      : HttpResponse.json(body as JsonBodyType);
  }),
];

/** Fault injection for one API path, used with `server.use(...)`. */
export const faults = {
  status: (path: string, status: number) => http.get(apiPath(path), () => new HttpResponse('error', { status })),
  networkError: (path: string) => http.get(apiPath(path), () => HttpResponse.error()),
  malformedJson: (path: string) =>
    http.get(
      apiPath(path),
      () => new HttpResponse('<!doctype html><title>502</title>', { headers: { 'content-type': 'text/html' } }),
    ),
  truncatedJson: (path: string) =>
    http.get(
      apiPath(path),
      () => new HttpResponse('{"schemaVersion":1,"id":"divis', { headers: { 'content-type': 'application/json' } }),
    ),
  body: (path: string, body: unknown) => http.get(apiPath(path), () => HttpResponse.json(body as JsonBodyType)),
  /** Holds the path's response until `release()`: a loading state can be seen on any machine. */
  held: (path: string) => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const handler = http.get(apiPath(path), async ({ request }) => {
      await released;
      const body = staticApi.get(new URL(request.url).pathname.split(`/api/${API_VERSION}/`)[1] ?? '');
      return HttpResponse.json(body as JsonBodyType);
    });
    return { handler, release };
  },
  hang: (path: string) =>
    http.get(apiPath(path), async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
};
