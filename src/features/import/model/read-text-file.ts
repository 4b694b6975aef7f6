/**
 * Reads a document the reader chose or dropped as text. Plain text is decoded whatever its
 * encoding (UTF-8, UTF-16 with a BOM, or GBK/GB18030 as Chinese Windows tools save it); a DOCX
 * gives its paragraphs' text (JSZip, loaded when one arrives, after its zip directory is checked),
 * a PDF its text layer (pdf.js, loaded when one arrives);
 * files this page cannot read get a reason the page turns into "what to do instead".
 */
import { inspectZip, isCompoundFile, MAX_UNZIPPED_BYTES } from './zip-directory';

/** Larger text than this is not a reply or a report; refusing it keeps the page responsive. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** A DOCX or a PDF carries its images and styles too: it may be larger than its text. */
export const MAX_DOCX_BYTES = 10 * 1024 * 1024;

export type ReadProblem =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'old-word'
  | 'old-sheet'
  | 'docx-encrypted'
  | 'docx-unreadable'
  | 'pdf-no-text'
  | 'pdf-encrypted'
  | 'pdf-unreadable'
  | 'table'
  | 'unknown-type';

export type ReadResult = { ok: true; text: string; encoding: string } | { ok: false; problem: ReadProblem };

const BY_EXTENSION: Readonly<Record<string, ReadProblem>> = {
  doc: 'old-word',
  wps: 'old-word',
  xls: 'old-sheet',
  et: 'old-sheet',
  xlsx: 'table',
  csv: 'table',
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Decodes bytes as text: BOM first, then strict UTF-8, then GB18030 (a superset of GBK). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Text that is mostly control characters or undecodable bytes is not a document. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  let odd = 0;
  for (const c of sample) {
    const code = c.charCodeAt(0);
    if (c === '\uFFFD' || (code >= 1 && code <= 8) || (code >= 14 && code <= 31)) odd += 1;
  }
  return sample.length > 0 && odd / sample.length > 0.05;
}

const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The text of a DOCX's main document: one line per paragraph, tabs and line breaks kept. */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  if (isCompoundFile(bytes)) return { ok: false, problem: 'docx-encrypted' };
  const zip = inspectZip(bytes);
  if (!zip.zip) return { ok: false, problem: 'docx-unreadable' };
  if (zip.encrypted) return { ok: false, problem: 'docx-encrypted' };
  if (zip.unpacked > MAX_UNZIPPED_BYTES) return { ok: false, problem: 'too-large' };
  let xml: string | undefined;
  try {
    const { default: JSZip } = await import('jszip');
    xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
  } catch {
    xml = undefined;
  }
  if (xml === undefined) return { ok: false, problem: 'docx-unreadable' };
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return { ok: false, problem: 'docx-unreadable' };
  const lines = Array.from(doc.getElementsByTagNameNS(WORD_NS, 'p'), (paragraph) => {
    let line = '';
    const walk = (node: Element) => {
      for (const child of Array.from(node.children)) {
        if (child.namespaceURI === WORD_NS && child.localName === 't') line += child.textContent;
        else if (child.namespaceURI === WORD_NS && child.localName === 'tab') line += '\t';
        else if (child.namespaceURI === WORD_NS && (child.localName === 'br' || child.localName === 'cr')) line += '\n';
        // A paragraph nested in this one (a text box) is read as its own paragraph.
        else if (!(child.namespaceURI === WORD_NS && child.localName === 'p')) walk(child);
      }
    };
    walk(paragraph);
    return line;
  });
  const text = lines.join('\n').trim();
  if (text === '') return { ok: false, problem: 'empty' };
  return { ok: true, text, encoding: 'docx' };
}

/** Reads a chosen or dropped file as a document's text, or says why it cannot. */
export async function readTextFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<ReadResult> {
  const known = BY_EXTENSION[extensionOf(file.name)];
  if (known) return { ok: false, problem: known };
  const extension = extensionOf(file.name);
  if (extension === 'docx' || extension === 'pdf') {
    if (file.size === 0) return { ok: false, problem: 'empty' };
    if (file.size > MAX_DOCX_BYTES) return { ok: false, problem: 'too-large' };
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (extension === 'docx') return readDocx(bytes);
    if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0)
      return { ok: false, problem: 'pdf-unreadable' };
    const { readPdf } = await import('./read-pdf');
    return readPdf(bytes);
  }
  if (extension !== '' && extension !== 'txt' && extension !== 'text') return { ok: false, problem: 'unknown-type' };
  if (file.size === 0) return { ok: false, problem: 'empty' };
  if (file.size > MAX_TEXT_BYTES) return { ok: false, problem: 'too-large' };
  const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()));
  if (looksBinary(text)) return { ok: false, problem: 'binary' };
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding };
}
