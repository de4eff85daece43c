/**
 * The store: a workspace outlives the server (stop, start again, it is all there) after more writes than
 * trigger a compaction while the room is open, a room's update log is compacted to one entry when the room
 * closes, and a second server cannot open a data directory already in use.
 */
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
});
