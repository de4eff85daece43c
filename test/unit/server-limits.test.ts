/**
 * Limits hurt only the connection that breaks them: an oversized frame (1009), a flood of messages (4529),
 * a malformed or text frame (1007) each close that connection, while another client in the same room goes
 * on syncing and the stored document stays as it was. Unknown message types are ignored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { CLOSE_RATE_LIMITED } from '../../src/sync/token-check.ts';
import { connectClient, rawSocket, synced, syncStep1Frame, updateFrame, waitFor, type Client } from './server-helpers.ts';

let server: TestServer;
let bystander: Client;
const room = 'w_limits';

beforeAll(async () => {
  server = await startTestServer({ limits: { maxMessageBytes: 4096, burst: 50, messagesPerSecond: 10 } });
  bystander = connectClient(server.url, room, await server.invite(room, 'delegate', 'B'));
  await synced(bystander);
  bystander.text.insert(0, 'Kept.');
});
afterAll(async () => {
  bystander.destroy();
  await server.close();
});

/** The bystander still syncs: a second client sees its next edit. */
async function bystanderStillSyncs(mark: string): Promise<void> {
  bystander.text.insert(bystander.text.length, mark);
  const check = connectClient(server.url, room, await server.invite(room, 'observer', 'C'));
  await waitFor(() => check.text.toString() === bystander.text.toString(), 'a fresh client to see the bystander’s text');
  check.destroy();
}

async function attacker() {
  return rawSocket(`${server.url}/${room}`, await server.invite(room, 'delegate', 'X'));
}

describe('limits', () => {
  it('closes a connection that sends a frame over the size limit (1009)', async () => {
    const socket = await attacker();
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x'.repeat(10_000));
    socket.send(updateFrame(Y.encodeStateAsUpdate(doc)));
    expect((await socket.closed).code).toBe(1009);
    await bystanderStillSyncs(' A.');
    expect(bystander.text.toString()).not.toContain('xxx');
  });

  it('closes a connection that floods messages (4529, retry later)', async () => {
    const socket = await attacker();
    for (let i = 0; i < 200; i += 1) socket.send(new Uint8Array([3]));
    expect((await socket.closed).code).toBe(CLOSE_RATE_LIMITED);
    expect(server.events.some((e) => e.event === 'connection.rate-limited')).toBe(true);
    await bystanderStillSyncs(' B.');
  });

  it('closes a connection that sends a malformed frame (1007), and nothing of it is stored', async () => {
    const socket = await attacker();
    socket.send(new Uint8Array([0, 2, 40, 1, 2, 3]));
    expect((await socket.closed).code).toBe(1007);
    expect(server.events.some((e) => e.event === 'frame.malformed')).toBe(true);
    await bystanderStillSyncs(' C.');
  });

  it('closes a connection that sends text frames (1007)', async () => {
    const socket = await attacker();
    socket.ws.send('hello');
    expect((await socket.closed).code).toBe(1007);
  });

  it('ignores message types it does not know and keeps serving the connection', async () => {
    const socket = await attacker();
    socket.send(new Uint8Array([7, 1, 2, 3]));
    socket.send(syncStep1Frame(new Y.Doc()));
    await waitFor(() => socket.frames.some((f) => f[0] === 0 && f[1] === 1), 'the sync step 2 reply');
    socket.ws.close();
    await bystanderStillSyncs(' D.');
    expect(bystander.text.toString()).toBe('Kept. A. B. C. D.');
  });
});
