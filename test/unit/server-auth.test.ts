/**
 * Who gets in: an upgrade without a token, with an unknown token, for another room, or with a revoked
 * token is refused (401/403) before any frame flows; revoking closes open connections (from the API and
 * from `concord invite --revoke` in another "process" through the file); observers read but their writes
 * are dropped and logged; the token check over HTTP answers the app; tokens are stored only hashed.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { serverCommands } from '../../server/commands.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { parseJoinLink } from '../../src/sync/join-link.ts';
import { checkInvitation, closeRefusal, CLOSE_REVOKED } from '../../src/sync/token-check.ts';
import { concord } from './cli-helpers.ts';
import { applySyncFrames, connectClient, rawSocket, synced, syncStep1Frame, upgradeStatus, waitFor } from './server-helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ limits: { connectionsPerToken: 2 } });
});
afterAll(() => server.close());

const postJson = async (url: string, payload: unknown): Promise<{ status: number; body: unknown }> => {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(payload) });
  return { status: response.status, body: await response.json() };
};

describe('refused upgrades', () => {
  it('refuses an upgrade without a token with 401', async () => {
    const { status, body } = await upgradeStatus(`${server.url}/w_auth1`);
    expect(status).toBe(401);
    expect(JSON.parse(body)).toMatchObject({ reason: 'missing-token' });
  });

  it('refuses an unknown token with 401', async () => {
    expect((await upgradeStatus(`${server.url}/w_auth1`, 'a'.repeat(43))).status).toBe(401);
  });

  it('refuses a token for another room with 403', async () => {
    const token = await server.invite('w_auth1');
    const { status, body } = await upgradeStatus(`${server.url}/w_auth2`, token);
    expect(status).toBe(403);
    expect(JSON.parse(body)).toMatchObject({ reason: 'wrong-workspace' });
    expect((await upgradeStatus(`${server.url}/w_auth1`, token)).status).toBe(101);
  });

  it('refuses a revoked token with 403', async () => {
    const token = await server.invite('w_auth1');
    await server.server.revoke(token);
    const { status, body } = await upgradeStatus(`${server.url}/w_auth1`, token);
    expect(status).toBe(403);
    expect(JSON.parse(body)).toMatchObject({ reason: 'revoked' });
  });

  it('refuses a path that is no room name with 404', async () => {
    const token = await server.invite('w_auth1');
    expect((await upgradeStatus(`${server.url}/a/b`, token)).status).toBe(404);
    expect((await upgradeStatus(`${server.url}/%E0%A4%A`, token)).status).toBe(404);
    expect((await fetch(`${server.httpUrl}/api/check`, { method: 'POST', body: JSON.stringify({ workspace: '%E0%A4%A', token }) })).status).toBe(403);
  });

  it('refuses connections beyond the per-invitation limit with 429', async () => {
    const token = await server.invite('w_auth3');
    const open = [await rawSocket(`${server.url}/w_auth3`, token), await rawSocket(`${server.url}/w_auth3`, token)];
    expect((await upgradeStatus(`${server.url}/w_auth3`, token)).status).toBe(429);
    for (const socket of open) socket.ws.close();
    await Promise.all(open.map((socket) => socket.closed));
    await waitFor(() => server.events.filter((e) => e.event === 'connection.closed' && e.room === 'w_auth3').length === 2, 'the server to see them close');
    expect((await upgradeStatus(`${server.url}/w_auth3`, token)).status).toBe(101);
  });
});

describe('revocation', () => {
  it('closes a revoked invitation’s open connection with 4403, and y-websocket stops reconnecting', async () => {
    const token = await server.invite('w_revoke1');
    const client = connectClient(server.url, 'w_revoke1', token);
    await synced(client);
    const closed = new Promise<{ code: number }>((resolve) => client.provider.on('closed', (event) => resolve(event)));
    const raw = await rawSocket(`${server.url}/w_revoke1`, token);
    await server.server.revoke(token);
    expect((await raw.closed).code).toBe(CLOSE_REVOKED);
    expect((await closed).code).toBe(CLOSE_REVOKED);
    expect(closeRefusal(CLOSE_REVOKED)).toBe('revoked');
    expect(client.provider.shouldConnect).toBe(false);
    client.destroy();
  });

  it('notices `concord invite --revoke` run against the data directory', async () => {
    const minted = await server.inviteFull('w_revoke2', 'delegate', 'GREEN');
    const raw = await rawSocket(`${server.url}/w_revoke2`, minted.token);
    const result = await concord(['invite', '--data', server.dataDir, '--revoke', minted.invitation.id], serverCommands);
    expect(result.code).toBe(0);
    expect((await raw.closed).code).toBe(CLOSE_REVOKED);
  });

  it('admits an invitation minted by `concord invite` while the server runs', async () => {
    const result = await concord(['invite', '--data', server.dataDir, '--workspace', 'w_cli', '--org', 'RED', '--role', 'chair', '--server', server.url, '--json'], serverCommands);
    expect(result.code).toBe(0);
    const printed: unknown = JSON.parse(result.out);
    const link = typeof printed === 'object' && printed !== null ? String(Reflect.get(printed, 'appLink')) : '';
    const invitation = parseJoinLink(link);
    expect(await checkInvitation(invitation, postJson)).toEqual({ kind: 'admitted', org: 'RED', role: 'chair' });
    expect((await upgradeStatus(`${server.url}/w_cli`, invitation.token)).status).toBe(101);
  });
});

describe('observers', () => {
  it('receive the document and presence, but their document updates are dropped and logged', async () => {
    const room = 'w_observe';
    const writer = connectClient(server.url, room, await server.invite(room, 'delegate', 'W'));
    const observer = connectClient(server.url, room, await server.invite(room, 'observer', 'OBS'));
    await Promise.all([synced(writer), synced(observer)]);
    writer.text.insert(0, 'Article I: the name.');
    await waitFor(() => observer.text.toString() === 'Article I: the name.', 'the observer to receive the text');

    observer.text.insert(0, 'VANDALISM ');
    observer.provider.awareness.setLocalStateField('user', { name: 'Olga' });
    await waitFor(() => writer.provider.awareness.getStates().get(observer.doc.clientID) !== undefined, 'the observer’s presence');
    await waitFor(() => server.events.some((e) => e.event === 'observer.write-dropped' && e.room === room), 'the drop to be logged');
    writer.text.insert(writer.text.length, ' Article II.');
    await waitFor(() => observer.text.toString().endsWith('Article II.'), 'the observer to keep receiving');

    // A fresh reader sees exactly the writer's text: nothing of the observer's reached the server.
    const reader = await rawSocket(`${server.url}/${room}`, await server.invite(room, 'observer', 'R'));
    reader.send(syncStep1Frame(new Y.Doc()));
    const doc = new Y.Doc();
    await waitFor(() => reader.frames.length >= 2, 'the reader’s sync');
    await waitFor(() => {
      applySyncFrames(doc, reader.frames);
      return doc.getText('t').toString() === 'Article I: the name. Article II.';
    }, 'the reader to hold the writer’s text only');
    expect(writer.text.toString()).toBe('Article I: the name. Article II.');
    reader.ws.close();
    writer.destroy();
    observer.destroy();
  });
});

describe('the token check over HTTP', () => {
  it('answers 200 with the role, 401 for an unknown or missing token, 403 for revoked or another workspace', async () => {
    const minted = await server.inviteFull('w_check', 'observer', 'BLUE');
    const invitation = parseJoinLink(minted.webLink);
    expect(invitation).toEqual({ server: server.url, workspace: 'w_check', token: minted.token });
    expect(minted.webLink.split('#')[0]).not.toContain(minted.token); // the token is in the #fragment, which no browser sends
    expect(await checkInvitation(invitation, postJson)).toEqual({ kind: 'admitted', org: 'BLUE', role: 'observer' });

    const missing = await fetch(`${server.httpUrl}/api/check`, { method: 'POST', body: JSON.stringify({ workspace: 'w_check' }) });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ ok: false, reason: 'missing-token' });
    expect(await checkInvitation({ ...invitation, token: 'b'.repeat(43) }, postJson)).toMatchObject({ kind: 'refused', reason: 'unknown-token' });
    expect(await checkInvitation({ ...invitation, workspace: 'w_other' }, postJson)).toMatchObject({ kind: 'refused', reason: 'wrong-workspace' });
    await server.server.revoke(minted.invitation.id);
    const revoked = await checkInvitation(invitation, postJson);
    expect(revoked).toMatchObject({ kind: 'refused', reason: 'revoked' });
    expect(await checkInvitation({ ...invitation, server: 'ws://127.0.0.1:1' }, postJson)).toMatchObject({ kind: 'unreachable' });
  });

  it('stores only hashes of tokens', async () => {
    const token = await server.invite('w_hash');
    const file = await readFile(join(server.dataDir, 'invitations.json'), 'utf8');
    expect(file).not.toContain(token);
    expect(file).toContain('w_hash');
  });

  it('serves a /join page that points to the app', async () => {
    const minted = await server.inviteFull('w_join');
    const response = await fetch(minted.webLink);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('concord://join?server=');
    expect(html).not.toContain(minted.token);
    // Its one script (which reads the token from the #fragment) is the only one a browser will run.
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(script).digest('base64');
    expect(response.headers.get('content-security-policy')).toBe(`default-src 'none'; script-src 'sha256-${hash}'`);
  });
});
