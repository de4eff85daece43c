/**
 * Tokens in transit, against the real server (a child process) behind a recording proxy that logs each
 * request line as a reverse proxy's access log would: the app's own steps — the web join link, the token
 * check, the sync connection — work, and no logged URL holds the token. Token guessing backs off per
 * address (429, also for the upgrade of a valid token from that address), and its refusals are logged as
 * a few lines, not one per guess.
 */
import { createServer, connect, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { InvitationStore } from '../../server/invitations.ts';
import { DEFAULT_LIMITS } from '../../server/limits.ts';
import { invitationLinks } from '../../server/server.ts';
import { parseJoinLink, providerArguments } from '../../src/sync/join-link.ts';
import { checkInvitation, type PostJson } from '../../src/sync/token-check.ts';
import { childServerForSuite, NodeWebSocket, upgradeStatus, waitFor } from './server-helpers.ts';

const suite = childServerForSuite('concord-secrets-');
let proxy: Server;
let proxyPort: number;
/** The first line of every request that went through the proxy ("POST /api/check HTTP/1.1"). */
const accessLog: string[] = [];

beforeAll(async () => {
  proxy = createServer((client) => {
    const upstream = connect(suite.child.port, '127.0.0.1');
    let head = '';
    client.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      for (let end = head.indexOf('\r\n'); end >= 0; end = head.indexOf('\r\n')) {
        const line = head.slice(0, end);
        if (/^(GET|POST|HEAD|PUT|OPTIONS) /.test(line)) accessLog.push(line);
        head = head.slice(end + 2);
      }
      upstream.write(chunk);
    });
    upstream.pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  proxyPort = typeof address === 'object' && address !== null ? address.port : 0;
});
afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

const postJson: PostJson = async (url, payload) => {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(payload) });
  return { status: response.status, body: await response.json() };
};

describe('tokens in transit', () => {
  it('never appear in a URL the app requests', async () => {
    const { token } = await new InvitationStore(suite.dir).create({ workspace: 'w_secret', role: 'delegate', org: 'RED' });
    const { webLink } = invitationLinks(`ws://127.0.0.1:${proxyPort}`, 'w_secret', token);
    expect((await fetch(webLink)).status).toBe(200); // a browser opening the link: the #fragment stays home
    const invitation = parseJoinLink(webLink);
    let check = await checkInvitation(invitation, postJson);
    for (let tries = 0; check.kind !== 'admitted' && tries < 50; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200)); // until the server has read the new invitation
      check = await checkInvitation(invitation, postJson);
    }
    expect(check).toEqual({ kind: 'admitted', org: 'RED', role: 'delegate' });
    const { serverUrl, room, protocols } = providerArguments(invitation);
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(serverUrl, room, doc, { protocols, WebSocketPolyfill: NodeWebSocket, disableBc: true });
    await waitFor(() => provider.synced, 'the sync through the proxy');
    provider.destroy();

    expect(accessLog.some((line) => line.startsWith('POST /api/check'))).toBe(true);
    expect(accessLog.some((line) => line.startsWith('GET /w_secret'))).toBe(true);
    for (const line of accessLog) expect(line).not.toContain(token);
  });

  it('backs off an address that guesses tokens, and logs the guesses as a few lines', async () => {
    const { token } = await new InvitationStore(suite.dir).create({ workspace: 'w_guess', role: 'delegate', org: 'RED' });
    const base = `http://127.0.0.1:${suite.child.port}`;
    const statuses: number[] = [];
    for (let i = 0; i < DEFAULT_LIMITS.failedChecksBeforeBackoff + 20; i += 1) {
      const guess = `guess-${String(i).padStart(40, '0')}`;
      statuses.push((await fetch(`${base}/api/check`, { method: 'POST', body: JSON.stringify({ workspace: 'w_guess', token: guess }) })).status);
    }
    expect(statuses.slice(0, DEFAULT_LIMITS.failedChecksBeforeBackoff)).toEqual(Array.from({ length: DEFAULT_LIMITS.failedChecksBeforeBackoff }, () => 401));
    expect(statuses.slice(DEFAULT_LIMITS.failedChecksBeforeBackoff + 1).every((status) => status === 429)).toBe(true);
    // Even a valid token waits while its address backs off.
    expect((await upgradeStatus(`ws://127.0.0.1:${suite.child.port}/w_guess`, token)).status).toBe(429);
    const refusals = suite.child.events.filter((e) => e.event === 'check.refused' || e.event === 'upgrade.refused');
    expect(refusals.length).toBeLessThanOrEqual(4);
  });
});
