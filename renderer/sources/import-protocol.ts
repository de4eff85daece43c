/** The messages between the page and the import worker (import-worker.ts). */
import type { ImportDraft } from '../../src/import/index.ts';

export interface ReadRequest {
  fileName: string;
  bytes: Uint8Array;
}

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
