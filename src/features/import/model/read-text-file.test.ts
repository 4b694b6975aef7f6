import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary, MAX_DOCX_BYTES, MAX_TEXT_BYTES, readTextFile } from './read-text-file';

/** GB18030 bytes of a text, built by decoding every two-byte code (Node has no GBK encoder). */
function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, [number, number]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) table.set(decoder.decode(new Uint8Array([a, b])), [a, b]);
  const bytes: number[] = [];
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) bytes.push(c.charCodeAt(0));
    else {
      const pair = table.get(c);
      if (!pair) throw new Error(`no GB18030 code for ${c}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

const file = (name: string, bytes: Uint8Array | string) => {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, size: data.length, arrayBuffer: () => Promise.resolve(data.slice().buffer) };
};

describe('readTextFile', () => {
  it('reads UTF-8, with or without a BOM, and GBK as Chinese Windows tools save it', async () => {
    expect(await readTextFile(file('reply.txt', '濮阳县980个村\r\n'))).toEqual({
      ok: true,
      text: '濮阳县980个村\n',
      encoding: 'utf-8',
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('清丰县')]);
    expect(await readTextFile(file('reply.txt', bom))).toMatchObject({ ok: true, text: '清丰县' });
    expect(await readTextFile(file('reply.txt', encodeGb18030('濮阳县980个村，34个社区')))).toEqual({
      ok: true,
      text: '濮阳县980个村，34个社区',
      encoding: 'gb18030',
    });
  });

  it.each([
    ['old.doc', 'old-word'],
    ['report.wps', 'old-word'],
    ['table.xls', 'old-sheet'],
    ['table.et', 'old-sheet'],
    ['reply.docx', 'docx-unreadable'],
    // Not a PDF inside: refused before pdf.js loads.
    ['renamed.pdf', 'pdf-unreadable'],
    ['counties.csv', 'table'],
    ['photo.png', 'unknown-type'],
  ])('refuses %s with a reason (%s)', async (name, problem) => {
    expect(await readTextFile(file(name, 'x'))).toEqual({ ok: false, problem });
  });

  it('refuses an empty or oversized PDF before reading it', async () => {
    expect(await readTextFile(file('empty.pdf', ''))).toEqual({ ok: false, problem: 'empty' });
    expect(
      await readTextFile({
        name: 'big.pdf',
        size: MAX_DOCX_BYTES + 1,
        arrayBuffer: () => Promise.reject(new Error('read')),
      }),
    ).toEqual({ ok: false, problem: 'too-large' });
  });

  it('refuses empty, oversized and binary files before or after reading them', async () => {
    expect(await readTextFile(file('empty.txt', ''))).toEqual({ ok: false, problem: 'empty' });
    expect(await readTextFile(file('blank.txt', ' \n '))).toEqual({ ok: false, problem: 'empty' });
    expect(
      await readTextFile({
        name: 'big.txt',
        size: MAX_TEXT_BYTES + 1,
        arrayBuffer: () => Promise.reject(new Error('read')),
      }),
    ).toEqual({
      ok: false,
      problem: 'too-large',
    });
    const garbage = new Uint8Array(512).map((_, i) => (i * 37) % 256);
    expect(await readTextFile(file('garbage.txt', garbage))).toEqual({ ok: false, problem: 'binary' });
  });
});

describe('decodeText and looksBinary', () => {
  it('decodes UTF-16 with its BOM and tells text from binary', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xee, 0x6f])).text).toBe('濮');
    expect(looksBinary('濮阳县980个村')).toBe(false);
    expect(looksBinary('a\u0000b')).toBe(true);
  });
});

/** A minimal DOCX: the main document's XML in a zip, as Word writes it. */
async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

describe('reading a DOCX', () => {
  it('gives one line per paragraph, with its runs, tabs and line breaks', async () => {
    const bytes = await docx(
      '<w:p><w:r><w:t>濮阳县</w:t></w:r><w:r><w:t xml:space="preserve">980个村，</w:t></w:r><w:r><w:t>34个社区</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>' +
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>范县</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    );
    expect(await readTextFile(file('reply.docx', bytes))).toEqual({
      ok: true,
      text: '濮阳县980个村，34个社区\n甲\t乙\n丙\n范县',
      encoding: 'docx',
    });
  });

  it('refuses an empty, an encrypted, or a damaged DOCX with its reason', async () => {
    expect(await readTextFile(file('blank.docx', await docx('<w:p/>')))).toEqual({ ok: false, problem: 'empty' });
    const compound = new Uint8Array(512);
    compound.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await readTextFile(file('locked.docx', compound))).toEqual({ ok: false, problem: 'docx-encrypted' });
    const notWord = new JSZip();
    notWord.file('readme.txt', 'x');
    const bytes = await notWord.generateAsync({ type: 'uint8array' });
    expect(await readTextFile(file('other.docx', bytes))).toEqual({ ok: false, problem: 'docx-unreadable' });
  });
});
