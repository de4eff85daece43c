/**
 * The rooms' durable store: LevelDB (classic-level) in DIR/rooms. Every room is a log of Yjs updates, in
 * y-leveldb's key layout (room-keys.ts), so the stock y-websocket server's LevelDB persistence reads the same
 * store; compaction replaces a room's log by one merged update in one atomic batch. Every operation on the
 * store runs in one queue, in order.
 *
 * A write reaches the operating system before it resolves (LevelDB appends to its log with write(2)), so
 * it survives the server process being killed; it is not fsynced, so a power cut may lose the last ones.
 *
 * A damaged store is refused loudly: LevelDB silently skips a log record whose checksum fails, so beside
 * the store each room has a state record (DIR/room-states/ROOM.json: the clock reached by each client of
 * the updates written), replaced after every write (renamed into place, not fsynced: it is no more durable
 * than the log it describes). At load the room's clocks must reach it, or the room is refused (RoomDamaged)
 * rather than served without what it lost. A store that cannot be opened is diagnosed: permission denied is
 * reported as such, distinct from another server holding the store.
 */
import { constants } from 'node:fs';
import { access, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import * as Y from 'yjs';
import { ConcordError } from '../src/workspace/errors.ts';
import { CLOCK_END, decodeKey, encodeKey, encodeStateVectorEntry, ROOMS_RANGE, stateVectorKey, updateKey } from './room-keys.ts';

/** A log longer than this is compacted when the room loads (y-leveldb's PREFERRED_TRIM_SIZE). */
const COMPACT_AT_LOAD = 500;

type Level = ClassicLevel<Uint8Array, Uint8Array>;

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

/** Whether opening failed because another process holds the store's lock. */
function isLocked(error: unknown): boolean {
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  return cause instanceof Error && 'code' in cause && cause.code === 'LEVEL_LOCKED';
}

/** The clock of a log entry's key. */
function clockOf(key: Uint8Array): number {
  const clock = decodeKey(key)[3];
  if (typeof clock !== 'number') throw new Error('a log key of the store has no clock');
  return clock;
}

export class RoomStore {
  private readonly db: Level;
  private readonly statesDir: string;
  /** The store's queue: every operation runs after the one before. */
  private tail: Promise<unknown> = Promise.resolve();
  /** Clock of each room's last log entry, once known. */
  private readonly clocks = new Map<string, number>();
  /** Each loaded room's state record (what its written updates reach). */
  private readonly states = new Map<string, Clocks>();
  /** The last state-record write of each room (they are replaced in order). */
  private readonly stateWrites = new Map<string, Promise<void>>();

  private constructor(db: Level, statesDir: string) {
    this.db = db;
    this.statesDir = statesDir;
  }

  /** Open (creating) the store under `dataDir`; fails clearly when it may not be read or another process holds it. */
  static async open(dataDir: string): Promise<RoomStore> {
    const location = join(dataDir, 'rooms');
    const statesDir = join(dataDir, 'room-states');
    const denied = await unwritablePath(location);
    if (denied !== null) {
      throw new ConcordError('server.store-permission.denied', { location, denied });
    }
    const db: Level = new ClassicLevel(location, { keyEncoding: 'view', valueEncoding: 'view' });
    try {
      await db.open();
    } catch (error) {
      if (isLocked(error)) throw new ConcordError('server.store-locked', { location });
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new ConcordError('server.store-unreadable', { location, cause });
    }
    try {
      await mkdir(statesDir, { recursive: true });
      await access(statesDir, constants.R_OK | constants.W_OK);
    } catch (error) {
      await db.close().catch(() => undefined);
      throw new ConcordError('server.store-permission.other', { path: statesDir, reason: error instanceof Error ? error.message : String(error) });
    }
    return new RoomStore(db, statesDir);
  }

  /** Run `work` after every operation queued before it. */
  private queued<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }

  private logRange(room: string): { gte: Uint8Array; lt: Uint8Array } {
    return { gte: encodeKey(updateKey(room, 0)), lt: encodeKey(updateKey(room, CLOCK_END)) };
  }

  /** The room's log entries, oldest first. */
  private log(room: string): Promise<Array<[Uint8Array, Uint8Array]>> {
    return this.db.iterator(this.logRange(room)).all();
  }

  /** The clock of the room's last log entry, -1 for a room never written. */
  private async lastClock(room: string): Promise<number> {
    const [last] = await this.db.keys({ ...this.logRange(room), reverse: true, limit: 1 }).all();
    return last === undefined ? -1 : clockOf(last);
  }

  /** Replace the log by `doc` (the log merged) as one entry, with its state-vector entry, in one atomic batch. */
  private async merge(room: string, log: Array<[Uint8Array, Uint8Array]>, doc: Y.Doc): Promise<void> {
    const last = log.at(-1);
    if (last === undefined) return;
    const clock = clockOf(last[0]) + 1;
    await this.db.batch([
      ...log.map(([key]) => ({ type: 'del' as const, key })),
      { type: 'put', key: encodeKey(updateKey(room, clock)), value: Y.encodeStateAsUpdate(doc) },
      { type: 'put', key: encodeKey(stateVectorKey(room)), value: encodeStateVectorEntry(clock, Y.encodeStateVector(doc)) },
    ]);
    this.clocks.set(room, clock);
  }

  /** The room's whole persisted state as one update (empty for a room never written); RoomDamaged when it fails its check. */
  async load(room: string): Promise<Uint8Array> {
    await this.stateWrites.get(room);
    const expected = await this.readState(room);
    const update = await this.queued(async () => {
      const log = await this.log(room);
      const doc = new Y.Doc();
      try {
        doc.transact(() => {
          for (const [, entry] of log) Y.applyUpdate(doc, entry);
        });
      } catch (error) {
        throw new RoomDamaged(room, `its log cannot be read (${error instanceof Error ? error.message : String(error)})`);
      }
      if (log.length > COMPACT_AT_LOAD) await this.merge(room, log, doc);
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      return state;
    });
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
   * Append an update to the room's log; resolves once it is written. A room's first entry also writes its
   * state-vector entry, which is how the stock server lists the rooms.
   */
  store(room: string, update: Uint8Array): Promise<void> {
    return this.queued(async () => {
      const last = this.clocks.get(room) ?? (await this.lastClock(room));
      if (last === -1) {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, update);
        await this.db.put(encodeKey(stateVectorKey(room)), encodeStateVectorEntry(0, Y.encodeStateVector(doc)));
        doc.destroy();
      }
      await this.db.put(encodeKey(updateKey(room, last + 1)), update);
      this.clocks.set(room, last + 1);
      this.recordState(room, update);
    });
  }

  /** Merge the room's log into one entry. */
  compact(room: string): Promise<void> {
    return this.queued(async () => {
      const log = await this.log(room);
      if (log.length < 2) return;
      const doc = new Y.Doc();
      doc.transact(() => {
        for (const [, entry] of log) Y.applyUpdate(doc, entry);
      });
      await this.merge(room, log, doc);
      doc.destroy();
    });
  }

  /** Names of the rooms the store holds. */
  rooms(): Promise<string[]> {
    return this.queued(async () => {
      const keys = await this.db.keys({ gte: encodeKey(ROOMS_RANGE.gte), lt: encodeKey(ROOMS_RANGE.lt) }).all();
      return keys.map((key) => decodeKey(key)[1]).filter((name): name is string => typeof name === 'string');
    });
  }

  /** How many entries the room's log holds (1 after compaction; for tests and diagnostics). */
  logLength(room: string): Promise<number> {
    return this.queued(async () => (await this.db.keys(this.logRange(room)).all()).length);
  }

  async close(): Promise<void> {
    await Promise.all(this.stateWrites.values());
    await this.tail;
    await this.db.close();
  }
}
