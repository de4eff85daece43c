/**
 * A Web Worker that reads documents to import, so a long document never freezes the window: the page sends
 * { fileName, bytes }, the worker answers with progress messages and then the draft, or the error.
 */
import { readImportDraft, type PdfJs } from '../../src/import/index.ts';
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
  const { fileName, bytes } = event.data;
  readImportDraft({ fileName, bytes }, { pdfjs: loadPdfJs, onProgress: (fraction) => reply({ kind: 'progress', fraction }) }).then(
    (draft) => reply({ kind: 'draft', draft }),
    (error: unknown) =>
      reply(
        error instanceof ConcordError
          ? { kind: 'error', message: error.message, code: error.code }
          : { kind: 'error', message: `${fileName} could not be read (${error instanceof Error ? error.message : String(error)}).`, code: 'import.corrupt' },
      ),
  );
});
