/**
 * A Web Worker for the heavy document work, so a long document never freezes the window and the readers and
 * pdf.js ship once: it reads documents to import ({ fileName, bytes } or pasted { text }, answering with
 * progress messages and then the draft) and finds where a printed PDF's headings landed ({ pdf, anchors },
 * answering with the pages), or answers with the error (a ConcordError as it is; any other failure as its
 * cause, for the page to say in its language what could not be read).
 */
import { anchorPages, type DestinationPdfJs } from '../../src/export/page-numbers.ts';
import { draftFromText, readImportDraft, type PdfJs } from '../../src/import/index.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import type { DocumentReply, DocumentRequest } from './protocol.ts';

/**
 * pdf.js, run inside this worker: loading its worker module here sets globalThis.pdfjsWorker, which pdf.js
 * then uses in this thread instead of starting a worker of its own.
 */
async function loadPdfJs(): Promise<PdfJs & DestinationPdfJs> {
  const [pdfjs] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs')]);
  return pdfjs;
}

type Reply = DocumentReply extends infer R ? (R extends DocumentReply ? Omit<R, 'concordDocument'> : never) : never;

function reply(message: Reply): void {
  postMessage({ ...message, concordDocument: true });
}

function answer(request: DocumentRequest): Promise<Reply> {
  if ('pdf' in request) return anchorPages(request.pdf, request.anchors, loadPdfJs).then((pages) => ({ kind: 'pages', pages: [...pages] }));
  const reading = 'text' in request ? draftFromText(request.text) : readImportDraft(request, { pdfjs: loadPdfJs, onProgress: (fraction) => reply({ kind: 'progress', fraction }) });
  return reading.then((draft) => ({ kind: 'draft', draft }));
}

addEventListener('message', (event: MessageEvent<DocumentRequest>) => {
  const request = event.data;
  answer(request).then(reply, (error: unknown) =>
    reply(
      error instanceof ConcordError
        ? { kind: 'error', key: error.key, params: error.params }
        : { kind: 'unreadable', cause: error instanceof Error ? error.message : String(error) },
    ),
  );
});
