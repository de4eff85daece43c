/**
 * The PDF export: print HTML (html.ts) printed by a Chromium the platform provides — Electron's
 * webContents.printToPDF, Playwright's page.pdf, the CLI's headless Chromium. The table of contents gets
 * its page numbers in a second printing: print once, read where each heading landed (page-numbers.ts),
 * write the numbers in and print again (the contents keep their size, so nothing moves; if something did,
 * one more round settles it).
 */
import { contentsOf } from './contents.ts';
import { renderHtml } from './html.ts';
import type { ExportModel } from './model.ts';
import { samePages, type AnchorPageReader } from './page-numbers.ts';
import { wordsFor } from './wording.ts';

/** Print a whole HTML document to PDF bytes, with `preferCSSPageSize` (page size and margins come from CSS). */
export type PrintHtml = (html: string) => Promise<Uint8Array>;

export type PdfStep = 'laying out' | 'printing' | 'numbering pages' | 'printing with page numbers';

export interface PdfOptions {
  print: PrintHtml;
  /** Where the headings landed, to number the table of contents; without it the contents have no page numbers and one printing is done. */
  pagesOf?: AnchorPageReader;
  onProgress?: (step: PdfStep) => void;
}

const MAX_ROUNDS = 3;

export async function exportPdf(model: ExportModel, options: PdfOptions): Promise<Uint8Array> {
  const progress = options.onProgress ?? (() => undefined);
  progress('laying out');
  const first = renderHtml(model);
  progress('printing');
  let pdf = await options.print(first);
  if (!options.pagesOf) return pdf;
  const anchors = contentsOf(wordsFor(model.language), model).map((entry) => entry.anchor);
  progress('numbering pages');
  let pages = await options.pagesOf(pdf, anchors);
  for (let round = 1; round < MAX_ROUNDS; round += 1) {
    progress('printing with page numbers');
    pdf = await options.print(renderHtml(model, { pageNumbers: pages }));
    const landed = await options.pagesOf(pdf, anchors);
    if (samePages(landed, pages)) break;
    pages = landed;
  }
  return pdf;
}
