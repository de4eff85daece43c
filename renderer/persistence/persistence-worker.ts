/**
 * A Web Worker that keeps a workspace's local copy in IndexedDB (y-indexeddb's store) off the typing thread.
 * Each update the page makes or receives is written as it comes, its bytes exactly as sent — so nothing
 * depends on this worker being able to read it — and applied to a replica of the page's Y.Doc. Every 500
 * updates, once a second passes without one, the log is folded into one snapshot of the replica: y-indexeddb
 * does that by encoding the whole document, 0.2 to 0.4 s for a 5,000-block draft, which here never blocks
 * the window. A replica that cannot take an update (a hostile document nested deeper than a worker's stack)
 * stops folding; the log keeps every update, and the page's own snapshot (compact) replaces it.
 * Requests are taken strictly in the order they were sent.
 */
import * as idb from 'lib0/indexeddb';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { newWorkspaceDoc } from '../../src/workspace/doc.ts';
import { isPersistRequest, type PersistReply, type PersistRequest } from './protocol.ts';

const UPDATES = 'updates';
const FOLD_EVERY = 500;
const FOLD_AFTER_IDLE_MS = 1000;

let doc: Y.Doc | undefined;
let persistence: IndexeddbPersistence | undefined;
/** False once the replica failed to take an update: it no longer matches the log. */
let replicaSound = true;
let sinceFold = 0;
let foldTimer: ReturnType<typeof setTimeout> | undefined;
let queue: Promise<void> = Promise.resolve();

function reply(message: PersistReply, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

function enqueue(work: () => Promise<void>): void {
  queue = queue.then(work).catch((error: unknown) => console.error('The local copy could not be updated:', error));
}

/** An IndexedDB request as a promise. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused the request'));
  });
}

/** Add `update` to the log as y-indexeddb stores one (a Uint8Array under the next key); resolves to its key. */
function append(store: IDBObjectStore, update: Uint8Array): Promise<IDBValidKey> {
  return done(store.add(update));
}

function openStore(): IDBObjectStore {
  if (!persistence?.db) throw new Error('the local copy is not open');
  const [store] = idb.transact(persistence.db, [UPDATES]);
  if (!store) throw new Error('the local copy has no store of updates');
  return store;
}

/** Replace the log by one snapshot: written first, then every entry before it deleted. */
async function writeSnapshot(state: Uint8Array): Promise<void> {
  const store = openStore();
  const key = await append(store, state);
  await done(store.delete(IDBKeyRange.upperBound(key, true)));
  sinceFold = 0;
}

function applyToReplica(update: Uint8Array): void {
  if (!doc || !replicaSound) return;
  try {
    Y.applyUpdate(doc, update, persistence);
  } catch {
    replicaSound = false;
  }
}

async function keep(update: Uint8Array): Promise<void> {
  await append(openStore(), update);
  applyToReplica(update);
  sinceFold += 1;
  if (sinceFold < FOLD_EVERY || !replicaSound) return;
  if (foldTimer !== undefined) clearTimeout(foldTimer);
  foldTimer = setTimeout(() => {
    foldTimer = undefined;
    enqueue(async () => {
      if (doc && replicaSound) await writeSnapshot(Y.encodeStateAsUpdate(doc));
    });
  }, FOLD_AFTER_IDLE_MS);
}

async function handle(request: PersistRequest): Promise<void> {
  switch (request.kind) {
    case 'open': {
      doc = newWorkspaceDoc();
      persistence = new IndexeddbPersistence(request.name, doc);
      await persistence.whenSynced;
      const state = Y.encodeStateAsUpdate(doc);
      return reply({ kind: 'loaded', state }, [state.buffer]);
    }
    case 'update':
      return keep(request.update);
    default:
      try {
        if (!persistence || !doc) throw new Error('the local copy is not open');
        if (request.kind === 'compact') {
          await writeSnapshot(request.state);
          // A fresh replica from the page's snapshot (the old one stays with y-indexeddb, which closes the
          // database when its document is destroyed).
          doc = newWorkspaceDoc();
          replicaSound = true;
          applyToReplica(request.state);
        } else {
          if (foldTimer !== undefined) clearTimeout(foldTimer);
          await (request.kind === 'clear' ? persistence.clearData() : persistence.destroy());
          doc.destroy();
        }
        reply({ kind: 'done', id: request.id });
      } catch (error) {
        reply({ kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
      }
  }
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (isPersistRequest(request)) enqueue(() => handle(request));
});
