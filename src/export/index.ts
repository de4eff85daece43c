/**
 * Exporting the constitution: one entry point for the app's Export menu and the CLI.
 *
 *   const file = await exportConstitution(doc, { format: 'pdf', mode: 'ratified', provenance: true,
 *                                                print, pagesOf, onProgress });
 *   // file.bytes, file.mimeType, file.extension
 *
 * PDF needs the platform's `print` (HTML → PDF with preferCSSPageSize: Electron's printToPDF, Playwright's
 * page.pdf, the CLI's headless Chromium) and, for page numbers in the contents, `pagesOf` (pdf.js reading where
 * each heading landed: see page-numbers.ts). The web build,
 * which has no such `print`, opens `renderHtml(buildExportModel(doc, options))` and calls the browser's print.
 */
import type * as Y from 'yjs';
import { fileStem } from '../file/file-name.ts';
import { ConcordError } from '../workspace/errors.ts';
import { renderAkomaNtoso } from './akoma-ntoso.ts';
import { buildExportModel, type ExportOptions } from './build-model.ts';
import { renderDocx } from './docx.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { exportPdf, type PdfStep, type PrintHtml } from './pdf.ts';
import type { AnchorPageReader } from './page-numbers.ts';
import { workspaceRecord } from './workspace-facts.ts';

export { buildExportModel, type ExportOptions } from './build-model.ts';
export { renderHtml } from './html.ts';
export type { ExportModel, ExportMode } from './model.ts';
export type { PdfStep, PrintHtml } from './pdf.ts';

export const EXPORT_FORMATS = ['pdf', 'docx', 'md', 'html', 'akn', 'record'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** What each format is, for menus and save dialogs. */
export const FORMAT_INFO: Readonly<Record<ExportFormat, { name: string; extension: string; mimeType: string }>> = {
  pdf: { name: 'PDF', extension: 'pdf', mimeType: 'application/pdf' },
  docx: { name: 'Word document', extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  md: { name: 'Markdown', extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
  html: { name: 'Web page (HTML)', extension: 'html', mimeType: 'text/html; charset=utf-8' },
  akn: { name: 'Akoma Ntoso XML', extension: 'akn.xml', mimeType: 'application/akn+xml' },
  record: { name: 'Signed ratification record (JSON)', extension: 'record.json', mimeType: 'application/json' },
};

export interface ExportRequest extends ExportOptions {
  format: ExportFormat;
  /** HTML → PDF; required for PDF. */
  print?: PrintHtml;
  /** Where a printed PDF's headings landed, to put page numbers in its table of contents. */
  pagesOf?: AnchorPageReader;
  onProgress?: (step: PdfStep) => void;
}

export interface ExportFile {
  bytes: Uint8Array;
  mimeType: string;
  extension: string;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export async function exportConstitution(doc: Y.Doc, request: ExportRequest): Promise<ExportFile> {
  const info = FORMAT_INFO[request.format];
  const file = (bytes: Uint8Array): ExportFile => ({ bytes, mimeType: info.mimeType, extension: info.extension });
  if (request.format === 'record') {
    const record = workspaceRecord(doc);
    if (!record) throw new ConcordError('export.no-final-motion');
    return file(utf8(`${JSON.stringify(record, null, 2)}\n`));
  }
  const model = buildExportModel(doc, request);
  switch (request.format) {
    case 'pdf': {
      const print = request.print;
      if (!print) throw new ConcordError('export.no-printer');
      return file(await exportPdf(model, { print, pagesOf: request.pagesOf, onProgress: request.onProgress }));
    }
    case 'docx':
      return file(await renderDocx(model));
    case 'md':
      return file(utf8(renderMarkdown(model)));
    case 'html':
      return file(utf8(renderHtml(model)));
    case 'akn':
      return file(utf8(renderAkomaNtoso(model)));
  }
}

/** "Coalición Popular — Союз" → "Coalicion-Popular-Союз.pdf": a file name for the save dialog. */
export function suggestedFileName(coalition: string, format: ExportFormat): string {
  return `${fileStem(coalition, 'coalition')}-constitution.${FORMAT_INFO[format].extension}`;
}
