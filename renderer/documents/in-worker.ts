/**
 * The page's side of the document worker (document-worker.ts): one worker per request, so the window stays
 * responsive (and shows progress) while a document is read or a printed PDF's pages are found.
 */
import type { AnchorPageReader } from '../../src/export/page-numbers.ts';
import type { ImportDraft } from '../../src/import/draft.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { ConcordError, isErrorKey } from '../../src/workspace/errors.ts';
import { isDocumentReply, type DocumentReply, type DocumentRequest } from './protocol.ts';

type Answer = Exclude<DocumentReply, { kind: 'progress' } | { kind: 'error' } | { kind: 'unreadable' }>;

/** The error when the worker could not read a document: the subject is named in the page's language. */
function unreadable(subject: string, cause: string): ConcordError {
  return new ConcordError('import.corrupt.worker', { subject, reason: cause });
}

function inWorker(request: DocumentRequest, subject: string, onProgress: (fraction: number) => void): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./document-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const reply = event.data;
      if (!isDocumentReply(reply)) return;
      if (reply.kind === 'progress') return onProgress(reply.fraction);
      worker.terminate();
      if (reply.kind === 'error') reject(new ConcordError(isErrorKey(reply.key) ? reply.key : 'import.corrupt.worker', reply.params));
      else if (reply.kind === 'unreadable') reject(unreadable(subject, reply.cause));
      else resolve(reply);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(unreadable(subject, event.message || i18n.t('editor:documents.readerStopped')));
    });
    worker.postMessage(request);
  });
}

const draftOf = (answer: Answer): ImportDraft => {
  if (answer.kind !== 'draft') throw new ConcordError('import.corrupt.not-draft');
  return answer.draft;
};

export function readDraft(fileName: string, bytes: Uint8Array, onProgress: (fraction: number) => void): Promise<ImportDraft> {
  return inWorker({ fileName, bytes }, fileName, onProgress).then(draftOf);
}

/** Pasted text, split up by the same worker (the readers are loaded there only). */
export function readPastedText(text: string): Promise<ImportDraft> {
  return inWorker({ text }, i18n.t('editor:documents.pastedText'), () => undefined).then(draftOf);
}

/** The page each heading anchor landed on in a printed PDF, found by pdf.js in the worker. */
export const anchorPagesInWorker: AnchorPageReader = (pdf, anchors) =>
  inWorker({ pdf, anchors }, i18n.t('editor:documents.printedPdf'), () => undefined).then((answer) => {
    if (answer.kind !== 'pages') throw new ConcordError('import.corrupt.not-pages');
    return new Map(answer.pages);
  });
