/**
 * The part of pdf.js (pdfjs-dist) the PDF reader uses, as a small interface the caller provides, so that the
 * core never imports pdf.js itself: each platform loads the build that suits it and sets up its worker.
 *
 *   Node (CLI, tests):  () => import('pdfjs-dist/legacy/build/pdf.mjs')   — the main build needs Promise.try,
 *                       which Node 22 lacks; pdf.js runs its worker in-process there.
 *   Browser/Electron:   async () => { const pdfjs = await import('pdfjs-dist');
 *                         pdfjs.GlobalWorkerOptions.workerSrc = workerUrl; return pdfjs; }
 *                       with `import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'` (Vite).
 */

export interface PdfTextItem {
  str: string;
  /** [scaleX, skewY, skewX, scaleY, x, y] in PDF points. */
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL?: boolean;
}

export interface PdfPage {
  getTextContent(): Promise<{ items: unknown[] }>;
  /** Parses the page's drawing; afterwards `commonObjs` holds its fonts, which say whether they are bold. */
  getOperatorList?(): Promise<unknown>;
  commonObjs?: { has(id: string): boolean; get(id: string): unknown };
  cleanup?(): unknown;
}

export interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  getMetadata?(): Promise<{ info: unknown }>;
}

export interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}

export interface PdfDocumentParameters {
  data: Uint8Array;
  /** 0: errors only, so that pdf.js does not write warnings to the console. */
  verbosity?: number;
  isEvalSupported?: boolean;
  disableFontFace?: boolean;
  useSystemFonts?: boolean;
  stopAtErrors?: boolean;
}

export interface PdfJs {
  getDocument(parameters: PdfDocumentParameters): PdfLoadingTask;
}

/** How the core gets pdf.js: called once per PDF read (module imports are cached by the platform). */
export type PdfJsLoader = () => Promise<PdfJs>;

export function isTextItem(value: unknown): value is PdfTextItem {
  if (typeof value !== 'object' || value === null) return false;
  const item: Partial<Record<keyof PdfTextItem, unknown>> = value;
  return typeof item.str === 'string' && Array.isArray(item.transform) && typeof item.width === 'number' && typeof item.fontName === 'string';
}
