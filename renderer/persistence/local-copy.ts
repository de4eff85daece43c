/**
 * A workspace's copy on this computer, kept by the persistence worker (persistence-worker.ts): the page
 * sends it every update of the Y.Doc — local edits and what a meeting's server sends alike — and loads
 * the document from it once, when the workspace opens. The page only posts small messages; encoding and
 * writing the document happens in the worker.
 */
import type * as Y from 'yjs';
import { applyUpdate } from 'yjs';
import { ConcordError } from '../../src/workspace/errors.ts';
import { isPersistReply, type PersistRequest } from './protocol.ts';

export class LocalCopy {
  /** Resolves once the document holds what this computer had kept. */
  readonly whenSynced: Promise<void>;
  private readonly worker: Worker;
  private readonly doc: Y.Doc;
  private readonly pending = new Map<number, { resolve(): void; reject(error: Error): void }>();
  private next = 0;

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
        else call?.reject(new ConcordError(`This computer’s copy of the workspace could not be updated: ${reply.message}.`, 'storage.failed'));
      });
      this.worker.addEventListener('error', (event) => reject(new ConcordError(`This computer’s copy of the workspace could not be opened (${event.message || 'its worker stopped'}).`, 'storage.failed')));
    });
    doc.on('update', this.keep);
    this.send({ kind: 'open', name });
  }

  /** Fold the log of changes into one snapshot now. */
  compact(): Promise<void> {
    return this.call('compact');
  }

  /** Stop keeping changes and close the copy (every change sent before is written first). */
  async destroy(): Promise<void> {
    this.doc.off('update', this.keep);
    await this.call('close');
    this.worker.terminate();
  }

  /** Delete this computer's copy. */
  async clearData(): Promise<void> {
    this.doc.off('update', this.keep);
    await this.call('clear');
    this.worker.terminate();
  }

  private readonly keep = (update: Uint8Array, origin: unknown): void => {
    if (origin !== this) this.send({ kind: 'update', update });
  };

  private call(kind: 'compact' | 'clear' | 'close'): Promise<void> {
    const id = (this.next += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ kind, id });
    });
  }

  private send(request: PersistRequest): void {
    this.worker.postMessage(request);
  }
}
