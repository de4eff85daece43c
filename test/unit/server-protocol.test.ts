/**
 * The protocol is the standard one: the stock y-websocket client syncs documents and presence through our
 * server, and our client setup (join link → provider arguments, pending-change count) syncs through the
 * stock @y/websocket-server 0.1.1 — each over real sockets on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { appJoinLink, parseJoinLink, providerArguments } from '../../src/sync/join-link.ts';
import { attachToProvider, trackPendingChanges } from '../../src/sync/pending-changes.ts';
import { connectClient, NodeWebSocket, synced, waitFor } from './server-helpers.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the stock y-websocket client with our server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('syncs two clients both ways and uploads a new workspace from its first writer', async () => {
    const room = 'w_protocol1';
    const host = new Y.Doc();
    host.getText('t').insert(0, 'Preamble drafted offline. ');
    const a = connectClient(server.url, room, await server.invite(room, 'chair'), host);
    await synced(a);
    const b = connectClient(server.url, room, await server.invite(room, 'delegate', 'B'));
    await synced(b);
    await waitFor(() => b.text.toString() === 'Preamble drafted offline. ', 'the upload to reach b');
    b.text.insert(b.text.length, 'Article I.');
    a.text.insert(0, '» ');
    await waitFor(() => a.text.toString() === b.text.toString() && a.text.length > 30, 'convergence');
    expect(a.text.toString()).toBe('» Preamble drafted offline. Article I.');
    a.destroy();
    b.destroy();
  });

  it('relays presence (awareness) and removes it when a client leaves', async () => {
    const room = 'w_protocol2';
    const a = connectClient(server.url, room, await server.invite(room));
    const b = connectClient(server.url, room, await server.invite(room, 'observer', 'OBS'));
    await Promise.all([synced(a), synced(b)]);
    a.provider.awareness.setLocalStateField('user', { name: 'Ada', colour: '#aa0000' });
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID) !== undefined, 'a’s presence at b');
    expect(b.provider.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { name: 'Ada', colour: '#aa0000' } });
    a.provider.disconnect();
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID) === undefined, 'a’s presence to go');
    a.destroy();
    b.destroy();
  });

  it('answers /health', async () => {
    const response = await fetch(`${server.httpUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
  });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

describe('our client setup with the stock @y/websocket-server 0.1.1', () => {
  it('joins from an invitation link, syncs, and sees its pending changes confirmed', async () => {
    const port = await freePort();
    const stock = spawn(process.execPath, [join(root, 'node_modules', '@y', 'websocket-server', 'src', 'server.js')], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        stock.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('running') && resolve());
        stock.once('exit', (code) => reject(new Error(`stock server exited with ${code}`)));
      });
      const link = appJoinLink({ server: `ws://127.0.0.1:${port}`, workspace: 'w_stock', token: 'x'.repeat(43) });
      const docs = [new Y.Doc(), new Y.Doc()];
      const providers = docs.map((doc) => {
        const { serverUrl, room, protocols } = providerArguments(parseJoinLink(link));
        return new WebsocketProvider(serverUrl, room, doc, { protocols, WebSocketPolyfill: NodeWebSocket, disableBc: true });
      });
      const [first, second] = providers;
      if (!first || !second) throw new Error('two providers expected');
      const pending = trackPendingChanges(docs[0] ?? new Y.Doc(), (origin) => origin === first);
      attachToProvider(first, pending);
      await waitFor(() => providers.every((p) => p.synced), 'both synced');
      docs[0]?.getText('t').insert(0, 'hello ');
      docs[0]?.getText('t').insert(6, 'stock');
      expect(pending.count).toBeGreaterThan(0);
      await waitFor(() => docs[1]?.getText('t').toString() === 'hello stock', 'the edit at the second client');
      await waitFor(() => pending.count === 0, 'the server to confirm the changes');
      for (const provider of providers) provider.destroy();
    } finally {
      stock.kill();
    }
  });
});
