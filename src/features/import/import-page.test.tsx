import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';
import { IMPORTS_STORAGE_KEY, readDrafts } from './model/draft-store';

const TEXT = '截至6月30日，甲县12个村，3个社区；乙区5个村。预计投资3.16亿元。\n2023年7月26日';

async function open(url = '/zh/import') {
  await renderApp(url);
  await screen.findByRole('heading', { level: 1 });
  // Files of any type reach the page, as a drop does: it must say why it refuses one.
  return userEvent.setup({ applyAccept: false });
}

const proposals = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

afterEach(() => {
  window.localStorage.removeItem(IMPORTS_STORAGE_KEY);
  vi.restoreAllMocks();
});

describe('ImportPage', () => {
  it('proposes every figure of a pasted text, keeps the review on the device, and survives a reload', async () => {
    const user = await open();
    expect(
      screen.getByText('还没有导入。点击“新建文件导入”读取一份文件的正文，或“新建表格导入”读取一张表格。'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '新建文件导入' }));
    const text = screen.getByRole('textbox', { name: '文件正文' });
    await user.click(text);
    await user.paste(TEXT);
    expect(await screen.findByText('共 4 个：已采用 0 个，已舍弃 0 个，待审核 4 个。')).toBeInTheDocument();
    expect(screen.getByLabelText('成文日期')).toHaveValue('2023-07-26');
    expect(proposals().map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      '12个',
      '3个',
      '5个',
      '3.16亿元',
    ]);
    expect(within(proposals()[3]!).getByText('预计')).toBeInTheDocument();
    await user.click(within(proposals()[2]!).getByRole('button', { name: '舍弃' }));
    await user.click(screen.getByRole('button', { name: '采用全部待审核的数字（3 个）' }));
    expect(screen.getByText('共 4 个：已采用 3 个，已舍弃 1 个，待审核 0 个。')).toBeInTheDocument();
    // The file still lacks its source, and the page says so in the reader's terms.
    expect(await screen.findByText('请先填写文件标题、发文单位和成文日期：数据集必须注明来源。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下载数据集文件（3 个数字）' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: '文件标题' }), '统计');
    await user.type(screen.getByRole('textbox', { name: '发文单位' }), '某局');
    await waitFor(() => expect(screen.getByRole('button', { name: '下载数据集文件（3 个数字）' })).toBeEnabled());
    // Its checks run as on the audit page: 甲县 and 乙区 are not the whole, so nothing to check.
    expect(screen.getByText('已采用的数字中没有可以互相核对的组合。')).toBeInTheDocument();
    expect(readDrafts()[0]).toMatchObject({ text: TEXT });

    // A new page load reads the same import back from the device.
    await renderApp('/zh/import');
    expect((await screen.findAllByText('共 4 个：已采用 3 个，已舍弃 1 个，待审核 0 个。')).length).toBeGreaterThan(0);
  });

  it('assigns a figure to another place or to none, and offers the measures in use to merge into', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: '新建文件导入' }));
    await user.click(screen.getByRole('textbox', { name: '文件正文' }));
    await user.paste(TEXT);
    await screen.findByText('共 4 个：已采用 0 个，已舍弃 0 个，待审核 4 个。');
    const place = screen.getByRole('combobox', { name: '12个 所属的地方' });
    expect(place).toHaveValue('甲县');
    await user.selectOptions(place, '范县');
    expect(screen.getByRole('combobox', { name: '12个 所属的地方' })).toHaveValue('范县');
    await user.selectOptions(screen.getByRole('combobox', { name: '3.16亿元 所属的地方' }), '乙区');
    expect(screen.getByRole('combobox', { name: '3.16亿元 所属的地方' })).toHaveValue('乙区');
    await user.selectOptions(screen.getByRole('combobox', { name: '5个 所属的地方' }), '不分地方（全市或全文）');
    expect(screen.getByRole('combobox', { name: '5个 所属的地方' })).toHaveValue('');
    // The choices are kept on the device with the rest of the review.
    const stored = readDrafts()[0];
    const review = stored && stored.kind !== 'table' ? Object.values(stored.review) : [];
    expect(review.map((r) => r.place).sort()).toEqual(['', '乙区', '范县']);
    // The measure names in use are offered as the reader types one.
    const label = screen.getByRole('combobox', { name: '5个 的指标名称' });
    const list = document.getElementById(label.getAttribute('list')!);
    expect([...list!.querySelectorAll('option')].map((o) => o.value)).toEqual(expect.arrayContaining(['村', '社区']));
  });

  it('says in the reader’s language what keeps the file from validating, and which figure', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: '新建文件导入' }));
    await user.click(screen.getByRole('textbox', { name: '文件正文' }));
    await user.paste('全市共有村12个，完成率为120%。\n2023年7月26日');
    await user.type(screen.getByRole('textbox', { name: '文件标题' }), '统计');
    await user.type(screen.getByRole('textbox', { name: '发文单位' }), '某局');
    await user.click(await screen.findByRole('button', { name: '采用全部待审核的数字（2 个）' }));
    expect(await screen.findByText('数据集文件未通过校验：')).toBeInTheDocument();
    expect(
      screen.getByText('“完成率”120%：百分比不能大于 100。请核对原句，舍弃这个数字，或改正原文后再导入。'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下载数据集文件（2 个数字）' })).toBeDisabled();
    // Rejecting the figure clears the problem.
    await user.click(within(proposals()[1]!).getByRole('button', { name: '舍弃' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '下载数据集文件（1 个数字）' })).toBeEnabled());
    expect(screen.queryByText('数据集文件未通过校验：')).toBeNull();
  });

  it('renders imported text as text, never as markup', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: '新建文件导入' }));
    await user.click(screen.getByRole('textbox', { name: '文件正文' }));
    await user.paste('<img src=x onerror=alert(1)>共有12个村<b>粗</b>');
    await screen.findByText('共 1 个：已采用 0 个，已舍弃 0 个，待审核 1 个。');
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(screen.getByRole('table').textContent).toContain('onerror=alert(1)>共有');
  });

  it('tells what to do with a file it cannot read, and keeps the text', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: '新建文件导入' }));
    const input = document.querySelector<HTMLInputElement>('input[type=file][accept^=".txt"]')!;
    await user.upload(input, new File(['x'], '答复.doc', { type: 'application/msword' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“答复.doc”是旧版 Word 或 WPS 文档，无法读取。请另存为 .txt，或复制正文粘贴到此处。',
    );
    await user.upload(input, new File(['濮阳县980个村'], 'reply.txt', { type: 'text/plain' }));
    expect(await screen.findByRole('textbox', { name: '文件正文' })).toHaveValue('濮阳县980个村');
  });

  it('says when the device will not keep the work, and keeps it on the page', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const user = await open();
    await user.click(screen.getByRole('button', { name: '新建文件导入' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('本设备的存储空间已满');
    await user.click(screen.getByRole('textbox', { name: '文件正文' }));
    await user.paste('共有12个村');
    expect(screen.getByRole('textbox', { name: '文件正文' })).toHaveValue('共有12个村');
    expect(await screen.findByText('共 1 个：已采用 0 个，已舍弃 0 个，待审核 1 个。')).toBeInTheDocument();
  });

  it('deletes an import only after the reader confirms', async () => {
    const user = await open('/en/import');
    await user.click(screen.getByRole('button', { name: 'New document import' }));
    await user.type(screen.getByRole('textbox', { name: 'Name of this import' }), 'Anyang');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(readDrafts()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete “Anyang” for good' }));
    expect(readDrafts()).toHaveLength(0);
    expect(
      screen.getByText(
        'No imports yet. Choose “New document import” to read a document’s text, or “New table import” to read a table.',
      ),
    ).toBeInTheDocument();
  });
});
