/**
 * `concord invite` and `concord serve` as a user runs them: a token and join links printed (readable and
 * JSON), listing, revoking by token or id, clear refusals of bad input, and a server process that stops
 * cleanly on SIGTERM with everything it relayed on disk.
 */
import { describe, expect, it } from 'vitest';
import { serverCommands } from '../../server/commands.ts';
import { InvitationStore } from '../../server/invitations.ts';
import { RoomStore } from '../../server/persistence.ts';
import { parseJoinLink } from '../../src/sync/join-link.ts';
import { concord, tempDir } from './cli-helpers.ts';
import { startTestServer } from '../../server/testing.ts';
import { checkInvitation, closeRefusal, CLOSE_EXPIRED } from '../../src/sync/token-check.ts';
import { connectClient, spawnServer, synced, upgradeStatus, waitFor } from './server-helpers.ts';

const run = (argv: string[]) => concord(argv, serverCommands);

describe('concord invite', () => {
  it('never makes a token that starts with a dash, which `--revoke TOKEN` would read as an option', async () => {
    const store = new InvitationStore(tempDir());
    const tokens: string[] = [];
    // One random base64url token in 64 starts with "-": 300 of them would show it almost surely (1 - (63/64)^300 > 0.99).
    for (let i = 0; i < 300; i++) tokens.push((await store.create({ workspace: 'w_dash', role: 'delegate', org: 'RED' })).token);
    expect(tokens.filter((token) => token.startsWith('-'))).toEqual([]);
    expect(new Set(tokens).size).toBe(300);
  });

  it('prints a token and both join links, lists and revokes', async () => {
    const dir = tempDir();
    const made = await run(['invite', '--data', dir, '--workspace', 'w_cli1', '--org', 'RED', '--role', 'delegate', '--server', 'ws://10.0.0.5:4321']);
    expect(made.code).toBe(0);
    const token = /Token \(shown only now\): (\S+)/.exec(made.out)?.[1] ?? '';
    const appLink = /Join link: (\S+)/.exec(made.out)?.[1] ?? '';
    const webLink = /Web link: +(\S+)/.exec(made.out)?.[1] ?? '';
    expect(parseJoinLink(appLink)).toEqual({ server: 'ws://10.0.0.5:4321', workspace: 'w_cli1', token });
    expect(parseJoinLink(webLink)).toEqual(parseJoinLink(appLink));

    const json = await run(['invite', '--data', dir, '--workspace', 'w_cli1', '--org', 'BLUE', '--role', 'observer', '--json']);
    const printed: unknown = JSON.parse(json.out);
    expect(printed).toMatchObject({ workspace: 'w_cli1', org: 'BLUE', role: 'observer', server: 'ws://localhost:4321' });

    const listed = await run(['invite', '--data', dir, '--list', '--json']);
    expect(JSON.parse(listed.out)).toHaveLength(2);
    expect(listed.out).not.toContain(token);

    const revoked = await run(['invite', '--data', dir, '--revoke', token]);
    expect(revoked.code).toBe(0);
    expect(revoked.out).toContain('Revoked');
    expect((await run(['invite', '--data', dir, '--list'])).out).toMatch(/RED as delegate {2}\(revoked/);
  });

  it('refuses bad input with a clear message and leaves the invitations as they were', async () => {
    const dir = tempDir();
    expect((await run(['invite', '--data', dir, '--workspace', 'w_x', '--org', 'RED', '--role', 'king'])).err).toMatch(/--role must be delegate, chair or observer/);
    const badRoom = await run(['invite', '--data', dir, '--workspace', 'no/slash', '--org', 'RED', '--role', 'chair']);
    expect(badRoom.code).toBe(1);
    expect(badRoom.err).toMatch(/not a workspace id/);
    const badOrg = await run(['invite', '--data', dir, '--workspace', 'w_x', '--org', 'a-name-far-too-long-for-short', '--role', 'chair']);
    expect(badOrg.code).toBe(1);
    const unknown = await run(['invite', '--data', dir, '--revoke', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/No invitation has this token or id/);
    expect((await run(['invite', '--workspace', 'w_x'])).code).toBe(2);
    expect((await run(['invite', '--data', dir, '--list'])).out).toBe('No invitations yet.\n');
  });
});

describe('invitations that expire', () => {
  it('`--expires` sets the expiry; an expired invitation is refused with the reason, over HTTP and WebSocket', async () => {
    const dir = tempDir();
    const made = await run(['invite', '--data', dir, '--workspace', 'w_exp', '--org', 'RED', '--role', 'delegate', '--expires', '7d', '--json']);
    expect(made.code).toBe(0);
    const expiresAt = Date.parse(String(Reflect.get(JSON.parse(made.out), 'expiresAt')));
    expect(Math.abs(expiresAt - (Date.now() + 7 * 86_400_000))).toBeLessThan(60_000);
    expect((await run(['invite', '--data', dir, '--list'])).out).toMatch(/RED as delegate {2}\(created .*, expires /);
    const bad = await run(['invite', '--data', dir, '--workspace', 'w_exp', '--org', 'RED', '--role', 'delegate', '--expires', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--expires must be a duration/);
    const past = await run(['invite', '--data', dir, '--workspace', 'w_exp', '--org', 'RED', '--role', 'delegate', '--expires', '2020-01-01']);
    expect(past.code).toBe(1);
    expect(past.err).toMatch(/not a time in the future/);

    const server = await startTestServer({ dataDir: dir });
    try {
      const soon = await server.server.invite({ workspace: 'w_exp', org: 'RED', role: 'delegate', expiresAt: new Date(Date.now() + 1500).toISOString() });
      const open = connectClient(server.url, 'w_exp', soon.token);
      await synced(open);
      const closed = new Promise<{ code: number }>((resolve) => open.provider.on('closed', (event) => resolve(event)));
      expect((await closed).code).toBe(CLOSE_EXPIRED);
      expect(closeRefusal(CLOSE_EXPIRED)).toBe('expired');
      open.destroy();
      const check = await checkInvitation(parseJoinLink(soon.webLink), async (url, body) => {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        return { status: response.status, body: await response.json() };
      });
      expect(check).toMatchObject({ kind: 'refused', reason: 'expired' });
      const upgrade = await upgradeStatus(`${server.url}/w_exp`, soon.token);
      expect(upgrade.status).toBe(403);
      expect(JSON.parse(upgrade.body)).toMatchObject({ reason: 'expired' });
      expect((await run(['invite', '--data', dir, '--list'])).out).toMatch(/, expired /);
    } finally {
      await server.stop();
    }
  });
});

describe('concord serve', () => {
  it('listens on 127.0.0.1 unless --host says otherwise, and says so in its first log line and --help', async () => {
    const child = await spawnServer(tempDir(), 0, undefined, []);
    expect(JSON.parse(child.startLine)).toMatchObject({ event: 'server.listening', host: '127.0.0.1', reachableFrom: 'this computer only' });
    child.process.kill('SIGTERM');
    expect(await child.exited).toBe(0);
    const help = await run(['serve', '--help']);
    expect(help.out + help.err).toMatch(/--host defaults to 127\.0\.0\.1/);
  });

  it('runs as a process and stops cleanly on SIGTERM with the relayed edits stored', async () => {
    const dir = tempDir();
    const made = await run(['invite', '--data', dir, '--workspace', 'w_serve', '--org', 'RED', '--role', 'chair', '--json']);
    const token = String(Reflect.get(JSON.parse(made.out), 'token'));
    const child = await spawnServer(dir);
    const writer = connectClient(`ws://127.0.0.1:${child.port}`, 'w_serve', token);
    await synced(writer);
    writer.text.insert(0, 'Stored before the stop.');
    const reader = connectClient(`ws://127.0.0.1:${child.port}`, 'w_serve', token);
    await waitFor(() => reader.text.toString() === 'Stored before the stop.', 'the relay');
    child.process.kill('SIGTERM');
    expect(await child.exited).toBe(0);
    writer.destroy();
    reader.destroy();
    const store = await RoomStore.open(dir);
    expect(await store.logLength('w_serve')).toBe(1);
    await store.close();
  });
});
