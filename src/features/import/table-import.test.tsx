import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '@/data/api/api-paths';
import { NBS_CHINA_ID } from '@/data/api/get-nbs-china';
import { faults } from '@/testing/mocks/handlers/api';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';
import { IMPORTS_STORAGE_KEY, readDrafts } from './model/draft-store';

const TABLE = ['县（区）\t村委会（个）', '范县\t575', '台前县\t约372', '城乡一体化示范区\t12', '合计\t959'].join('\n');

async function startTable(url = '/zh/import') {
  await renderApp(url);
  await screen.findByRole('heading', { level: 1 });
  const user = userEvent.setup({ applyAccept: false });
  await user.click(screen.getByRole('button', { name: /^(新建表格导入|New table import)$/ }));
  return user;
}

const placeRow = (written: string) =>
  within(screen.getByRole('table', { name: '地方与区划代码' }))
    .getAllByRole('row')
    .find((row) => within(row).queryByRole('rowheader', { name: written }) !== null)!;

afterEach(() => {
  window.localStorage.removeItem(IMPORTS_STORAGE_KEY);
  vi.restoreAllMocks();
});

describe('table import', () => {
  it('reads a pasted table, matches its places through the NBS file, and keeps it on the device', async () => {
    const user = await startTable();
    await user.click(screen.getByRole('textbox', { name: '粘贴表格' }));
    await user.paste(TABLE);
    expect(await screen.findByText('已读取“粘贴的表格”：5 行，2 列。')).toBeInTheDocument();
    // Henan has several 城乡一体化示范区, none of them in this table's city: the page asks.
    expect(await screen.findByText('已匹配 2 个，需要选择 1 个，无代码 0 个。')).toBeInTheDocument();
    expect(placeRow('范县')).toHaveTextContent('范县（河南省濮阳市）410926');
    expect(placeRow('合计')).toHaveTextContent('合计行（不是一个地方）');
    const notes = () => screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(notes()).toEqual(
      expect.arrayContaining([
        '第 3 行“村委会（个）”列（B3）：“约372”带有“约、余、以上、不足”等字样：按其中的数字导入，并标明是约数或上下限。',
        '第 4 行：“城乡一体化示范区”可能是几个县级单位，请在“地方与区划代码”中选择；选择前本行未导入。',
      ]),
    );
    // The answer "no code" is kept, and the row is imported as a place without one.
    await user.selectOptions(screen.getByRole('combobox', { name: '“城乡一体化示范区”是哪一个县级单位' }), '无代码');
    expect(await screen.findByText('已匹配 2 个，需要选择 0 个，无代码 1 个。')).toBeInTheDocument();
    expect(notes().some((n) => n?.includes('城乡一体化示范区'))).toBe(false);
    expect(readDrafts()[0]).toMatchObject({ kind: 'table', matches: { 城乡一体化示范区: '' } });
  });

  it('reads a chosen GBK CSV where there is no worker, and says which thread read it', async () => {
    const user = await startTable();
    const input = document.querySelector<HTMLInputElement>('input[type=file][accept^=".csv"]')!;
    const bytes = readFileSync('fixtures/imports/nanjing-2023-gbk.csv');
    await user.upload(input, new File([bytes], 'nanjing.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/已读取“nanjing.csv”：14 行，3 列。/)).toHaveTextContent('编码：GB18030。');
    expect(document.querySelector('section.import__editor')).toHaveAttribute('data-read-in', 'page');
    expect(await screen.findByText('已匹配 11 个，需要选择 0 个，无代码 0 个。')).toBeInTheDocument();
  });

  it('replaces the table with a corrected file and keeps every setting made on it', async () => {
    const user = await startTable();
    const input = () => document.querySelector<HTMLInputElement>('input[type=file][accept^=".csv"]')!;
    await user.upload(input(), new File(['县,村（个）\n范县,57O\n台前县,372\n'], 'v1.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/“57O”不是数字，未导入/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'B 村（个） 列的指标名称' }), '行政村');
    await user.upload(input(), new File(['县,村（个）\n范县,570\n台前县,372\n'], 'v2.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/已读取“v2.csv”/)).toBeInTheDocument();
    // The notes follow the new grid (they are drawn from it in a deferred render).
    await waitFor(() => expect(screen.queryByText(/“57O”不是数字/)).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'B 村（个） 列的指标名称' })).toHaveValue('行政村');
    expect(readDrafts()).toHaveLength(1);
  });

  it('offers the charts’ downloads and an embed that carries its own figures, never a link', async () => {
    const user = await startTable();
    await user.click(screen.getByRole('textbox', { name: '粘贴表格' }));
    await user.paste(['县（区）\t村委会（个）', '范县\t575', '台前县\t372'].join('\n'));
    await user.type(screen.getByRole('textbox', { name: '文件标题' }), '村委会数量');
    await user.type(screen.getByRole('textbox', { name: '发文单位' }), '某局');
    await user.type(screen.getByLabelText('成文日期'), '2023-09-11');
    const tools = await screen.findByRole('group', { name: /村委会.*下载与引用/ });
    await user.click(within(tools).getByText('嵌入'));
    const code = within(tools).getByRole<HTMLTextAreaElement>('textbox');
    expect(code.value).toMatch(/^<svg/);
    expect(code.value).toContain('575');
    expect(code.value).toContain('某局《村委会数量》');
    expect(code.value).not.toContain('<iframe');
    expect(within(tools).getByText(/只保存在本设备上，其他网站读不到/)).toBeInTheDocument();
    await user.click(within(tools).getByText('引用格式'));
    expect(within(tools).getByText('这是保存在本设备上的导入，没有可以分享的链接。')).toBeInTheDocument();
    await user.click(within(tools).getByText('下载'));
    expect(within(tools).queryByRole('radio', { name: /整个数据集/ })).not.toBeInTheDocument();
    expect(within(tools).getByRole('button', { name: /^CSV/ })).toBeEnabled();

    // Every chart as a slide, in a PowerPoint file built from the same model.
    const saved: Blob[] = [];
    const created = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:slides';
    });
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: '下载全部图表的演示文稿（PowerPoint，1 页）' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(click).toHaveBeenCalled();
    const zip = await JSZip.loadAsync(await saved[0]!.arrayBuffer());
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    const text = (await Promise.all(slides.map((f) => zip.file(f)!.async('string')))).join('');
    expect(text).toContain('村委会');
    expect(text).toContain('您导入的数据，保存在本设备上');
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    expect(await zip.file(charts[0]!)!.async('string')).toContain('575');
  });

  it('says when the division codes cannot load, and still imports the figures', async () => {
    server.use(faults.networkError(apiPaths.nbs(NBS_CHINA_ID)));
    const user = await startTable('/en/import');
    await user.click(screen.getByRole('textbox', { name: 'Paste a table' }));
    await user.paste(TABLE);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The division codes of all China did not load, so places count as having no code for now.',
    );
    await user.type(screen.getByRole('textbox', { name: 'Document title' }), 'Villages');
    await user.type(screen.getByRole('textbox', { name: 'Issued by' }), 'Bureau');
    await user.type(screen.getByLabelText('Date of the document'), '2023-09-11');
    // 范县 is still the city's own unit by its name; the figures are kept.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Download the dataset file (4 figures)' })).toBeEnabled(),
    );
  });
});
