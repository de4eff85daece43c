/**
 * PDF → blocks through pdf.js (given by the caller, see pdf-types.ts): opens the document, reads each page's
 * text with the fonts' boldness, and hands the lines to pdf-layout.ts. Says clearly when a PDF is protected
 * by a password, damaged, cut short, or has no text layer at all (a scan, which needs OCR first). Bounded: a
 * PDF with more pages than the limit is refused before any page is read, and a read that takes longer than
 * the time limit is stopped, each with its own message.
 */
import { ConcordError } from '../workspace/errors.ts';
import { errorReason } from './error-reason.ts';
import { pdfBlocks, pageLines, type PdfLine } from './pdf-layout.ts';
import { isTextItem, type PdfJsLoader, type PdfPage, type PdfTextItem } from './pdf-types.ts';
import type { Block } from './blocks.ts';

export interface PdfContent {
  blocks: Block[];
  title?: string;
}

export interface PdfReadOptions {
  /** How to load pdf.js; without it, PDFs are refused with "import.pdf-unavailable". */
  pdfjs?: PdfJsLoader;
  /** Called with 0…1 as the pages are read. */
  onProgress?: (fraction: number) => void;
  /** Most pages read (default 2,000). */
  maxPdfPages?: number;
  /** Longest a read may take, in seconds (default 60). */
  maxPdfSeconds?: number;
}

export const DEFAULT_MAX_PDF_PAGES = 2000;
export const DEFAULT_MAX_PDF_SECONDS = 60;

/** The work `start` begins, or the refusal once `deadline` (a Date.now() time) has passed, whichever is first. */
async function before<T>(deadline: number, start: () => Promise<T>, refusal: () => ConcordError): Promise<T> {
  // Checked first as well: where pdf.js runs in this thread, its work may never yield to a timer.
  if (Date.now() >= deadline) throw refusal();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(refusal()), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([start(), late]);
  } finally {
    clearTimeout(timer);
  }
}

function hasText(bytes: Uint8Array, text: string, from: number): boolean {
  const needle = new TextEncoder().encode(text);
  outer: for (let i = Math.max(0, from); i <= bytes.length - needle.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
}

function isBoldFont(page: PdfPage): (fontName: string) => boolean {
  return (fontName) => {
    const objects = page.commonObjs;
    if (!objects?.has(fontName)) return false;
    const font = objects.get(fontName);
    return typeof font === 'object' && font !== null && 'bold' in font && font.bold === true;
  };
}

function titleOf(info: unknown): string | undefined {
  if (typeof info !== 'object' || info === null || !('Title' in info) || typeof info.Title !== 'string') return undefined;
  const title = info.Title.replace(/\s+/g, ' ').trim();
  // Producers often put the file name or "Untitled" there; those are no title.
  return title === '' || /^untitled|\.(pdf|docx?|odt|txt)$/i.test(title) ? undefined : title;
}

export async function readPdf(bytes: Uint8Array, fileName: string, options: PdfReadOptions): Promise<PdfContent> {
  const { pdfjs: loadPdfJs, onProgress } = options;
  const maxPages = options.maxPdfPages ?? DEFAULT_MAX_PDF_PAGES;
  const seconds = options.maxPdfSeconds ?? DEFAULT_MAX_PDF_SECONDS;
  const deadline = Date.now() + seconds * 1000;
  const tooSlow = (): ConcordError => new ConcordError('import.pdf-too-slow', { fileName, seconds });
  if (!hasText(bytes.subarray(0, 1024), '%PDF-', 0)) {
    throw new ConcordError('import.not-pdf', { fileName });
  }
  if (!hasText(bytes, '%%EOF', bytes.length - 2048)) {
    throw new ConcordError('import.truncated', { fileName });
  }
  if (!loadPdfJs) throw new ConcordError('import.pdf-unavailable', { fileName });
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  try {
    let document: Awaited<typeof task.promise>;
    try {
      document = await before(deadline, () => task.promise, tooSlow);
    } catch (error) {
      if (errorName(error) === 'PasswordException') {
        throw new ConcordError('import.pdf-encrypted', { fileName });
      }
      if (error instanceof ConcordError) throw error;
      throw new ConcordError('import.corrupt.pdf', { fileName, reason: errorReason(error) });
    }
    if (document.numPages > maxPages) {
      throw new ConcordError('import.pdf-too-many-pages', { fileName, pages: document.numPages.toLocaleString('en'), max: maxPages.toLocaleString('en') });
    }
    const read: { page: PdfPage; items: PdfTextItem[] }[] = [];
    for (let n = 1; n <= document.numPages; n += 1) {
      const page = await before(deadline, () => document.getPage(n), tooSlow);
      read.push({ page, items: (await before(deadline, () => page.getTextContent(), tooSlow)).items.filter(isTextItem) });
      onProgress?.((0.7 * n) / document.numPages);
    }
    // Whether a font is bold is known once a page's drawing has been parsed, which costs as much again as
    // reading its text: worth it only where the document uses more than one font.
    const fonts = new Set(read.flatMap(({ items }) => items.map((item) => item.fontName)));
    const pages: PdfLine[][] = [];
    for (const [i, { page, items }] of read.entries()) {
      const operators = page.getOperatorList?.bind(page);
      if (fonts.size > 1 && items.length > 0 && operators) await before(deadline, operators, tooSlow);
      pages.push(pageLines(items, isBoldFont(page)));
      page.cleanup?.();
      onProgress?.(0.7 + (0.3 * (i + 1)) / read.length);
    }
    const characters = pages.flat().reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0);
    if (characters === 0) {
      throw new ConcordError('import.pdf-no-text', { fileName });
    }
    const title = titleOf((await document.getMetadata?.())?.info);
    return { blocks: pdfBlocks(pages), ...(title === undefined ? {} : { title }) };
  } finally {
    await task.destroy();
  }
}
