/**
 * Slowloris against the real server (a child process): 1,500 upgrade requests whose headers never end,
 * from one address (127.0.0.2). The server keeps only a few of them open at once (the oldest of that
 * address is dropped), closes the rest within its short header timeout, and meanwhile an honest upgrade
 * and /health from another address (127.0.0.1) are answered.
 */
import { connect, type Socket } from 'node:net';
import { expect, it } from 'vitest';
import { InvitationStore } from '../../server/invitations.ts';
import { DEFAULT_LIMITS } from '../../server/limits.ts';
import { childServerForSuite, rawSocket, waitFor } from './server-helpers.ts';

const HALF_OPEN = 1500;

const suite = childServerForSuite('concord-slowloris-');

function halfOpenUpgrade(port: number): Promise<{ socket: Socket; closed: () => boolean }> {
  return new Promise((resolve, reject) => {
    let closed = false;
    const socket = connect({ host: '127.0.0.1', port, localAddress: '127.0.0.2' }, () => {
      socket.write(`GET /w_slow HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n`);
      resolve({ socket, closed: () => closed });
    });
    socket.on('error', () => undefined);
    socket.on('close', () => (closed = true));
    socket.once('error', reject);
  });
}

it('keeps answering an honest upgrade and /health while 1,500 half-sent upgrades arrive, and drops them', async () => {
  const child = suite.child;
  const token = (await new InvitationStore(suite.dir).create({ workspace: 'w_slow', role: 'delegate', org: 'HON' })).token;
  const attackers: Array<{ socket: Socket; closed: () => boolean }> = [];
  for (let i = 0; i < HALF_OPEN; i += 1) attackers.push(await halfOpenUpgrade(child.port));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const stillOpen = attackers.filter((a) => !a.closed()).length;
  expect(stillOpen).toBeLessThanOrEqual(DEFAULT_LIMITS.maxPendingSocketsPerAddress + 8);

  const health = await fetch(`http://127.0.0.1:${child.port}/health`);
  expect(health.status).toBe(200);
  const honest = await rawSocket(`ws://127.0.0.1:${child.port}/w_slow`, token);
  expect(honest.ws.readyState).toBe(honest.ws.OPEN);
  honest.ws.close();

  // The few kept are closed by the header timeout, not left open for a minute.
  await waitFor(() => attackers.every((a) => a.closed()), 'every half-sent upgrade to be closed', 4 * DEFAULT_LIMITS.headersTimeoutMs);
  expect(child.events.some((e) => e.event === 'socket.dropped' && e.address === '127.0.0.2')).toBe(true);
  // Refusals are aggregated: one line for the first, the rest counted (flushed at the interval or at stop).
  expect(child.events.filter((e) => e.event === 'socket.dropped').length).toBeLessThan(10);
}, 120_000);
