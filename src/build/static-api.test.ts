import { describe, expect, it } from 'vitest';
import { fixtureFiles } from '@/testing/fixtures';
import { apiPaths, buildStaticApi } from './static-api';

const divisionsFile = fixtureFiles.datasets.find((d) => d.file.endsWith('/divisions.json'))!;
const current = divisionsFile.json as { version: string };

/** The same dataset as an earlier release, as fixtures/datasets/archive would hold it. */
const archived = (version: string) => ({
  file: `fixtures/datasets/archive/divisions@${version}.json`,
  json: { ...(divisionsFile.json as object), version },
});

describe('buildStaticApi releases', () => {
  it('serves each dataset at its release path and lists its releases', () => {
    const api = buildStaticApi(fixtureFiles);
    expect(api.get(apiPaths.datasetVersion('divisions', current.version))).toEqual(
      api.get(apiPaths.dataset('divisions')),
    );
    expect(api.get(apiPaths.datasetVersions('divisions'))).toEqual({
      id: 'divisions',
      latest: current.version,
      versions: [{ version: current.version, path: `datasets/divisions@${current.version}.json` }],
    });
  });

  it('keeps archived releases reachable, newest first', () => {
    const api = buildStaticApi({ ...fixtureFiles, archive: [archived('2023-01-01')] });
    expect(api.get(apiPaths.datasetVersion('divisions', '2023-01-01'))).toMatchObject({ version: '2023-01-01' });
    expect(api.get(apiPaths.datasetVersions('divisions'))).toMatchObject({
      latest: current.version,
      versions: [{ version: current.version }, { version: '2023-01-01' }],
    });
  });

  it('rejects an archived release that repeats or postdates the current one, naming the file', () => {
    expect(() => buildStaticApi({ ...fixtureFiles, archive: [archived(current.version)] })).toThrow(
      `fixtures/datasets/archive/divisions@${current.version}.json: version: dataset "divisions" already has a release ${current.version}`,
    );
    expect(() => buildStaticApi({ ...fixtureFiles, archive: [archived('2099-01-01')] })).toThrow(
      /divisions@2099-01-01\.json: version: archived 2099-01-01 is newer than the current release/,
    );
  });
});
