/**
 * The rooms' durable store: LevelDB through y-leveldb, in DIR/rooms. Every room is a log of Yjs updates
 * (y-leveldb's own layout, so the stock y-websocket server's LevelDB persistence reads the same store);
 * compaction merges a room's log into one update (store merged, then delete the old entries: a crash in
 * between leaves duplicates, which Yjs ignores).
 *
 * y-leveldb swallows database errors (it logs them and resolves with null), so every result is checked
 * here and a failure becomes an exception: "durable" must never be claimed for a write that failed.
 * A write reaches the operating system before it resolves (LevelDB appends to its log with write(2)), so
 * it survives the server process being killed; it is not fsynced, so a power cut may lose the last ones.
 */
import { join } from 'node:path';
import { getLevelUpdates, LeveldbPersistence } from 'y-leveldb';
import * as Y from 'yjs';
import { ConcordError } from '../src/workspace/errors.ts';

interface RawLevel {
  put(key: Array<string | number>, value: Buffer): Promise<unknown>;
}

function isRawLevel(db: unknown): db is RawLevel {
  return typeof db === 'object' && db !== null && typeof Reflect.get(db, 'put') === 'function';
}

export class RoomStore {
  private readonly db: LeveldbPersistence;
  /** Clock of each room's last log entry, known after its first write through y-leveldb. */
  private readonly clocks = new Map<string, number>();

  private constructor(db: LeveldbPersistence) {
    this.db = db;
  }

  /** Open (creating) the store under `dataDir`; fails clearly when another process holds it. */
  static async open(dataDir: string): Promise<RoomStore> {
    const location = join(dataDir, 'rooms');
    const db = new LeveldbPersistence(location);
    const names: unknown = await db.getAllDocNames();
    if (!Array.isArray(names)) {
      throw new ConcordError(
        `Cannot open the sync store in ${location}: is another Concord server using this data directory?`,
        'server.store-locked',
      );
    }
    return new RoomStore(db);
  }

  /** The room's whole persisted state as one update (empty for a room never written). */
  async load(room: string): Promise<Uint8Array> {
    this.clocks.delete(room); // y-leveldb may compact while loading
    const doc: unknown = await this.db.getYDoc(room);
    if (!(doc instanceof Y.Doc)) throw new Error(`reading room ${room} from the store failed`);
    const update = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return update;
  }

  /**
   * Append an update to the room's log; resolves once it is written. The first write of a room goes
   * through y-leveldb (which finds the log's last clock with an iterator and writes the room's state-vector
   * entry); later ones put the next entry directly under y-leveldb's key layout ['v1', room, 'update',
   * clock], which takes a fifth of the time. Both run in y-leveldb's queue, so the order holds.
   */
  async store(room: string, update: Uint8Array): Promise<void> {
    const last = this.clocks.get(room);
    if (last === undefined) {
      const clock: unknown = await this.db.storeUpdate(room, update);
      if (typeof clock !== 'number') throw new Error(`writing to room ${room} failed`);
      this.clocks.set(room, clock);
      return;
    }
    this.clocks.set(room, last + 1);
    const written = await this.db._transact(async (db) => {
      if (!isRawLevel(db)) return false;
      await db.put(['v1', room, 'update', last + 1], Buffer.from(update));
      return true;
    });
    if (written !== true) {
      this.clocks.delete(room);
      throw new Error(`writing to room ${room} failed`);
    }
  }

  /** Merge the room's log into one entry. */
  async compact(room: string): Promise<void> {
    this.clocks.delete(room); // the merged entry takes a new clock
    await this.db.flushDocument(room);
  }

  /** Names of the rooms the store holds. */
  async rooms(): Promise<string[]> {
    const names: unknown = await this.db.getAllDocNames();
    if (!Array.isArray(names)) throw new Error('listing the stored rooms failed');
    return names.filter((name): name is string => typeof name === 'string');
  }

  /** How many entries the room's log holds (1 after compaction; for tests and diagnostics). */
  async logLength(room: string): Promise<number> {
    const updates = await this.db._transact((db) => getLevelUpdates(db, room));
    if (updates === null) throw new Error(`reading room ${room} from the store failed`);
    return updates.length;
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
