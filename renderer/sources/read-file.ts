/**
 * Reading a document to import in the app: the core's readImportDraft with pdf.js loaded the browser's way
 * (its worker bundled by Vite). The import code is loaded on first use, so it does not slow the app's start.
 */
import type { ImportDraft, PdfJs } from '../../src/import/index.ts';

async function loadPdfJs(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

export async function readDraft(fileName: string, bytes: Uint8Array, onProgress: (fraction: number) => void): Promise<ImportDraft> {
  const { readImportDraft } = await import('../../src/import/index.ts');
  return readImportDraft({ fileName, bytes }, { pdfjs: loadPdfJs, onProgress });
}

export async function readPastedText(text: string): Promise<ImportDraft> {
  const { draftFromText } = await import('../../src/import/index.ts');
  return draftFromText(text);
}
