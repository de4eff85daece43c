/** The messages between the page and the document worker (document-worker.ts). */
import type { ImportDraft } from '../../src/import/draft.ts';
import type { ErrorKey, ErrorParams } from '../../src/workspace/errors.ts';

/**
 * A file to read or pasted text to split (the readers live in the worker only, so the page never loads them),
 * or a printed PDF and the anchors whose pages to find (pdf.js lives there too, so it ships once).
 */
export type DocumentRequest = { fileName: string; bytes: Uint8Array } | { text: string } | { pdf: Uint8Array; anchors: readonly string[] };

/** Replies carry `concordDocument: true`: pdf.js, running in this worker, posts messages of its own to the page. */
export type DocumentReply = { concordDocument: true } & (
  | { kind: 'progress'; fraction: number }
  | { kind: 'draft'; draft: ImportDraft }
  | { kind: 'pages'; pages: [string, number][] }
  | { kind: 'error'; key: ErrorKey; params: ErrorParams }
  | { kind: 'unreadable'; cause: string }
);

export function isDocumentReply(value: unknown): value is DocumentReply {
  if (typeof value !== 'object' || value === null) return false;
  const reply: { concordDocument?: unknown; kind?: unknown } = value;
  return reply.concordDocument === true && (reply.kind === 'progress' || reply.kind === 'draft' || reply.kind === 'pages' || reply.kind === 'error' || reply.kind === 'unreadable');
}
