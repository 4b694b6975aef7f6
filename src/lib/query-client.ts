import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { HttpError } from './api-client';
import { DatasetValidationError } from '@/lib/validation-error';

/** Retrying cannot fix a 4xx or a dataset that fails its schema; it can fix a flaky network. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof HttpError && error.status >= 400 && error.status < 500) return false;
  if (error instanceof DatasetValidationError) return false;
  return failureCount < 3;
}

/** The app's query defaults, in one place; queries never set `retry` themselves. */
export const queryConfig = {
  defaultOptions: {
    queries: {
      // Datasets are versioned documents that change rarely; refetching on focus only adds noise.
      staleTime: 5 * 60_000,
      refetchOnWindowFocus: false,
      retry: shouldRetry,
      // Try the request even when the browser says it is offline: the service worker answers
      // from the copy saved on this device. Retries of a failed request still pause offline
      // and resume when the connection returns.
      networkMode: 'offlineFirst',
    },
  },
} satisfies QueryClientConfig;

export function createQueryClient(config: QueryClientConfig = queryConfig): QueryClient {
  return new QueryClient(config);
}
