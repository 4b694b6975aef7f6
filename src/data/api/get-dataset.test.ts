import { describe, expect, it } from 'vitest';
import { HttpError, MalformedJsonError, NetworkError } from '@/lib/api-client';
import { shouldRetry } from '@/lib/query-client';
import { datasetPayload } from '@/testing/fixtures';
import { faults } from '@/testing/mocks/handlers/api';
import { server } from '@/testing/mocks/server';
import { DatasetValidationError } from '../model/dataset-schema';
import { datasetQueryOptions, getDataset } from './get-dataset';
import { apiPaths } from '@/build/static-api';

describe('getDataset', () => {
  it('returns the validated dataset with its source', async () => {
    const dataset = await getDataset('renovation');
    expect(dataset).toEqual(datasetPayload('renovation'));
    expect(dataset.source.issuer.zh).toBe('濮阳市民政局');
  });

  it('throws HttpError on 404, which is not retried', async () => {
    server.use(faults.status(apiPaths.dataset('renovation'), 404));
    const error = await getDataset('renovation').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('throws NetworkError on a network failure, which is retried three times', async () => {
    server.use(faults.networkError(apiPaths.dataset('renovation')));
    const error = await getDataset('renovation').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, error))).toEqual([true, true, true, false]);
  });

  it('throws MalformedJsonError naming the URL when the body is HTML', async () => {
    server.use(faults.malformedJson(apiPaths.dataset('renovation')));
    await expect(getDataset('renovation')).rejects.toThrow(
      /\/api\/v1\/datasets\/renovation\.json: the answer is not valid JSON \(received HTML\)/,
    );
    await expect(getDataset('renovation')).rejects.toBeInstanceOf(MalformedJsonError);
  });

  it('throws DatasetValidationError for a payload of another dataset format', async () => {
    server.use(faults.body(apiPaths.dataset('renovation'), { ...datasetPayload('renovation'), schemaVersion: 9 }));
    const error = await getDataset('renovation').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect((error as Error).message).toMatch('dataset "renovation": schemaVersion: unsupported schemaVersion 9');
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('keys queries general to specific', () => {
    expect(datasetQueryOptions('divisions').queryKey).toEqual(['datasets', 'detail', 'divisions']);
  });
});
