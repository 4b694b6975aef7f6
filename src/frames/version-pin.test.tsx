import { describe, expect, it } from 'vitest';
import { apiPaths } from '@/build/static-api';
import { datasetPayload } from '@/testing/fixtures';
import { faults } from '@/testing/mocks/handlers/api';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent, within } from '@/testing/test-utils';

const published = datasetPayload('divisions');
const release = published.version;
/** A later release in which 华龙区 gained a community. */
const later = structuredClone(published);
later.version = '2024-01-15';
const hualong = later.figures.find((f) => f.measure === 'communities' && f.dims?.unit === 'hualong')!;
hualong.value += 1;

/** The API after an update: the latest path serves the new release, the old one stays archived. */
function serveUpdate() {
  server.use(
    faults.body(apiPaths.dataset('divisions'), later),
    faults.body(apiPaths.datasetVersion('divisions', later.version), later),
    faults.body(apiPaths.datasetVersions('divisions'), {
      id: 'divisions',
      latest: later.version,
      versions: [
        { version: later.version, path: apiPaths.datasetVersion('divisions', later.version) },
        { version: release, path: apiPaths.datasetVersion('divisions', release) },
      ],
    }),
  );
}

const hualongCommunities = async () => {
  // The county breakdown is the page's first frame.
  const [tab] = await screen.findAllByRole('tab', { name: '表格' });
  await userEvent.setup().click(tab!);
  const row = within(await screen.findByRole('table'))
    .getByRole('rowheader', { name: '华龙区' })
    .closest('tr')!;
  return within(row).getAllByRole('cell')[1]?.textContent;
};

describe('a link pinned to a data release (?v=)', { timeout: 15_000 }, () => {
  it('keeps showing the figures of its release and says a newer one exists', async () => {
    serveUpdate();
    await renderApp(`/zh/counties?v=${release}`);
    // Both frames of the page (breakdown and map) draw the pinned release and say so.
    expect(await screen.findAllByText(/已有更新的版本（2024年1月15日）/)).toHaveLength(2);
    expect(await hualongCommunities()).toBe(String(hualong.value - 1));
    const [latest] = screen.getAllByRole('link', { name: '查看最新数据' });
    expect(latest).toHaveAttribute('href', '/zh/counties?table=counties');
  });

  it('without a pin shows the latest release', async () => {
    serveUpdate();
    await renderApp('/zh/counties');
    expect(await hualongCommunities()).toBe(String(hualong.value));
    expect(screen.queryByText(/已有更新的版本/)).not.toBeInTheDocument();
  });

  it('pinned to the latest release fetches nothing more and says which release it shows', async () => {
    await renderApp(`/zh/counties?v=${release}`);
    expect(await screen.findAllByText(/链接固定为/)).not.toHaveLength(0);
    expect(screen.queryByText(/已有更新的版本/)).not.toBeInTheDocument();
  });

  it('pinned to a date before any release explains that, without a retry button', async () => {
    serveUpdate();
    await renderApp('/zh/counties?v=2020-01-01');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0]).toHaveTextContent('这份数据在链接固定的日期（2020-01-01）之前没有发布过');
    expect(within(alerts[0]!).queryByRole('button', { name: '重试' })).not.toBeInTheDocument();
  });
});
