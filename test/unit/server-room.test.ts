/**
 * A room's ordering guarantees, checked against a store whose writes the test completes by hand: an
 * update reaches the other peers (and its sender, as confirmation) only after its write has finished; a
 * sync reply computed while a write is pending waits for it too; updates arriving during a write go out
 * in one merged write; a failed write is never relayed and fails the room; observers' updates are dropped.
 */
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Peer } from '../../server/peer.ts';
import { Room, type UpdateLog } from '../../server/room.ts';
import { syncStep1Frame, updateFrame } from './server-helpers.ts';

class ManualLog implements UpdateLog {
  readonly writes: Array<{ update: Uint8Array; finish: () => void; fail: (error: Error) => void }> = [];
  store(_room: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => this.writes.push({ update, finish: resolve, fail: reject }));
  }
  async compact(): Promise<void> {}
}

class TestPeer implements Peer {
  readonly frames: Uint8Array[] = [];
  readonly canWrite: boolean;
  readonly owner: string;
  constructor(canWrite = true, owner = 'i_test') {
    this.canWrite = canWrite;
    this.owner = owner;
  }
  send(frame: Uint8Array): void {
    this.frames.push(frame);
  }
  /** Sync payloads received (step 2 and updates), in order. */
  updates(): Uint8Array[] {
    return this.frames.flatMap((frame) => {
      const decoder = decoding.createDecoder(frame);
      if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) === 0) return [];
      return [decoding.readVarUint8Array(decoder)];
    });
  }
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function edit(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

function textOf(updates: readonly Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

describe('a room', () => {
  it('relays an update only once it is written, and holds sync replies behind pending writes', async () => {
    const log = new ManualLog();
    const room = new Room('w_room', new Uint8Array([0, 0]), log, () => undefined);
    const writer = new TestPeer();
    const reader = new TestPeer();
    room.join(writer);
    room.join(reader);
    await tick();
    const greeted = reader.frames.length;

    room.receive(writer, updateFrame(edit('durable first')));
    room.receive(reader, syncStep1Frame(new Y.Doc()));
    await tick();
    expect(log.writes).toHaveLength(1);
    expect(reader.frames).toHaveLength(greeted); // neither the relay nor the step 2 reply yet
    expect(writer.updates()).toEqual([]);

    log.writes[0]?.finish();
    await tick();
    expect(textOf(reader.updates())).toBe('durable first');
    expect(textOf(writer.updates())).toBe('durable first'); // the echo confirms it to its sender
    room.destroy();
  });

  it('merges updates that arrive during a write into the next write', async () => {
    const log = new ManualLog();
    const room = new Room('w_room', new Uint8Array([0, 0]), log, () => undefined);
    const writer = new TestPeer();
    room.join(writer);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (const word of ['a', 'b', 'c', 'd']) doc.getText('t').insert(doc.getText('t').length, word);
    const [first, ...rest] = updates;
    room.receive(writer, updateFrame(first ?? new Uint8Array()));
    await tick();
    expect(log.writes).toHaveLength(1); // "a" is being written…
    for (const update of rest) room.receive(writer, updateFrame(update));
    await tick();
    expect(log.writes).toHaveLength(1); // …while "b", "c", "d" wait
    log.writes[0]?.finish();
    await tick();
    expect(log.writes).toHaveLength(2); // and go in one write
    expect(textOf([log.writes[0]?.update ?? new Uint8Array()])).toBe('a');
    expect(textOf([log.writes[0]?.update ?? new Uint8Array(), log.writes[1]?.update ?? new Uint8Array()])).toBe('abcd');
    log.writes[1]?.finish();
    await tick();
    expect(textOf(writer.updates())).toBe('abcd');
    room.destroy();
  });

  it('never relays a failed write and reports the room failed', async () => {
    const log = new ManualLog();
    const failures: unknown[] = [];
    const room = new Room('w_room', new Uint8Array([0, 0]), log, (_room, error) => failures.push(error));
    const writer = new TestPeer();
    const reader = new TestPeer();
    room.join(writer);
    room.join(reader);
    room.receive(writer, updateFrame(edit('lost')));
    await tick();
    log.writes[0]?.fail(new Error('disk full'));
    await tick();
    expect(failures).toHaveLength(1);
    expect(room.hasFailed).toBe(true);
    expect(reader.updates()).toEqual([]);
    expect(room.receive(writer, updateFrame(edit('after')))).toBe('ignored');
    room.destroy();
  });

  it('drops an observer’s updates without touching the document', async () => {
    const log = new ManualLog();
    const room = new Room('w_room', new Uint8Array([0, 0]), log, () => undefined);
    const observer = new TestPeer(false);
    room.join(observer);
    expect(room.receive(observer, updateFrame(edit('vandal')))).toBe('dropped-write');
    expect(room.doc.getText('t').toString()).toBe('');
    expect(room.receive(observer, syncStep1Frame(new Y.Doc()))).toBe('handled');
    await tick();
    expect(log.writes).toHaveLength(0);
    room.destroy();
  });

  it('refuses an update that waits for a missing dependency: nothing written or relayed, and the re-sync brings it whole', async () => {
    // A client that kept an edit T the last server lost (killed before writing it) types U on top of T,
    // and U reaches the new server before T does. Held as pending, U would go into every sync reply and
    // make every replica's saved copy incomplete: it is refused (dropped, the connection stays), and the
    // client's re-sync sends T and U together.
    const author = new Y.Doc();
    author.getText('t').insert(0, 'T');
    const t = Y.encodeStateAsUpdate(author);
    const before = Y.encodeStateVector(author);
    author.getText('t').insert(1, 'U');
    const u = Y.encodeStateAsUpdate(author, before);

    const log = new ManualLog();
    const room = new Room('w_pending', new Uint8Array([0, 0]), log, () => undefined);
    const writer = new TestPeer();
    const reader = new TestPeer();
    room.join(writer);
    room.join(reader);
    await tick();
    expect(room.receive(writer, updateFrame(u))).toEqual({ refused: 'it depends on changes nobody has' });
    await tick();
    expect(log.writes).toEqual([]);
    expect(reader.updates()).toEqual([]);
    expect(room.doc.store.pendingStructs).toBeNull();
    room.receive(writer, updateFrame(Y.mergeUpdates([t, u])));
    await tick();
    log.writes[0]?.finish();
    await tick();
    expect(textOf(log.writes.map((w) => w.update))).toBe('TU');
    expect(textOf(reader.updates())).toBe('TU');
  });
});
