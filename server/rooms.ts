/**
 * The open rooms: a room is loaded from the store when its first connection arrives and unloaded —
 * after its pending writes, with its log compacted — when its last one leaves. A connection arriving
 * while its room is being unloaded waits for that to finish and loads it afresh. A room that fails its
 * check at load is not served; it is logged (room.damaged) and listed by `damaged()` for /health.
 */
import type { Logger } from './log.ts';
import { RoomDamaged, type RoomStore } from './persistence.ts';
import { Room, type RoomLimits } from './room.ts';

interface Entry {
  users: number;
  room: Promise<Room>;
}

export class Rooms {
  private readonly store: RoomStore;
  private readonly log: Logger;
  private readonly onFailure: (room: Room, error: unknown) => void;
  private readonly entries = new Map<string, Entry>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly limits: RoomLimits;
  /** Rooms refused at their last load, with why. */
  private readonly refused = new Map<string, string>();

  constructor(store: RoomStore, log: Logger, onFailure: (room: Room, error: unknown) => void, limits: RoomLimits) {
    this.store = store;
    this.log = log;
    this.onFailure = onFailure;
    this.limits = limits;
  }

  /** The rooms refused as damaged at their last load, and why. */
  damaged(): Array<{ room: string; reason: string }> {
    return [...this.refused].map(([room, reason]) => ({ room, reason }));
  }

  get openCount(): number {
    return this.entries.size;
  }

  /** The room named `name`, loading it if needed. Pair every call with one release(name). */
  acquire(name: string): Promise<Room> {
    let entry = this.entries.get(name);
    if (entry === undefined) {
      const previous = this.unloading.get(name) ?? Promise.resolve();
      entry = { users: 0, room: previous.then(() => this.load(name)) };
      this.entries.set(name, entry);
    }
    entry.users += 1;
    return entry.room;
  }

  release(name: string): void {
    const entry = this.entries.get(name);
    if (entry === undefined) return;
    entry.users -= 1;
    if (entry.users > 0) return;
    this.entries.delete(name);
    const done = entry.room.then(
      (room) => this.unload(room),
      () => undefined,
    );
    this.unloading.set(name, done);
    void done.finally(() => {
      if (this.unloading.get(name) === done) this.unloading.delete(name);
    });
  }

  /** Wait for every room being unloaded (used at shutdown, after all connections are closed). */
  async settled(): Promise<void> {
    while (this.unloading.size > 0) await Promise.all(this.unloading.values());
  }

  private async load(name: string): Promise<Room> {
    const started = performance.now();
    let persisted: Uint8Array;
    try {
      persisted = await this.store.load(name);
    } catch (error) {
      if (error instanceof RoomDamaged) {
        if (!this.refused.has(name)) this.log('room.damaged', { room: name, error: error.message });
        this.refused.set(name, error.message);
      }
      throw error;
    }
    this.refused.delete(name);
    const room = new Room(name, persisted, this.store, this.onFailure, this.limits);
    this.log('room.loaded', { room: name, ms: Math.round(performance.now() - started) });
    return room;
  }

  private async unload(room: Room): Promise<void> {
    await room.whenDurable();
    if (!room.hasFailed && room.hasUncompactedWrites) await room.compact().catch(() => undefined);
    room.destroy();
    this.log('room.unloaded', { room: room.name });
  }
}
