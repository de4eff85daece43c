/** pdf.js on the page (its worker bundled by Vite): reads where headings landed in a printed PDF. */
import type { DestinationPdfJs } from '../../src/export/page-numbers.ts';

export async function loadPagePdfJs(): Promise<DestinationPdfJs> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}
