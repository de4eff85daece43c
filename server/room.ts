/**
 * One room: a coalition workspace's shared document on the server, its presence (awareness) and the
 * peers connected to it, speaking the standard y-websocket protocol (y-protocols sync and awareness).
 *
 * Durable before relayed: an update a writer sends is applied to the room's document, and the update
 * Yjs emits for it is written to the store first and only then sent to the peers (the sender too: that
 * echo is how a client learns the server has its change). Every other frame derived from the document
 * (sync step 1 and step 2 replies) is computed at once but sent only after every write begun before it
 * has finished, so nothing a client receives can be lost by killing the server. Every update is checked
 * first (src/sync/update-check.ts): one of the wrong shape, deleting signed statements or depending on
 * changes nobody has is refused (dropped, and reported to the connection for its log), never stored or
 * relayed. Updates arriving while a write is in flight are
 * merged into the next write (group commit).
 *
 * Observers' document updates (sync step 2 and update messages) are dropped; their sync step 1 and
 * awareness messages are served like everyone else's.
 *
 * Budgets: a write that would take the room past its size quota is refused; presence (awareness) is
 * checked by server/presence.ts (size cap, each connection sets only the ids it owns); "query awareness"
 * frames are answered at most once per interval per peer, later ones coalesced into that one answer.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { newWorkspaceDoc } from '../src/workspace/doc.ts';
import { UpdateGate } from '../src/sync/update-check.ts';
import { dropPending } from '../src/workspace/pending-structs.ts';
import { CLOSE_WORKSPACE_FULL } from '../src/sync/token-check.ts';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';
import { Refused, type Peer } from './peer.ts';
import { checkPresence, type PresenceContext } from './presence.ts';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

/** Stored writes after which a room's log is compacted while it stays open. */
const COMPACT_AFTER_WRITES = 500;

/** Where a room's updates are written (RoomStore; a fake in tests). */
export interface UpdateLog {
  /** Resolves once the update is durable; rejects when it could not be written. */
  store(room: string, update: Uint8Array): Promise<void>;
  compact(room: string): Promise<void>;
}

/** The limits a room enforces. */
export type RoomLimits = Pick<Limits, 'maxRoomBytes' | 'maxPresenceBytes' | 'presenceIdsPerConnection' | 'presenceQueryIntervalMs'>;

/**
 * What a frame turned out to be: handled, a document update dropped because the peer may not write, or one
 * refused by the update check (why). A refused update is dropped without closing the connection: an honest
 * client whose update raced ahead of its re-sync after a restart sends it again in its sync step 2.
 */
export type Received = 'handled' | 'dropped-write' | 'ignored' | { refused: string };

export class MalformedFrame extends Error {
  override readonly name = 'MalformedFrame';
}

interface PresenceQueries {
  last: number;
  timer: ReturnType<typeof setTimeout> | null;
}

function syncFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function awarenessFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export class Room {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  /** Each peer with the awareness client ids it controls (removed when it leaves). */
  readonly peers = new Map<Peer, Set<number>>();
  private readonly store: UpdateLog;
  private readonly onFailure: (room: Room, error: unknown) => void;
  /** Resolves when every write begun so far has finished; never rejects. */
  private tail: Promise<void> = Promise.resolve();
  /** Updates waiting for the next write, and the promise of that write. */
  private batch: Uint8Array[] = [];
  private batchWritten: Promise<void> | null = null;
  private writesSinceCompaction = 0;
  private failed = false;
  /** Every peer's update is tried here first (see src/sync/update-check.ts). */
  private readonly gate: UpdateGate;
  private readonly limits: RoomLimits;
  /** The stored state's size at load plus every update accepted since (bounds document and store). */
  private bytes: number;
  private readonly queries = new Map<Peer, PresenceQueries>();

  constructor(name: string, persisted: Uint8Array, store: UpdateLog, onFailure: (room: Room, error: unknown) => void, limits: RoomLimits = DEFAULT_LIMITS) {
    this.name = name;
    this.store = store;
    this.onFailure = onFailure;
    this.limits = limits;
    this.bytes = persisted.byteLength;
    this.doc = newWorkspaceDoc();
    Y.applyUpdate(this.doc, persisted);
    // Changes stored before updates were checked may wait for history nobody has: never relay them.
    dropPending(this.doc);
    this.gate = new UpdateGate(this.doc);
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array) => this.relayWhenDurable(update));
    this.awareness.on('update', (changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => this.relayAwareness(changes, origin));
  }

  get hasFailed(): boolean {
    return this.failed;
  }

  /** Greet a new peer: the server's sync step 1 and the current presence, as y-websocket servers do. */
  join(peer: Peer): void {
    this.peers.set(peer, new Set());
    const step1 = syncFrame((encoder) => writeStep1(encoder, this.doc));
    this.afterDurable(() => peer.send(step1));
    const states = this.awareness.getStates();
    if (states.size > 0) peer.send(awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])));
  }

  /** A peer left: forget the presence it controlled (which tells the others). */
  leave(peer: Peer): void {
    const controlled = this.peers.get(peer);
    this.peers.delete(peer);
    const queries = this.queries.get(peer);
    if (queries?.timer) clearTimeout(queries.timer);
    this.queries.delete(peer);
    if (controlled && controlled.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], null);
  }

  /** Handle one frame from `peer`; throws MalformedFrame when it cannot be read. */
  receive(peer: Peer, frame: Uint8Array): Received {
    if (this.failed) return 'ignored';
    try {
      const decoder = decoding.createDecoder(frame);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) return this.receiveSync(peer, decoder);
      if (type === MESSAGE_AWARENESS) {
        const update = checkPresence(decoding.readVarUint8Array(decoder), peer, this.presenceContext());
        if (update !== null) awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
        return 'handled';
      }
      if (type === MESSAGE_QUERY_AWARENESS) {
        this.answerPresenceQuery(peer);
        return 'handled';
      }
      return 'ignored';
    } catch (error) {
      if (error instanceof MalformedFrame || error instanceof Refused) throw error;
      throw new MalformedFrame(error instanceof Error ? error.message : String(error));
    }
  }

  private receiveSync(peer: Peer, decoder: decoding.Decoder): Received {
    const step = decoding.readVarUint(decoder);
    if (step === SYNC_STEP_1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      const diff = Y.encodeStateAsUpdate(this.doc, stateVector);
      const reply = syncFrame((encoder) => {
        encoding.writeVarUint(encoder, SYNC_STEP_2);
        encoding.writeVarUint8Array(encoder, diff);
      });
      this.afterDurable(() => peer.send(reply));
      return 'handled';
    }
    if (step === SYNC_STEP_2 || step === SYNC_UPDATE) {
      const update = decoding.readVarUint8Array(decoder);
      if (!peer.canWrite) return 'dropped-write';
      if (this.bytes + update.byteLength > this.limits.maxRoomBytes) {
        throw new Refused(CLOSE_WORKSPACE_FULL, 'workspace-full', `the room would exceed its quota of ${this.limits.maxRoomBytes} bytes`);
      }
      // Read and check the whole update before touching the document, so a damaged or hostile one changes nothing.
      Y.decodeUpdate(update);
      const verdict = this.gate.check(update, peer.canWrite);
      if (!verdict.ok) return { refused: verdict.reason };
      Y.applyUpdate(this.doc, update, peer);
      this.bytes += update.byteLength;
      return 'handled';
    }
    throw new MalformedFrame(`unknown sync message type ${step}`);
  }

  /** Resolves when everything written or queued so far is durable (never rejects). */
  whenDurable(): Promise<void> {
    return (this.batchWritten ?? this.tail).catch(() => undefined);
  }

  /** Merge the room's stored log into one entry (after pending writes). */
  compact(): Promise<void> {
    const done = this.tail.then(() => this.store.compact(this.name));
    this.tail = done.catch(() => undefined);
    this.writesSinceCompaction = 0;
    return done;
  }

  /** True when writes were stored since the last compaction. */
  get hasUncompactedWrites(): boolean {
    return this.writesSinceCompaction > 0;
  }

  destroy(): void {
    this.gate.destroy();
    for (const queries of this.queries.values()) if (queries.timer) clearTimeout(queries.timer);
    this.queries.clear();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private afterDurable(send: () => void): void {
    (this.batchWritten ?? this.tail).then(
      () => {
        if (!this.failed) send();
      },
      () => undefined,
    );
  }

  private relayWhenDurable(update: Uint8Array): void {
    const frame = syncFrame((encoder) => {
      encoding.writeVarUint(encoder, SYNC_UPDATE);
      encoding.writeVarUint8Array(encoder, update);
    });
    this.durable(update).then(
      () => {
        if (this.failed) return;
        for (const peer of this.peers.keys()) peer.send(frame);
      },
      (error: unknown) => this.fail(error),
    );
  }

  private durable(update: Uint8Array): Promise<void> {
    this.batch.push(update);
    if (this.batchWritten === null) {
      const written = this.tail.then(async () => {
        this.batchWritten = null;
        const batch = this.batch;
        this.batch = [];
        const first = batch[0];
        if (first === undefined) return;
        await this.store.store(this.name, batch.length === 1 ? first : Y.mergeUpdates(batch));
        this.writesSinceCompaction += 1;
        if (this.writesSinceCompaction >= COMPACT_AFTER_WRITES) {
          this.writesSinceCompaction = 0;
          await this.store.compact(this.name);
        }
      });
      this.batchWritten = written;
      this.tail = written.catch(() => undefined);
    }
    return this.batchWritten;
  }

  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.onFailure(this, error);
  }

  private presenceContext(): PresenceContext {
    return { peers: this.peers, clocks: (id) => this.awareness.meta.get(id)?.clock, serverId: this.awareness.clientID, limits: this.limits };
  }

  /** Everyone's presence for `peer`, at most once per interval: queries meanwhile share the next answer. */
  private answerPresenceQuery(peer: Peer): void {
    const queries = this.queries.get(peer) ?? { last: -Infinity, timer: null };
    this.queries.set(peer, queries);
    if (queries.timer !== null) return;
    const answer = (): void => {
      queries.timer = null;
      queries.last = performance.now();
      if (this.peers.has(peer)) peer.send(awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])));
    };
    const wait = queries.last + this.limits.presenceQueryIntervalMs - performance.now();
    if (wait <= 0) return answer();
    queries.timer = setTimeout(answer, wait);
  }

  private relayAwareness(changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void {
    // The sender now owns what it set (taking it over from another connection of its invitation).
    for (const [peer, controlled] of this.peers) {
      for (const id of [...changes.added, ...changes.updated]) {
        if (peer === origin) controlled.add(id);
        else controlled.delete(id);
      }
      if (peer === origin) for (const id of changes.removed) controlled.delete(id);
    }
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    const frame = awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    for (const peer of this.peers.keys()) peer.send(frame);
  }
}

function writeStep1(encoder: encoding.Encoder, doc: Y.Doc): void {
  encoding.writeVarUint(encoder, SYNC_STEP_1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
}
