/**
 * pdf.js under Node 22, for reading PDFs to import and for numbering a printed PDF's contents: the legacy
 * build (the main one needs Promise.try, which Node 22 lacks); its worker runs in-process.
 */
import { anchorPages, type AnchorPageReader, type DestinationPdfJs } from '../src/export/page-numbers.ts';
import type { PdfJs } from '../src/import/index.ts';

export const nodePdfJs = (): Promise<PdfJs & DestinationPdfJs> => import('pdfjs-dist/legacy/build/pdf.mjs');

/** Where a printed PDF's headings landed, read by Node's pdf.js. */
export const nodeAnchorPages: AnchorPageReader = (pdf, anchors) => anchorPages(pdf, anchors, nodePdfJs);
