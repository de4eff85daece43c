/**
 * Offline work: a delegate disconnects, makes 1,000 edits (typing, deleting, setting fields) while a
 * colleague keeps editing online, reconnects, and both documents, the server and its store converge;
 * the disconnected delegate's count of unconfirmed changes climbs to 1,000 and falls back to zero.
 */
import { expect, it } from 'vitest';
import { startTestServer } from '../../server/testing.ts';
import { attachToProvider, trackPendingChanges } from '../../src/sync/pending-changes.ts';
import { connectClient, contentOf, synced, waitFor } from './server-helpers.ts';

it('merges 1,000 operations made offline', async () => {
  const server = await startTestServer();
  try {
    const room = 'w_offline';
    const online = connectClient(server.url, room, await server.invite(room, 'delegate', 'A'));
    const traveller = connectClient(server.url, room, await server.invite(room, 'delegate', 'B'));
    const pending = trackPendingChanges(traveller.doc, (origin) => origin === traveller.provider);
    attachToProvider(traveller.provider, pending);
    await Promise.all([synced(online), synced(traveller)]);
    online.text.insert(0, 'Article I. Article II. Article III.');
    await waitFor(() => traveller.text.length === online.text.length, 'the first text');

    traveller.provider.disconnect();
    const fields = traveller.doc.getMap('m');
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 1000; i += 1) {
      const kind = random(10);
      if (kind < 6) traveller.text.insert(random(traveller.text.length + 1), `b${i} `);
      else if (kind < 8 && traveller.text.length > 4) traveller.text.delete(random(traveller.text.length - 3), 3);
      else fields.set(`k${random(50)}`, i);
    }
    expect(pending.count).toBe(1000);
    for (let i = 0; i < 50; i += 1) online.text.insert(random(online.text.length + 1), `a${i} `);
    expect(contentOf(online.doc)).not.toBe(contentOf(traveller.doc));

    traveller.provider.connect();
    await waitFor(() => contentOf(online.doc) === contentOf(traveller.doc), 'the two documents to converge');
    await waitFor(() => pending.count === 0, 'the server to confirm every offline change');
    expect(online.text.toString()).toMatch(/a49 /);
    expect(online.doc.getMap('m').size).toBeGreaterThan(0);

    const expected = contentOf(online.doc);
    online.destroy();
    traveller.destroy();
    await server.restart();
    const fresh = connectClient(server.url, room, await server.invite(room, 'observer', 'C'));
    await waitFor(() => contentOf(fresh.doc) === expected, 'the restarted server to hold the merge');
    fresh.destroy();
  } finally {
    await server.close();
  }
});
