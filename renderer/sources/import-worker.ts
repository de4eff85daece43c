/**
 * A Web Worker that reads documents to import, so a long document never freezes the window: the page sends
 * { fileName, bytes } (or { text } pasted), the worker answers with progress messages and then the draft, or the error.
 */
import { draftFromText, readImportDraft, type PdfJs } from '../../src/import/index.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import type { ReadReply, ReadRequest } from './import-protocol.ts';

/**
 * pdf.js, run inside this worker: loading its worker module here sets globalThis.pdfjsWorker, which pdf.js
 * then uses in this thread instead of starting a worker of its own.
 */
async function loadPdfJs(): Promise<PdfJs> {
  const [pdfjs] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs')]);
  return pdfjs;
}

type Reply = ReadReply extends infer R ? (R extends ReadReply ? Omit<R, 'concordImport'> : never) : never;

function reply(message: Reply): void {
  postMessage({ ...message, concordImport: true });
}

addEventListener('message', (event: MessageEvent<ReadRequest>) => {
  const request = event.data;
  const fileName = 'text' in request ? 'The pasted text' : request.fileName;
  const reading =
    'text' in request
      ? draftFromText(request.text)
      : readImportDraft(request, { pdfjs: loadPdfJs, onProgress: (fraction) => reply({ kind: 'progress', fraction }) });
  reading.then(
    (draft) => reply({ kind: 'draft', draft }),
    (error: unknown) =>
      reply(
        error instanceof ConcordError
          ? { kind: 'error', message: error.message, code: error.code }
          : { kind: 'error', message: `${fileName} could not be read (${error instanceof Error ? error.message : String(error)}).`, code: 'import.corrupt' },
      ),
  );
});
