/**
 * The open rooms: a room is loaded from the store when its first connection arrives and unloaded —
 * after its pending writes, with its log compacted — when its last one leaves. A connection arriving
 * while its room is being unloaded waits for that to finish and loads it afresh.
 */
import type { Logger } from './log.ts';
import type { RoomStore } from './persistence.ts';
import { Room } from './room.ts';

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

  constructor(store: RoomStore, log: Logger, onFailure: (room: Room, error: unknown) => void) {
    this.store = store;
    this.log = log;
    this.onFailure = onFailure;
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
    const room = new Room(name, await this.store.load(name), this.store, this.onFailure);
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
