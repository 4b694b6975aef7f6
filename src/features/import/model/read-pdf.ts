/**
 * Reads a PDF's text layer with pdf.js, loaded when a PDF arrives: its worker is a same-origin
 * module file, Chinese fonts' character maps are served from this site (`/pdfjs/cmaps/`, written
 * by the build), and nothing is drawn (no fonts, no images, no eval). A scanned PDF has no text
 * layer: the page says to recognise its text first, or to paste it.
 */
import { unifyRadicals } from './cjk-radicals';
import type { ReadResult } from './read-text-file';

/** What pdf.js gives for one run of text (a marked-content item has no `str`). */
export interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
}

const CJK_SPACE = /(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])/g;
/** Where a paragraph ends: a sentence's end, or a colon that opens what follows. */
const PARAGRAPH_END = /[。！？!?：:]$/;
/** Where one starts: a section number (1、 一、 （一） 1.) or a date line. */
const PARAGRAPH_START =
  /^(\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{4}年\d{1,2}月\d{1,2}日\s*$)/;

/**
 * A document's paragraphs from its pages' text items. pdf.js gives lines as the page sets them, so
 * a paragraph is broken wherever the page was full; the extractor reads a paragraph's sentences
 * together, so a full line (nearly as long as the page's longest) that does not end a sentence is
 * joined to the next. Spaces that character spacing puts between Chinese characters are removed,
 * and radicals a font maps its glyphs to (⼯, ⺠) read as the characters they show.
 */
export function pdfText(pages: readonly (readonly PdfTextItem[])[]): string {
  const paragraphs: string[] = [];
  for (const items of pages) {
    const lines: string[] = [];
    let line = '';
    for (const item of items) {
      if (item.str !== undefined) line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    lines.push(line);
    const cleaned = lines.map((l) => l.replace(CJK_SPACE, '').trim()).filter((l) => l !== '');
    const longest = Math.max(0, ...cleaned.map((l) => l.length));
    let open = '';
    cleaned.forEach((l, i) => {
      open += l;
      const next = cleaned[i + 1];
      const wrapped =
        l.length >= 0.8 * longest && !PARAGRAPH_END.test(l) && next !== undefined && !PARAGRAPH_START.test(next);
      if (!wrapped) {
        paragraphs.push(open);
        open = '';
      }
    });
  }
  return unifyRadicals(paragraphs.join('\n').trim());
}

let worker: Worker | null = null;

export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const pdfjs = await import('pdfjs-dist');
  worker ??= new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });
  pdfjs.GlobalWorkerOptions.workerPort = worker;
  const task = pdfjs.getDocument({
    data: bytes,
    cMapUrl: `${import.meta.env.BASE_URL}pdfjs/cmaps/`,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    const doc = await task.promise;
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items as PdfTextItem[]);
      page.cleanup();
    }
    await doc.destroy();
    const text = pdfText(pages);
    if (text.replace(/\s/g, '') === '') return { ok: false, problem: 'pdf-no-text' };
    return { ok: true, text, encoding: 'pdf' };
  } catch (error) {
    const name = (error as { name?: unknown }).name;
    return { ok: false, problem: name === 'PasswordException' ? 'pdf-encrypted' : 'pdf-unreadable' };
  } finally {
    void task.destroy();
  }
}
