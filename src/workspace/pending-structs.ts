/**
 * Changes waiting for history nobody has. Yjs keeps a struct whose dependencies are missing as "pending"
 * and puts it into every update it encodes from then on, so one such struct from a hostile peer would
 * travel into every sync reply and every saved copy. Readers of files drop them (and say so); the sync
 * server refuses any update that would leave some.
 */
import type * as Y from 'yjs';

/** Whether `doc` holds changes that wait for missing history. */
export function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/** Forget the changes that wait for missing history; returns whether there were any. */
export function dropPending(doc: Y.Doc): boolean {
  const had = hasPending(doc);
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  return had;
}
