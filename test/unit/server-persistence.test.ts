/**
 * The store: a workspace outlives the server (stop, start again, it is all there) after more writes than
 * trigger a compaction while the room is open, a room's update log is compacted to one entry when the room
 * closes, a second server cannot open a data directory already in use, and the store keeps y-leveldb's layout:
 * the stock y-websocket server's LevelDB persistence reads what Concord wrote, and Concord what it wrote.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LeveldbPersistence } from 'y-leveldb';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { RoomStore } from '../../server/persistence.ts';
import { startServer } from '../../server/server.ts';
import { startTestServer } from '../../server/testing.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { connectClient, synced, waitFor } from './server-helpers.ts';

describe('persistence', () => {
  it('keeps every room across a restart and compacts its log when the room closes', async () => {
    const server = await startTestServer();
    try {
      const token = await server.invite('w_keep');
      const writer = connectClient(server.url, 'w_keep', token);
      await synced(writer);
      for (let i = 0; i < 700; i += 1) {
        writer.text.insert(writer.text.length, `${i} `);
        if (i % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const expected = writer.text.toString();
      const echoed = connectClient(server.url, 'w_keep', token);
      await waitFor(() => echoed.text.toString() === expected, 'every edit to be relayed');
      writer.destroy();
      echoed.destroy();
      await server.stop();

      const store = await RoomStore.open(server.dataDir);
      expect(await store.rooms()).toEqual(['w_keep']);
      expect(await store.logLength('w_keep')).toBe(1);
      await store.close();

      await server.restart();
      const reader = connectClient(server.url, 'w_keep', token);
      await waitFor(() => reader.text.toString() === expected, 'the restarted server to serve the text');
      reader.destroy();
    } finally {
      await server.close();
    }
  });

  it('refuses to open a data directory another server holds', async () => {
    const server = await startTestServer();
    try {
      const second = startServer({ dataDir: server.dataDir, port: 0, host: '127.0.0.1', log: () => {} });
      await expect(second).rejects.toThrow(ConcordError);
      await expect(second).rejects.toThrow(/another Concord server/);
    } finally {
      await server.close();
    }
  });

  it("keeps y-leveldb's layout, so the stock server's persistence and Concord read each other's rooms", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'concord-store-'));
    const textOf = (update: Uint8Array): string => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, update);
      return doc.getText('t').toString();
    };
    const edit = (doc: Y.Doc, text: string): Uint8Array => {
      const before = Y.encodeStateVector(doc);
      doc.getText('t').insert(doc.getText('t').length, text);
      return Y.encodeStateAsUpdate(doc, before);
    };
    try {
      const ours = await RoomStore.open(dataDir);
      const writer = new Y.Doc();
      for (const word of ['one ', 'two ', 'three ']) await ours.store('w_ours', edit(writer, word));
      await ours.compact('w_ours');
      await ours.store('w_ours', edit(writer, 'four'));
      await ours.close();

      const stock = new LeveldbPersistence(join(dataDir, 'rooms'));
      const read = await stock.getYDoc('w_ours');
      expect(read instanceof Y.Doc && read.getText('t').toString()).toBe('one two three four');
      await stock.storeUpdate('w_stock', Y.encodeStateAsUpdate(writer));
      expect(await stock.getAllDocNames()).toEqual(['w_ours', 'w_stock']);
      await stock.destroy();

      const again = await RoomStore.open(dataDir);
      expect(await again.rooms()).toEqual(['w_ours', 'w_stock']);
      expect(textOf(await again.load('w_stock'))).toBe('one two three four');
      await again.store('w_stock', edit(writer, '!'));
      expect(textOf(await again.load('w_stock'))).toBe('one two three four!');
      expect(await again.logLength('w_stock')).toBe(2);
      await again.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
