/**
 * The chair's invitation admin over HTTP, as an attacker would try it: no token, a token in the URL, a
 * delegate's token, a chair of another workspace, a revoked chair, another workspace's invitation, a bad or
 * oversized body — each refused, nothing changed; and the chair lists, creates (with expiry) and revokes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { parseJoinLink } from '../../src/sync/join-link.ts';

let server: TestServer;
let chair: string;
beforeAll(async () => {
  server = await startTestServer();
  chair = await server.invite('w_admin', 'chair', 'RED');
});
afterAll(() => server.close());

async function call(path: string, token: string | undefined, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.httpUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

const count = (): number => server.server.invitations().length;

describe('invitation admin', () => {
  it('refuses anyone but this workspace’s chair, and changes nothing', async () => {
    const before = count();
    const delegate = await server.invite('w_admin', 'delegate', 'BLUE');
    const otherChair = await server.invite('w_other', 'chair', 'RED');
    const revokedChair = await server.inviteFull('w_admin', 'chair', 'GREEN');
    await server.server.revoke(revokedChair.invitation.id);
    const create = { workspace: 'w_admin', org: 'BLUE', role: 'delegate' };
    expect((await call('/api/admin/invitations', undefined, create)).status).toBe(401);
    expect((await call(`/api/admin/invitations?workspace=w_admin&token=${chair}`, undefined)).status).toBe(401);
    expect((await call('/api/admin/invitations', delegate, create)).status).toBe(403);
    expect((await call('/api/admin/invitations', otherChair, create)).status).toBe(403);
    expect((await call('/api/admin/invitations', revokedChair.token, create)).status).toBe(403);
    expect((await call('/api/admin/invitations?workspace=w_admin', delegate)).status).toBe(403);
    expect(count()).toBe(before + 3);
  });

  it('refuses a bad or oversized body with a message', async () => {
    const before = count();
    expect((await call('/api/admin/invitations', chair, { workspace: 'w_admin', org: 'BLUE', role: 'king' })).status).toBe(400);
    expect((await call('/api/admin/invitations', chair, { workspace: 'w_admin', org: 'BLUE', role: 'delegate', expiresAt: '2001-01-01' })).body).toMatchObject({
      message: expect.stringMatching(/not a time in the future/),
    });
    expect((await call('/api/admin/invitations', chair, '{not json')).status).toBe(400);
    expect((await call('/api/admin/invitations', chair, { workspace: 'w_admin', pad: 'x'.repeat(5000) })).status).toBe(413);
    expect(count()).toBe(before);
  });

  it('lets the chair create (with expiry), list and revoke this workspace’s invitations only', async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const made = await call('/api/admin/invitations', chair, { workspace: 'w_admin', org: 'BLUE', role: 'observer', expiresAt });
    expect(made.status).toBe(201);
    const webLink = made.body && typeof made.body === 'object' ? String(Reflect.get(made.body, 'webLink')) : '';
    const id = made.body && typeof made.body === 'object' ? String(Reflect.get(Reflect.get(made.body, 'invitation'), 'id')) : '';
    expect(parseJoinLink(webLink)).toMatchObject({ server: server.url, workspace: 'w_admin' });
    const listed = await call('/api/admin/invitations?workspace=w_admin', chair);
    expect(listed.body).toEqual(expect.arrayContaining([expect.objectContaining({ id, org: 'BLUE', role: 'observer', expiresAt })]));
    expect(JSON.stringify(listed.body)).not.toContain('w_other');
    expect(JSON.stringify(listed.body)).not.toContain('hash');

    const foreign = (await server.inviteFull('w_other', 'delegate', 'RED')).invitation.id;
    expect((await call('/api/admin/revoke', chair, { workspace: 'w_admin', id: foreign })).status).toBe(404);
    expect(server.server.invitations().find((invitation) => invitation.id === foreign)?.revokedAt).toBeUndefined();
    const revoked = await call('/api/admin/revoke', chair, { workspace: 'w_admin', id });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id, revokedAt: expect.any(String) });
  });

  it('answers the browser’s preflight for the Authorization header', async () => {
    const response = await fetch(`${server.httpUrl}/api/admin/invitations`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
  });
});
