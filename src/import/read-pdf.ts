/**
 * PDF → blocks through pdf.js (given by the caller, see pdf-types.ts): opens the document, reads each page's
 * text with the fonts' boldness, and hands the lines to pdf-layout.ts. Says clearly when a PDF is protected
 * by a password, damaged, cut short, or has no text layer at all (a scan, which needs OCR first).
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

export async function readPdf(bytes: Uint8Array, fileName: string, loadPdfJs: PdfJsLoader | undefined, onProgress?: (fraction: number) => void): Promise<PdfContent> {
  if (!hasText(bytes.subarray(0, 1024), '%PDF-', 0)) {
    throw new ConcordError(`${fileName} is not a PDF file: its contents are not in the PDF format (the file may be damaged or misnamed).`, 'import.not-pdf');
  }
  if (!hasText(bytes, '%%EOF', bytes.length - 2048)) {
    throw new ConcordError(`${fileName} is incomplete: the file is cut short, perhaps by an interrupted download or copy. Get a complete copy and import it again.`, 'import.truncated');
  }
  if (!loadPdfJs) throw new ConcordError(`${fileName}: PDF import is not available here (no PDF reader was provided).`, 'import.pdf-unavailable');
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      if (errorName(error) === 'PasswordException') {
        throw new ConcordError(
          `${fileName} is protected by a password. Open it with the password and save or print it as a new PDF without one, then import that copy.`,
          'import.pdf-encrypted',
        );
      }
        throw new ConcordError(`${fileName} is damaged and cannot be read as a PDF (${errorReason(error)}).`, 'import.corrupt');
    }
    const read: { page: PdfPage; items: PdfTextItem[] }[] = [];
    for (let n = 1; n <= document.numPages; n += 1) {
      const page = await document.getPage(n);
      read.push({ page, items: (await page.getTextContent()).items.filter(isTextItem) });
      onProgress?.((0.7 * n) / document.numPages);
    }
    // Whether a font is bold is known once a page's drawing has been parsed, which costs as much again as
    // reading its text: worth it only where the document uses more than one font.
    const fonts = new Set(read.flatMap(({ items }) => items.map((item) => item.fontName)));
    const pages: PdfLine[][] = [];
    for (const [i, { page, items }] of read.entries()) {
      if (fonts.size > 1 && items.length > 0 && page.getOperatorList) await page.getOperatorList();
      pages.push(pageLines(items, isBoldFont(page)));
      page.cleanup?.();
      onProgress?.(0.7 + (0.3 * (i + 1)) / read.length);
    }
    const characters = pages.flat().reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0);
    if (characters === 0) {
      throw new ConcordError(
        `${fileName} has no text layer: it is probably a scanned image. Run it through OCR (text recognition) first, for example with OCRmyPDF or your scanner's software, and import the result.`,
        'import.pdf-no-text',
      );
    }
    const title = titleOf((await document.getMetadata?.())?.info);
    return { blocks: pdfBlocks(pages), ...(title === undefined ? {} : { title }) };
  } finally {
    await task.destroy();
  }
}
