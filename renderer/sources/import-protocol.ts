/** The messages between the page and the import worker (import-worker.ts). */
import type { ImportDraft } from '../../src/import/draft.ts';

/** A file to read, or pasted text: the readers live in the worker only, so the page never loads them. */
export type ReadRequest = { fileName: string; bytes: Uint8Array } | { text: string };

/** Replies carry `concordImport: true`: pdf.js, running in this worker, posts messages of its own to the page. */
export type ReadReply = { concordImport: true } & (
  | { kind: 'progress'; fraction: number }
  | { kind: 'draft'; draft: ImportDraft }
  | { kind: 'error'; message: string; code: string }
);

export function isReadReply(value: unknown): value is ReadReply {
  if (typeof value !== 'object' || value === null) return false;
  const reply: { concordImport?: unknown; kind?: unknown } = value;
  return reply.concordImport === true && (reply.kind === 'progress' || reply.kind === 'draft' || reply.kind === 'error');
}
