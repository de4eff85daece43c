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
 *
 * A damaged store is refused loudly: LevelDB silently skips a log record whose checksum fails, so beside
 * the store each room has a state record (DIR/room-states/ROOM.json: the clock reached by each client of
 * the updates written), replaced after every write. At load the room's clocks must reach it, or the room
 * is refused (RoomDamaged) rather than served without what it lost. A store that cannot be opened is
 * diagnosed: permission denied is reported as such, distinct from another server holding the store.
 */
import { constants } from 'node:fs';
import { access, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
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

/** A room whose stored log fails its check at load: it must not be served. */
export class RoomDamaged extends Error {
  override readonly name = 'RoomDamaged';
  readonly room: string;

  constructor(room: string, why: string) {
    super(`room ${room} is damaged in the store: ${why}`);
    this.room = room;
  }
}

/** Clock reached by each client (a state vector). */
type Clocks = Map<number, number>;

function clocksOf(update: Uint8Array): Clocks {
  return Y.parseUpdateMeta(update).to;
}

function mergeClocks(into: Clocks, from: Clocks): void {
  for (const [client, clock] of from) if (clock > (into.get(client) ?? 0)) into.set(client, clock);
}

function parseClocks(text: string): Clocks | null {
  try {
    const data: unknown = JSON.parse(text);
    const clocks: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'clocks') : undefined;
    if (typeof clocks !== 'object' || clocks === null) return null;
    const out: Clocks = new Map();
    for (const [client, clock] of Object.entries(clocks)) {
      if (!/^\d+$/.test(client) || typeof clock !== 'number' || !Number.isSafeInteger(clock) || clock < 0) return null;
      out.set(Number(client), clock);
    }
    return out;
  } catch {
    return null;
  }
}

/** Why a store directory cannot be opened: a path this process may not read or write, if any. */
async function unwritablePath(location: string): Promise<string | null> {
  const paths = [location];
  try {
    for (const entry of await readdir(location)) paths.push(join(location, entry));
  } catch (error) {
    if (error instanceof Error && 'code' in error && (error.code === 'EACCES' || error.code === 'EPERM')) return location;
  }
  for (const path of paths) {
    try {
      await access(path, constants.R_OK | constants.W_OK);
    } catch (error) {
      if (error instanceof Error && 'code' in error && (error.code === 'EACCES' || error.code === 'EPERM')) return path;
    }
  }
  return null;
}

export class RoomStore {
  private readonly db: LeveldbPersistence;
  private readonly statesDir: string;
  /** Clock of each room's last log entry, known after its first write through y-leveldb. */
  private readonly clocks = new Map<string, number>();
  /** Each loaded room's state record (what its written updates reach). */
  private readonly states = new Map<string, Clocks>();
  /** The last state-record write of each room (they are replaced in order). */
  private readonly stateWrites = new Map<string, Promise<void>>();

  private constructor(db: LeveldbPersistence, statesDir: string) {
    this.db = db;
    this.statesDir = statesDir;
  }

  /** Open (creating) the store under `dataDir`; fails clearly when it may not be read or another process holds it. */
  static async open(dataDir: string): Promise<RoomStore> {
    const location = join(dataDir, 'rooms');
    const statesDir = join(dataDir, 'room-states');
    const denied = await unwritablePath(location);
    if (denied !== null) {
      throw new ConcordError(`Cannot open the sync store in ${location}: permission denied on ${denied}; the server's user must be able to read and write it.`, 'server.store-permission');
    }
    const db = new LeveldbPersistence(location);
    const names: unknown = await db.getAllDocNames();
    if (!Array.isArray(names)) {
      await db.destroy().catch(() => undefined);
      throw new ConcordError(
        `Cannot open the sync store in ${location}: it is locked — is another Concord server using this data directory?`,
        'server.store-locked',
      );
    }
    try {
      await mkdir(statesDir, { recursive: true });
      await access(statesDir, constants.R_OK | constants.W_OK);
    } catch (error) {
      await db.destroy().catch(() => undefined);
      throw new ConcordError(`Cannot use ${statesDir}: ${error instanceof Error ? error.message : String(error)}`, 'server.store-permission');
    }
    return new RoomStore(db, statesDir);
  }

  /** The room's whole persisted state as one update (empty for a room never written); RoomDamaged when it fails its check. */
  async load(room: string): Promise<Uint8Array> {
    await this.stateWrites.get(room);
    this.clocks.delete(room); // y-leveldb may compact while loading
    const expected = await this.readState(room);
    const doc: unknown = await this.db.getYDoc(room);
    if (!(doc instanceof Y.Doc)) throw new RoomDamaged(room, 'its log cannot be read');
    const update = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    const loaded = clocksOf(update);
    for (const [client, clock] of expected ?? []) {
      const found = loaded.get(client) ?? 0;
      if (found < clock) throw new RoomDamaged(room, `changes of client ${client} up to ${clock} were written, only ${found} can be read (the log lost records)`);
    }
    this.states.set(room, expected ?? loaded);
    return update;
  }

  private async readState(room: string): Promise<Clocks | null> {
    let text: string;
    try {
      text = await readFile(join(this.statesDir, `${room}.json`), 'utf8');
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null; // never written, or by a version before the record
      throw error;
    }
    const clocks = parseClocks(text);
    if (clocks === null) throw new RoomDamaged(room, 'its state record is unreadable');
    return clocks;
  }

  /** Record what the room's log now reaches (after its write; a crash before leaves an older, still-true record). */
  private recordState(room: string, update: Uint8Array): void {
    const state = this.states.get(room) ?? new Map<number, number>();
    this.states.set(room, state);
    mergeClocks(state, clocksOf(update));
    const text = `${JSON.stringify({ clocks: Object.fromEntries(state) })}\n`;
    const path = join(this.statesDir, `${room}.json`);
    const previous = this.stateWrites.get(room) ?? Promise.resolve();
    const written = previous.then(async () => {
      await writeFile(`${path}.tmp`, text);
      await rename(`${path}.tmp`, path);
    });
    const settled = written.catch(() => undefined);
    this.stateWrites.set(room, settled);
    void settled.finally(() => {
      if (this.stateWrites.get(room) === settled) this.stateWrites.delete(room);
    });
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
      this.recordState(room, update);
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
    this.recordState(room, update);
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
    await Promise.all(this.stateWrites.values());
    await this.db.destroy();
  }
}
