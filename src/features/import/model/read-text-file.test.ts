import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary, MAX_TEXT_BYTES, readTextFile } from './read-text-file';

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
    ['reply.docx', 'docx'],
    ['scan.pdf', 'pdf'],
    ['counties.csv', 'table'],
    ['photo.png', 'unknown-type'],
  ])('refuses %s with a reason (%s)', async (name, problem) => {
    expect(await readTextFile(file(name, 'x'))).toEqual({ ok: false, problem });
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
