/**
 * A workspace's copy on this computer, kept by the persistence worker (persistence-worker.ts): the page
 * sends it every update of the Y.Doc — local edits and what a meeting's server sends alike — and loads
 * the document from it once, when the workspace opens. The page only posts small messages; writing, and
 * folding the log into snapshots, happens in the worker (a repair's snapshot is the page's own). Updates are
 * posted just after the task that made them (a keystroke's frame is not kept waiting for the post), in order,
 * and at once when the page is hidden or closed, and before any other request.
 */
import type * as Y from 'yjs';
import { applyUpdate, encodeStateAsUpdate } from 'yjs';
import { ConcordError } from '../../src/workspace/errors.ts';
import { isPersistReply, type PersistRequest } from './protocol.ts';

export class LocalCopy {
  /** Resolves once the document holds what this computer had kept. */
  readonly whenSynced: Promise<void>;
  private readonly worker: Worker;
  private readonly doc: Y.Doc;
  private readonly pending = new Map<number, { resolve(): void; reject(error: Error): void }>();
  private next = 0;
  /** Updates made in the current task, posted by `flush` right after it. */
  private readonly unsent: Uint8Array[] = [];

  constructor(name: string, doc: Y.Doc) {
    this.doc = doc;
    this.worker = new Worker(new URL('./persistence-worker.ts', import.meta.url), { type: 'module' });
    this.whenSynced = new Promise((resolve, reject) => {
      this.worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        const reply = event.data;
        if (!isPersistReply(reply)) return;
        if (reply.kind === 'loaded') {
          applyUpdate(doc, reply.state, this);
          return resolve();
        }
        const call = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (reply.kind === 'done') call?.resolve();
        else call?.reject(new ConcordError('storage.failed.update', { message: reply.message }));
      });
      this.worker.addEventListener('error', (event) => reject(new ConcordError('storage.failed.open', { reason: event.message || 'its worker stopped' })));
    });
    doc.on('update', this.keep);
    addEventListener('pagehide', this.flush);
    this.send({ kind: 'open', name });
  }

  /** Replace the log of changes by one snapshot of the document as this page has it (after a repair). */
  compact(): Promise<void> {
    const state = encodeStateAsUpdate(this.doc);
    return this.call((id) => ({ kind: 'compact', id, state }));
  }

  /** Stop keeping changes and close the copy (every change sent before is written first). */
  async destroy(): Promise<void> {
    this.doc.off('update', this.keep);
    removeEventListener('pagehide', this.flush);
    await this.call((id) => ({ kind: 'close', id }));
    this.worker.terminate();
  }

  /** Delete this computer's copy. */
  async clearData(): Promise<void> {
    this.doc.off('update', this.keep);
    removeEventListener('pagehide', this.flush);
    await this.call((id) => ({ kind: 'clear', id }));
    this.worker.terminate();
  }

  private readonly keep = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    if (this.unsent.push(update) === 1) setTimeout(this.flush, 0);
  };

  private readonly flush = (): void => {
    for (const update of this.unsent.splice(0)) this.send({ kind: 'update', update });
  };

  private call(request: (id: number) => PersistRequest): Promise<void> {
    this.flush();
    const id = (this.next += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send(request(id));
    });
  }

  private send(request: PersistRequest): void {
    this.worker.postMessage(request);
  }
}
