/**
 * Floods against the real server (a child process; its default limits, but for a byte budget small enough
 * that this shared machine's flood is far beyond it), as the red team ran them:
 * - eight connections of one invitation pushing 64 KB updates at 150 messages/s each: the server takes
 *   no more than that invitation's byte budget, and an honest delegate in the same room keeps its
 *   connection and its edits still go through;
 * - an observer's 2 MB presence is refused (4413) and reaches nobody; 1,900 one-byte "query awareness"
 *   frames get a bounded number of bytes back (coalesced answers), not 1,900 copies of everyone's presence;
 * - a connection setting presence for a client id another invitation owns ("Chair (spoofed)") is closed
 *   (4409) and nobody sees the spoofed state, while a stock client's echo of what it received is harmless.
 * Records the figures "bytes budget held" and "observer amplification bounded" for the reliability summary.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { InvitationStore } from '../../server/invitations.ts';
import { DEFAULT_LIMITS } from '../../server/limits.ts';
import { encodePresence, type PresenceEntry } from '../../server/presence.ts';
import { CLOSE_PRESENCE_SPOOFED, CLOSE_PRESENCE_TOO_LARGE, type Role } from '../../src/sync/token-check.ts';
import { recordFigures } from '../figures.ts';
import { childServerForSuite, connectClient, rawSocket, synced, syncStep1Frame, waitFor, type ChildServer, type RawSocket } from './server-helpers.ts';

const CONNECTIONS = 8;
const MESSAGES_PER_SECOND = 150;
const FRAME_BYTES = 64 * 1024;
const FLOOD_MS = 3000;
const QUERIES = 1900;
const FRAMES_PER_CONNECTION = 16;
const BUDGET = { bytesPerSecondPerToken: 128 * 1024, bytesBurstPerToken: 512 * 1024 };

const suite = childServerForSuite('concord-flood-', (dir) => {
  writeFileSync(join(dir, 'limits.json'), JSON.stringify(BUDGET));
  return ['--limits', join(dir, 'limits.json')];
});
const invitations = new InvitationStore(suite.dir);
let child: ChildServer;
let url: string;
beforeAll(() => {
  child = suite.child;
  url = `ws://127.0.0.1:${child.port}`;
});

/** Mint an invitation the way `concord invite` does, and wait until the running server has read the file. */
async function invite(room: string, role: Role, org: string): Promise<string> {
  const { token } = await invitations.create({ workspace: room, role, org });
  const admitted = async (): Promise<boolean> =>
    (await fetch(`http://127.0.0.1:${child.port}/api/check`, { method: 'POST', body: JSON.stringify({ workspace: room, token }) })).status === 200;
  for (let tries = 0; !(await admitted()); tries += 1) {
    if (tries > 50) throw new Error('the server never read the new invitation');
    await sleep(200);
  }
  return token;
}

function presenceFrame(entries: readonly PresenceEntry[]): Uint8Array {
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encodePresence(entries));
  return encoding.toUint8Array(frame);
}

function bytesOf(frames: readonly Uint8Array[], from = 0): number {
  return frames.slice(from).reduce((sum, frame) => sum + frame.byteLength, 0);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('floods', () => {
  it('holds one invitation to its byte budget while an honest delegate in the room keeps its connection', async () => {
    const room = 'w_flood';
    const honest = connectClient(url, room, await invite(room, 'delegate', 'HON'));
    await synced(honest);
    let honestCloses = 0;
    honest.provider.on('connection-close', () => (honestCloses += 1));
    const reader = await rawSocket(`${url}/${room}`, await invite(room, 'observer', 'READ'));
    reader.send(syncStep1Frame(new Y.Doc()));
    await waitFor(() => reader.frames.some((f) => f[0] === 0 && f[1] === 1), 'the reader to sync');
    const readFrom = reader.frames.length;

    const token = await invite(room, 'delegate', 'FLOOD');
    const attackers = await Promise.all(Array.from({ length: CONNECTIONS }, () => rawSocket(`${url}/${room}`, token)));
    // Each attacker's 64 KB updates, made beforehand (making them is slow on a shared machine).
    const chunk = 'x'.repeat(FRAME_BYTES - 32);
    const pools = attackers.map(() => {
      const doc = new Y.Doc();
      const frames: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => {
        const frame = encoding.createEncoder();
        encoding.writeVarUint(frame, 0);
        encoding.writeVarUint(frame, 2);
        encoding.writeVarUint8Array(frame, update);
        frames.push(encoding.toUint8Array(frame));
      });
      for (let m = 0; m < FRAMES_PER_CONNECTION; m += 1) doc.getText('t').insert(0, chunk);
      return frames;
    });
    let offered = 0;
    const started = performance.now();
    while (performance.now() - started < FLOOD_MS) {
      attackers.forEach((attacker, i) => {
        attacker.frames.length = 0; // it reads the echoes, and forgets them
        for (let m = 0; m < MESSAGES_PER_SECOND / 10; m += 1) {
          if (attacker.ws.bufferedAmount > 32 * FRAME_BYTES) return; // 2 MB queued, unread by the server
          const frame = pools[i]?.shift();
          if (frame === undefined) return;
          attacker.send(frame);
          offered += frame.byteLength;
        }
      });
      await sleep(100);
    }
    for (const attacker of attackers) attacker.ws.terminate();
    // What was read is relayed once written: count until the relays stop.
    let accepted = -1;
    while (accepted !== bytesOf(reader.frames, readFrom)) {
      accepted = bytesOf(reader.frames, readFrom);
      await sleep(1000);
    }
    const seconds = (performance.now() - started) / 1000;
    const allowed = BUDGET.bytesBurstPerToken + BUDGET.bytesPerSecondPerToken * seconds + CONNECTIONS * FRAME_BYTES;

    honest.text.insert(0, 'Still here. ');
    await waitFor(() => reader.frames.slice(readFrom).some((f) => Buffer.from(f).includes('Still here.')), 'the honest edit to be relayed', 30_000);
    recordFigures('bytes-budget', {
      connections: CONNECTIONS,
      seconds: Math.round(seconds * 10) / 10,
      offeredBytes: offered,
      acceptedBytes: accepted,
      allowedBytes: Math.round(allowed),
      honestConnectionsClosed: honestCloses,
    });
    expect(offered).toBeGreaterThan(2 * allowed); // a real flood
    expect(accepted).toBeLessThanOrEqual(allowed);
    expect(honestCloses).toBe(0);
    expect(honest.provider.wsconnected).toBe(true);
    honest.destroy();
    reader.ws.close();
  }, 60_000);

  it('refuses a 2 MB presence and answers 1,900 presence queries with a bounded number of bytes', async () => {
    const room = 'w_presence';
    const peers: RawSocket[] = [];
    for (let i = 0; i < 7; i += 1) {
      const peer = await rawSocket(`${url}/${room}`, await invite(room, 'delegate', `D${i}`));
      peer.send(presenceFrame([{ id: 1000 + i, clock: 1, state: JSON.stringify({ user: { name: `Delegate ${i}`, note: 'n'.repeat(1000) } }) }]));
      peers.push(peer);
    }
    await waitFor(() => peers.every((p) => Buffer.concat(p.frames).includes('Delegate 6')), 'every presence to be relayed');

    const observer = await invite(room, 'observer', 'OBS');
    const big = await rawSocket(`${url}/${room}`, observer);
    big.send(presenceFrame([{ id: 5000, clock: 1, state: JSON.stringify({ user: { name: 'Big' }, pad: 'p'.repeat(2 * 1024 * 1024) }) }]));
    expect((await big.closed).code).toBe(CLOSE_PRESENCE_TOO_LARGE);
    for (const peer of peers) expect(Math.max(...peer.frames.map((f) => f.byteLength))).toBeLessThan(64 * 1024);

    const asker = await rawSocket(`${url}/${room}`, observer);
    await waitFor(() => asker.frames.some((f) => f[0] === 1), 'the greeting with everyone’s presence');
    const oneAnswer = Math.max(...asker.frames.filter((f) => f[0] === 1).map((f) => f.byteLength));
    const from = asker.frames.length;
    const started = performance.now();
    for (let i = 0; i < QUERIES; i += 1) asker.send(new Uint8Array([3]));
    await waitFor(() => asker.frames.length > from, 'an answer to the queries');
    await sleep(2 * DEFAULT_LIMITS.presenceQueryIntervalMs);
    const seconds = (performance.now() - started) / 1000;
    const sent = bytesOf(asker.frames, from);
    const bound = (2 + Math.ceil((seconds * 1000) / DEFAULT_LIMITS.presenceQueryIntervalMs)) * oneAnswer;
    recordFigures('observer-amplification', {
      queries: QUERIES,
      seconds: Math.round(seconds * 10) / 10,
      bytesSent: sent,
      answerBytes: oneAnswer,
      boundBytes: bound,
      bigPresenceRefused: 1,
    });
    expect(asker.ws.readyState).toBe(asker.ws.OPEN);
    expect(sent).toBeLessThanOrEqual(bound);
    for (const socket of [...peers, asker]) socket.ws.close();
  }, 60_000);

  it('closes a connection that sets presence for a client id another invitation owns, and nobody sees it', async () => {
    const room = 'w_spoof';
    const chair = await rawSocket(`${url}/${room}`, await invite(room, 'chair', 'CHAIR'));
    chair.send(presenceFrame([{ id: 777, clock: 1, state: JSON.stringify({ user: { name: 'Chair' } }) }]));
    const witness = await rawSocket(`${url}/${room}`, await invite(room, 'delegate', 'WIT'));
    await waitFor(() => Buffer.concat(witness.frames).includes('"Chair"'), 'the chair’s presence');

    // A stock client echoes what it received (same clock): not spoofing.
    const echo = await rawSocket(`${url}/${room}`, await invite(room, 'delegate', 'ECHO'));
    echo.send(presenceFrame([{ id: 777, clock: 1, state: JSON.stringify({ user: { name: 'Chair' } }) }]));
    const spoofer = await rawSocket(`${url}/${room}`, await invite(room, 'observer', 'SPOOF'));
    spoofer.send(presenceFrame([{ id: 777, clock: 2, state: JSON.stringify({ user: { name: 'Chair (spoofed)' } }) }]));
    expect((await spoofer.closed).code).toBe(CLOSE_PRESENCE_SPOOFED);

    const from = witness.frames.length;
    witness.send(new Uint8Array([3]));
    await waitFor(() => witness.frames.length > from, 'the answer to the query');
    expect(Buffer.concat(witness.frames).includes('spoofed')).toBe(false);
    expect(Buffer.concat(witness.frames.slice(from)).includes('"Chair"')).toBe(true);
    expect(echo.ws.readyState).toBe(echo.ws.OPEN);
    expect(child.events.some((e) => e.event === 'frame.refused' && e.reason === 'presence-spoofed')).toBe(true);
    for (const socket of [chair, witness, echo]) socket.ws.close();
  });
});
