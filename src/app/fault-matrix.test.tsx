/**
 * The reliability matrix's faults, at the level that catches them: one dataset fails while the
 * rest of the page works; retries and their limits; a hang ends in a message; offline is named
 * as such; a lost connection pauses and resumes; a failed refetch keeps what is shown; an app
 * older than its data says to refresh. Row numbers refer to docs/reliability.md.
 */
import { onlineManager, type QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetQueryOptions } from '@/data/api/get-dataset';
import { apiPaths } from '@/build/static-api';
import { OfflineBanner } from '@/features/offline/components/offline-banner';
import { UpdatePrompt } from '@/features/offline/components/update-prompt';
import { updateStore } from '@/features/offline/model/update-store';
import { NetworkError } from '@/lib/api-client';
import { createI18n, loadLanguage } from '@/lib/i18n';
import { createQueryClient, queryConfig } from '@/lib/query-client';
import { datasetPayload } from '@/testing/fixtures';
import { faults } from '@/testing/mocks/handlers/api';
import { server } from '@/testing/mocks/server';
import {
  act,
  createTestQueryClient,
  render,
  renderApp,
  screen,
  userEvent,
  waitFor,
  within,
} from '@/testing/test-utils';
import { AppProvider } from './provider';
import { App } from './app';

const frame = (id: string) => document.querySelector<HTMLElement>(`[data-frame="${id}"]`);
/** Waits (as long as Testing Library's find* queries) for a frame of the lazily loaded page. */
const findFrame = (id: string) =>
  waitFor(() => {
    const el = frame(id);
    if (!el) throw new Error(`no frame "${id}" yet`);
    return el;
  });

async function renderAppWith(queryClient: QueryClient, url: string) {
  window.history.replaceState(null, '', url);
  const i18n = createI18n();
  await loadLanguage(i18n, 'zh');
  return render(
    <AppProvider queryClient={queryClient} i18n={i18n}>
      <App />
    </AppProvider>,
  );
}

/** Counts the requests for one API path. */
function countRequests(path: string): () => number {
  let n = 0;
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname.endsWith(path)) n += 1;
  });
  return () => n;
}

afterEach(() => {
  server.events.removeAllListeners();
  onlineManager.setOnline(true);
  updateStore.set({ status: 'current' });
});

describe('fault matrix', () => {
  it('row 1: a dataset served as HTML with status 200 fails its own frames only, with Retry', async () => {
    server.use(faults.malformedJson(apiPaths.dataset('consultation')));
    await renderApp('/zh/rule-of-law');
    const councils = await findFrame('councils');
    const alert = await within(councils).findByRole('alert');
    expect(alert).toHaveTextContent('收到的数据不是有效的 JSON 文件');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
    // The other dataset on the page is drawn.
    expect(await within(frame('disputes')!).findByRole('img')).toBeInTheDocument();
    expect(within(frame('disputes')!).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('row 17: 5xx and network failures are retried three times, then reported; a 404 is not retried', async () => {
    const client = createQueryClient({
      defaultOptions: { queries: { ...queryConfig.defaultOptions.queries, retryDelay: 0 } },
    });
    const path = apiPaths.dataset('renovation');
    const requests = countRequests(path);
    server.use(faults.status(path, 503));
    await expect(client.fetchQuery(datasetQueryOptions('renovation'))).rejects.toThrow('answered 503');
    expect(requests()).toBe(4);
    client.clear();
    server.use(faults.networkError(path));
    await expect(client.fetchQuery(datasetQueryOptions('renovation'))).rejects.toBeInstanceOf(NetworkError);
    expect(requests()).toBe(8);
    client.clear();
    server.use(faults.status(path, 404));
    await expect(client.fetchQuery(datasetQueryOptions('renovation'))).rejects.toThrow('answered 404');
    expect(requests()).toBe(9);
  });

  it('row 17: a refetch that fails keeps the chart on screen (nothing lost)', async () => {
    const client = createTestQueryClient();
    await renderAppWith(client, '/zh/');
    expect(await screen.findByRole('img', { name: /各县（区）村和社区数量/ })).toBeInTheDocument();
    server.use(faults.status(apiPaths.dataset('divisions'), 503));
    await act(async () => {
      await client.refetchQueries({ queryKey: datasetQueryOptions('divisions').queryKey });
      await new Promise((resolve) => setTimeout(resolve, 50)); // let the frames re-render
    });
    expect(client.getQueryState(datasetQueryOptions('divisions').queryKey)?.status).toBe('error');
    expect(screen.getByRole('img', { name: /各县（区）村和社区数量/ })).toBeInTheDocument();
    expect(within(frame('counties')!).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('row 18: a request that hangs ends in a message after the timeout', async () => {
    const timeout = AbortSignal.timeout.bind(AbortSignal);
    vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => timeout(50));
    server.use(faults.hang(apiPaths.dataset('divisions')));
    await renderApp('/zh/counties');
    const alert = await within(await findFrame('counties')).findByRole('alert');
    expect(alert).toHaveTextContent('服务器长时间没有响应');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('row 19: offline, a dataset this device lacks says so; the banner gives the data date', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    server.use(faults.networkError(apiPaths.dataset('divisions')));
    await renderApp('/zh/counties');
    const alert = await within(await findFrame('counties')).findByRole('alert');
    expect(alert).toHaveTextContent('当前离线，本设备没有保存这份数据');
    expect(screen.getAllByRole('status').some((s) => s.textContent?.startsWith('当前离线'))).toBe(true);
  });

  it('row 19: the offline banner names the date of the data shown, and goes when back online', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    const client = createTestQueryClient();
    client.setQueryData(datasetQueryOptions('divisions').queryKey, datasetPayload('divisions'));
    const i18n = createI18n();
    await loadLanguage(i18n, 'en');
    render(
      <AppProvider queryClient={client} i18n={i18n}>
        <OfflineBanner />
      </AppProvider>,
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    online.mockReturnValue(false);
    act(() => void window.dispatchEvent(new Event('offline')));
    const version = datasetPayload('divisions').version;
    const [y, m, d] = version.split('-').map(Number);
    const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y!, m! - 1, d)),
    );
    expect(screen.getByRole('status')).toHaveTextContent(`You are offline`);
    expect(screen.getByRole('status')).toHaveTextContent(`data as of ${date}`);
    online.mockReturnValue(true);
    act(() => void window.dispatchEvent(new Event('online')));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('row 20: a connection lost mid-session pauses the retry, which resumes when back online', async () => {
    const client = createQueryClient({
      defaultOptions: { queries: { ...queryConfig.defaultOptions.queries, retryDelay: 0 } },
    });
    client.mount(); // subscribes to the online manager, as QueryClientProvider does
    const path = apiPaths.dataset('renovation');
    server.use(faults.networkError(path));
    onlineManager.setOnline(false);
    const result = client.fetchQuery(datasetQueryOptions('renovation'));
    await vi.waitFor(() =>
      expect(client.getQueryState(datasetQueryOptions('renovation').queryKey)?.fetchStatus).toBe('paused'),
    );
    server.resetHandlers(); // the network is back
    onlineManager.setOnline(true);
    await expect(result).resolves.toEqual(datasetPayload('renovation'));
    client.unmount();
  });

  it('row 23: data in a newer format than the app tells the user to refresh', async () => {
    server.use(faults.body(apiPaths.dataset('divisions'), { ...datasetPayload('divisions'), schemaVersion: 3 }));
    await renderApp('/zh/counties');
    const alert = await within(await findFrame('counties')).findByRole('alert');
    expect(alert).toHaveTextContent('数据格式不正确');
    expect(alert).toHaveTextContent('refresh the page to load a newer app');
    expect(within(alert).queryByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});

describe('UpdatePrompt (row 22)', () => {
  it('shows nothing until a new version waits, then offers a reload that only the user triggers', async () => {
    const i18n = createI18n();
    await loadLanguage(i18n, 'zh');
    render(
      <AppProvider queryClient={createTestQueryClient()} i18n={i18n}>
        <UpdatePrompt />
      </AppProvider>,
    );
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    const apply = vi.fn();
    act(() => updateStore.set({ status: 'available', apply }));
    const prompt = screen.getByRole('region', { name: '有新版本' });
    expect(prompt).toHaveTextContent('当前页面不会自动刷新');
    expect(apply).not.toHaveBeenCalled();
    // Keyboard: the button is in the tab order and Enter applies the update.
    const user = userEvent.setup();
    const reload = within(prompt).getByRole('button', { name: '重新加载' });
    while (document.activeElement !== reload && document.activeElement !== document.body.lastElementChild)
      await user.tab();
    expect(reload).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('can be put off for now', async () => {
    await renderApp('/zh/glossary');
    act(() => updateStore.set({ status: 'available', apply: vi.fn() }));
    const prompt = await screen.findByRole('region', { name: '有新版本' });
    await userEvent.setup().click(within(prompt).getByRole('button', { name: '稍后' }));
    expect(screen.queryByRole('region', { name: '有新版本' })).not.toBeInTheDocument();
  });
});
