/**
 * Counting the local changes the sync server has not yet confirmed ("3 changes not yet on the server").
 *
 * Every local transaction (any origin but the provider's) is remembered by what it added — a clock range
 * per client — and what it deleted. The standard y-websocket protocol has no acknowledgement, but it says
 * enough: the server's sync step 1 carries its whole state vector, and the server relays every update it
 * takes in to all its connections, the sender included (the stock server does too, so this works with any
 * y-websocket server). A change counts as confirmed once the server's state vector covers what it added
 * and the deletions the server has announced cover what it deleted. Feed `receive` every frame the server
 * sends; `attachToProvider` does that for a y-websocket WebsocketProvider.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

interface DeletedRange {
  client: number;
  clock: number;
  end: number;
}

interface LocalChange {
  /** client → clock just past the last struct this change added for it. */
  added: Map<number, number>;
  /** Deletions not yet seen from the server. */
  deleted: DeletedRange[];
}

export interface PendingChanges {
  /** Local changes (transactions) the server has not confirmed yet. */
  readonly count: number;
  /** Read one frame the server sent (a y-websocket message). Frames it does not understand are ignored. */
  receive(frame: Uint8Array): void;
  /** Called with the new count whenever it changes; returns a function that stops the calls. */
  onChange(listener: (count: number) => void): () => void;
  destroy(): void;
}

const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;

function subtract(ranges: DeletedRange[], client: number, clock: number, len: number): DeletedRange[] {
  const end = clock + len;
  const out: DeletedRange[] = [];
  for (const range of ranges) {
    if (range.client !== client || range.end <= clock || range.clock >= end) {
      out.push(range);
      continue;
    }
    if (range.clock < clock) out.push({ client, clock: range.clock, end: clock });
    if (range.end > end) out.push({ client, clock: end, end: range.end });
  }
  return out;
}

/**
 * Track `doc`'s unconfirmed local changes. `isRemote(origin)` tells the transactions that came from the
 * server (for y-websocket: `origin === provider`) from local ones.
 */
export function trackPendingChanges(doc: Y.Doc, isRemote: (origin: unknown) => boolean): PendingChanges {
  let pending: LocalChange[] = [];
  const serverState = new Map<number, number>();
  const listeners = new Set<(count: number) => void>();

  const confirmed = (change: LocalChange): boolean => change.deleted.length === 0 && [...change.added].every(([client, end]) => (serverState.get(client) ?? 0) >= end);

  const settle = (): void => {
    const before = pending.length;
    pending = pending.filter((change) => !confirmed(change));
    if (pending.length !== before) for (const listener of listeners) listener(pending.length);
  };

  const onTransaction = (transaction: Y.Transaction): void => {
    if (isRemote(transaction.origin)) return;
    const added = new Map<number, number>();
    for (const [client, after] of transaction.afterState) {
      if (after > (transaction.beforeState.get(client) ?? 0)) added.set(client, after);
    }
    const deleted: DeletedRange[] = [];
    for (const [client, items] of transaction.deleteSet.clients) {
      for (const item of items) deleted.push({ client, clock: item.clock, end: item.clock + item.len });
    }
    if (added.size === 0 && deleted.length === 0) return;
    pending.push({ added, deleted });
    for (const listener of listeners) listener(pending.length);
  };
  doc.on('afterTransaction', onTransaction);

  const learnState = (state: Map<number, number>): void => {
    for (const [client, clock] of state) if (clock > (serverState.get(client) ?? 0)) serverState.set(client, clock);
  };

  const learnUpdate = (update: Uint8Array): void => {
    const { structs, ds } = Y.decodeUpdate(update);
    // An echoed update holds a client's structs from some clock on (not from 0, which is all that
    // encodeStateVectorFromUpdate counts): extend what the server has wherever the update continues it.
    for (const struct of structs) {
      if (struct instanceof Y.Skip) continue;
      const { client, clock } = struct.id;
      const known = serverState.get(client) ?? 0;
      if (clock <= known && clock + struct.length > known) serverState.set(client, clock + struct.length);
    }
    if (pending.some((change) => change.deleted.length > 0)) {
      for (const change of pending) {
        for (const [client, items] of ds.clients) {
          for (const item of items) change.deleted = subtract(change.deleted, client, item.clock, item.len);
        }
      }
    }
  };

  return {
    get count() {
      return pending.length;
    },
    receive(frame) {
      try {
        const decoder = decoding.createDecoder(frame);
        if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === SYNC_STEP_1) learnState(Y.decodeStateVector(payload));
        else learnUpdate(payload);
      } catch {
        return; // Not ours to judge: the provider reports broken frames.
      }
      settle();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      doc.off('afterTransaction', onTransaction);
      listeners.clear();
    },
  };
}

/** The part of y-websocket's WebsocketProvider that `attachToProvider` uses. */
export interface ProviderLike {
  ws: { addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void } | null;
  on(name: 'status', listener: (event: { status: string }) => void): void;
  off(name: 'status', listener: (event: { status: string }) => void): void;
}

/** Feed every frame `provider` receives from its server to `changes`; returns a function that stops it. */
export function attachToProvider(provider: ProviderLike, changes: PendingChanges): () => void {
  let stopped = false;
  let watched: unknown = null;
  const onMessage = (event: { data: unknown }): void => {
    if (!stopped && event.data instanceof ArrayBuffer) changes.receive(new Uint8Array(event.data));
  };
  // y-websocket creates each socket just before it emits "connecting", so no frame can be missed.
  const watch = (): void => {
    const ws = provider.ws;
    if (ws === null || ws === watched) return;
    watched = ws;
    ws.addEventListener('message', onMessage);
  };
  watch();
  provider.on('status', watch);
  return () => {
    stopped = true;
    provider.off('status', watch);
  };
}
