/**
 * Reading a document to import in the app: the core's readImportDraft runs in a Web Worker (see
 * import-worker.ts), one worker per file or pasted text, so the window stays responsive and shows progress while it reads.
 */
import type { ImportDraft } from '../../src/import/draft.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { isReadReply, type ReadRequest } from './import-protocol.ts';

export function readDraft(fileName: string, bytes: Uint8Array, onProgress: (fraction: number) => void): Promise<ImportDraft> {
  return inWorker({ fileName, bytes }, fileName, onProgress);
}

/** Pasted text, split up by the same worker (the readers are loaded there only). */
export function readPastedText(text: string): Promise<ImportDraft> {
  return inWorker({ text }, 'The pasted text', () => undefined);
}

function inWorker(request: ReadRequest, fileName: string, onProgress: (fraction: number) => void): Promise<ImportDraft> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const reply = event.data;
      if (!isReadReply(reply)) return;
      if (reply.kind === 'progress') return onProgress(reply.fraction);
      worker.terminate();
      if (reply.kind === 'draft') resolve(reply.draft);
      else reject(new ConcordError(reply.message, reply.code));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new ConcordError(`${fileName} could not be read (${event.message || 'the reader stopped'}).`, 'import.corrupt'));
    });
    worker.postMessage(request);
  });
}
