/**
 * Soak: twelve delegates (one per member organization, each with its own invitation) edit one workspace
 * through the real sync server for two minutes — typing and deleting in the text, setting fields in a
 * map — while each at random drops off (hotel Wi-Fi) and comes back a few seconds later. Then everyone
 * reconnects, and every replica is compared in full (state vector and content) with the state the server
 * stored on disk, read back after it shut down.
 * CONCORD_SOAK_SECONDS sets the length: `npm run test:reliability` runs the full 120 s; the ordinary
 * `npm test` run defaults to 20 s to keep CI short.
 */
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer } from '../../server/testing.ts';
import { mulberry32 } from '../fixtures/compare/reword.ts';
import { recordFigures } from '../figures.ts';
import { connectClient, contentOf, storedDoc, synced, waitFor, type Client } from './server-helpers.ts';

const SECONDS = Number(process.env.CONCORD_SOAK_SECONDS ?? 20);
const DELEGATES = 12;
const ROOM = 'w_soak';

function edit(client: Client, index: number, n: number, random: () => number): void {
  const text = client.text;
  const roll = random();
  if (roll < 0.2 && text.length > 20) text.delete(Math.floor(random() * (text.length - 10)), 1 + Math.floor(random() * 8));
  else if (roll < 0.3) client.doc.getMap('m').set(`c${Math.floor(random() * 40)}`, { by: index, n });
  else text.insert(Math.floor(random() * (text.length + 1)), `${String.fromCharCode(65 + index)}${n} `);
}

it(`${DELEGATES} delegates edit for ${SECONDS} s with random disconnects; every replica equals the server's stored state`, { timeout: (SECONDS + 120) * 1000 }, async () => {
  // Seeded, so a failing soak can be replayed with CONCORD_SOAK_SEED.
  const random = mulberry32(Number(process.env.CONCORD_SOAK_SEED ?? 9));
  const server = await startTestServer();
  const clients: Client[] = [];
  for (let i = 0; i < DELEGATES; i += 1) {
    clients.push(connectClient(server.url, ROOM, await server.invite(ROOM, 'delegate', `ORG${i}`), new Y.Doc(), true, 500));
  }
  await Promise.all(clients.map(synced));

  let edits = 0;
  let disconnects = 0;
  const offlineUntil = new Array<number>(DELEGATES).fill(0);
  const end = Date.now() + SECONDS * 1000;
  while (Date.now() < end) {
    const now = Date.now();
    clients.forEach((client, i) => {
      if (offlineUntil[i] !== 0 && now >= (offlineUntil[i] ?? 0)) {
        offlineUntil[i] = 0;
        client.provider.connect();
      }
      // About one drop per delegate every 15 s, offline for 0.5 to 5 s; edits go on while offline.
      if (offlineUntil[i] === 0 && random() < 1 / 150) {
        offlineUntil[i] = now + 500 + random() * 4500;
        disconnects += 1;
        client.provider.disconnect();
      }
      if (random() < 0.5) {
        edits += 1;
        edit(client, i, edits, random);
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  for (const client of clients) client.provider.connect();
  const first = clients[0]?.doc ?? new Y.Doc();
  await waitFor(() => clients.every((c) => c.provider.synced && contentOf(c.doc) === contentOf(first)), 'every replica to converge', 60_000);
  const expected = contentOf(first);
  const vector = Y.encodeStateVector(first);
  for (const client of clients) client.destroy();
  await server.stop();

  const stored = await storedDoc(server.dataDir, ROOM);
  await server.close();
  const matching = clients.filter((c) => Buffer.from(Y.encodeStateVector(c.doc)).equals(Buffer.from(Y.encodeStateVector(stored))) && contentOf(c.doc) === contentOf(stored)).length;
  recordFigures('soak', { delegates: DELEGATES, seconds: SECONDS, edits, disconnects, replicasMatchingStore: matching });

  expect(matching).toBe(DELEGATES);
  expect(Y.encodeStateVector(stored)).toEqual(vector);
  expect(contentOf(stored)).toBe(expected);
  expect(edits).toBeGreaterThan(SECONDS * 10);
  expect(disconnects).toBeGreaterThan(0);
});
