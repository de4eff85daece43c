/**
 * Reading a document to import in the app: the core's readImportDraft with pdf.js loaded the browser's way
 * (its worker bundled by Vite, and loaded only when a PDF is read).
 */
import { draftFromText, readImportDraft, type ImportDraft, type PdfJs } from '../../src/import/index.ts';

async function loadPdfJs(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

export function readDraft(fileName: string, bytes: Uint8Array, onProgress: (fraction: number) => void): Promise<ImportDraft> {
  return readImportDraft({ fileName, bytes }, { pdfjs: loadPdfJs, onProgress });
}

export function readPastedText(text: string): Promise<ImportDraft> {
  return draftFromText(text);
}
