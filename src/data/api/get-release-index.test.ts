import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkError } from '@/lib/api-client';
import { server } from '@/testing/mocks/server';
import { getFreshIndex } from './get-release-index';

describe('getFreshIndex', () => {
  const requests: string[] = [];
  const record = ({ request }: { request: Request }) => void requests.push(request.url);
  afterEach(() => {
    server.events.removeListener('request:start', record);
    requests.length = 0;
  });

  it('asks the server for the index past every cache', async () => {
    server.events.on('request:start', record);
    const index = await getFreshIndex(undefined, 42);
    expect(index.datasets.length).toBeGreaterThan(0);
    expect(requests).toEqual([expect.stringMatching(/\/api\/v1\/index\.json\?checked=42$/)]);
  });

  it('fails without a request while the browser says it is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    server.events.on('request:start', record);
    await expect(getFreshIndex(undefined, 42)).rejects.toBeInstanceOf(NetworkError);
    expect(requests).toEqual([]);
  });
});
