/**
 * `concord invite` and `concord serve` as a user runs them: a token and join links printed (readable and
 * JSON), listing, revoking by token or id, clear refusals of bad input, and a server process that stops
 * cleanly on SIGTERM with everything it relayed on disk.
 */
import { describe, expect, it } from 'vitest';
import { serverCommands } from '../../server/commands.ts';
import { RoomStore } from '../../server/persistence.ts';
import { parseJoinLink } from '../../src/sync/join-link.ts';
import { concord, tempDir } from './cli-helpers.ts';
import { connectClient, spawnServer, synced, waitFor } from './server-helpers.ts';

const run = (argv: string[]) => concord(argv, serverCommands);

describe('concord invite', () => {
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

describe('concord serve', () => {
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
