/**
 * A damaged store is refused loudly, through the real server as a child process: one flipped byte in a
 * room's LevelDB log, then a restart — the room is not served (its connections are closed with 4422, which
 * the app turns into words), the log names the room and why, and /health says so, while another room of
 * the same store is served as before. A store the server's user may not read is reported as permission
 * denied, not as "another server is using it".
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InvitationStore } from '../../server/invitations.ts';
import { closeRefusal, CLOSE_ROOM_DAMAGED } from '../../src/sync/token-check.ts';
import { connectClient, rawSocket, spawnServer, synced, waitFor, type ChildServer } from './server-helpers.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function stop(child: ChildServer): Promise<void> {
  child.process.kill('SIGTERM');
  await child.exited;
}

/** Flip one byte of the first copy of `marker` LevelDB holds (in its log, or a table made from it). */
function flipByteOf(storeDir: string, marker: string): string {
  for (const name of readdirSync(storeDir)) {
    const path = join(storeDir, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    const at = bytes.indexOf(marker);
    if (at < 0) continue;
    bytes[at + 3] = (bytes[at + 3] ?? 0) ^ 0x20;
    writeFileSync(path, bytes);
    return name;
  }
  throw new Error(`no file of the store holds "${marker}"`);
}

describe('a damaged store', () => {
  it('refuses to serve a room whose log lost a record, says so in the log and /health, and serves the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-damage-'));
    dirs.push(dir);
    const invitations = new InvitationStore(dir);
    const damaged = (await invitations.create({ workspace: 'w_damaged', role: 'delegate', org: 'RED' })).token;
    const intact = (await invitations.create({ workspace: 'w_intact', role: 'delegate', org: 'RED' })).token;
    let child = await spawnServer(dir);
    const url = `ws://127.0.0.1:${child.port}`;
    // The intact room is written (and compacted) first: LevelDB drops the rest of a log block after a bad record.
    for (const [room, token, text] of [
      ['w_intact', intact, 'Article 1. Kept.'],
      ['w_damaged', damaged, 'Article 1. Damaged soon.'],
    ] as const) {
      const writer = connectClient(url, room, token);
      await synced(writer);
      writer.text.insert(0, text);
      const check = connectClient(url, room, token);
      await waitFor(() => check.text.toString() === text, 'the text to be stored and relayed');
      writer.destroy();
      check.destroy();
      await waitFor(() => child.events.some((e) => e.event === 'room.unloaded' && e.room === room), 'the room to be compacted and closed');
    }
    await stop(child);

    flipByteOf(join(dir, 'rooms'), 'Damaged soon.');
    child = await spawnServer(dir, child.port);
    try {
      const socket = await rawSocket(`${url}/w_damaged`, damaged);
      const closed = await socket.closed;
      expect(closed.code).toBe(CLOSE_ROOM_DAMAGED);
      expect(closeRefusal(closed.code)).toBe('room-damaged');
      const logged = child.events.find((e) => e.event === 'room.damaged');
      expect(logged?.room).toBe('w_damaged');
      expect(String(logged?.error)).toMatch(/written, only .* can be read/);

      const health = await fetch(`http://127.0.0.1:${child.port}/health`);
      expect(health.status).toBe(503);
      const body: unknown = await health.json();
      expect(body).toMatchObject({ ok: false, damagedRooms: [{ room: 'w_damaged' }] });

      const reader = connectClient(url, 'w_intact', intact);
      await waitFor(() => reader.text.toString() === 'Article 1. Kept.', 'the intact room to be served');
      reader.destroy();
    } finally {
      await stop(child);
    }
  }, 60_000);

  it('reports a store the server may not read as permission denied', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-denied-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'rooms'));
    // root reads everything: run the server as nobody, with the data directory its own but the store not.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o777);
    chmodSync(join(dir, 'rooms'), asRoot ? 0o700 : 0o000);
    const child = spawn(process.execPath, [join(import.meta.dirname, '..', '..', 'server', 'main.ts'), '--data', dir, '--port', '0', '--host', '127.0.0.1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    chmodSync(join(dir, 'rooms'), 0o700);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/permission denied/);
    expect(stderr).not.toMatch(/another Concord server/);
  }, 60_000);
});
