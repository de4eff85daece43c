/**
 * A Web Worker that keeps a workspace's local copy in IndexedDB (y-indexeddb) off the typing thread: it holds
 * a replica of the page's Y.Doc, fed with every update the page makes or receives, and writes each one as it
 * comes. y-indexeddb folds its log of updates into one snapshot every 500 updates by encoding the whole
 * document — 0.2 to 0.4 s for a 5,000-block draft — which here never blocks the window. Requests are taken
 * strictly in the order they were sent.
 */
import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import * as Y from 'yjs';
import { newWorkspaceDoc } from '../../src/workspace/doc.ts';
import { isPersistRequest, type PersistReply, type PersistRequest } from './protocol.ts';

let doc: Y.Doc | undefined;
let persistence: IndexeddbPersistence | undefined;
let queue: Promise<void> = Promise.resolve();

function reply(message: PersistReply, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

async function handle(request: PersistRequest): Promise<void> {
  if (request.kind === 'open') {
    doc = newWorkspaceDoc();
    persistence = new IndexeddbPersistence(request.name, doc);
    await persistence.whenSynced;
    const state = Y.encodeStateAsUpdate(doc);
    return reply({ kind: 'loaded', state }, [state.buffer]);
  }
  if (request.kind === 'update') {
    if (doc) Y.applyUpdate(doc, request.update);
    return;
  }
  try {
    if (!persistence || !doc) throw new Error('the local copy is not open');
    if (request.kind === 'compact') await storeState(persistence, true);
    else if (request.kind === 'clear') await persistence.clearData();
    else await persistence.destroy();
    if (request.kind !== 'compact') doc.destroy();
    reply({ kind: 'done', id: request.id });
  } catch (error) {
    reply({ kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isPersistRequest(request)) return;
  queue = queue.then(() => handle(request));
});
