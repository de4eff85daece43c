/**
 * The invitations of a workspace, administered over HTTP by its chair (the app's Invitations panel):
 *
 *   GET  /api/admin/invitations?workspace=W          → 200 [Invitation…] (that workspace's only)
 *   POST /api/admin/invitations {workspace, org, role, expiresAt?}  → 201 {token, invitation, appLink, webLink}
 *   POST /api/admin/revoke {workspace, id}           → 200 Invitation
 *
 * Every request carries a chair's invitation token for W in `Authorization: Bearer …` (never in the URL);
 * anything else is refused — 401 without a valid token, 403 for another role, another workspace, or a
 * revoked or expired one. Bodies are JSON of at most 4 KiB; a bad one is a 400 that changes nothing.
 */
import type { IncomingMessage } from 'node:http';
import { isRole } from '../src/sync/token-check.ts';
import { ConcordError } from '../src/workspace/errors.ts';
import type { Invitation, NewInvitation, Verdict } from './invitations.ts';

const MAX_BODY = 4096;

export interface AdminActions {
  /** Check a token; unknown ones count against `address` (guessing backs off). */
  verify(token: string | undefined, workspace: string, address: string): Promise<Verdict>;
  list(): Invitation[];
  invite(input: NewInvitation): Promise<{ token: string; invitation: Invitation; appLink: string; webLink: string }>;
  revoke(id: string): Promise<Invitation>;
}

type Reply = (status: number, body: unknown) => void;

function field(body: unknown, key: string): unknown {
  return typeof body === 'object' && body !== null && Object.hasOwn(body, key) ? Reflect.get(body, key) : undefined;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.byteLength;
    if (size > MAX_BODY) throw new ConcordError('admin.too-large');
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ConcordError('admin.bad-json');
  }
}

function bearer(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_-]{16,256})$/.exec(header) : null;
  return match?.[1];
}

/** Answer one /api/admin/… request. */
export async function handleAdmin(request: IncomingMessage, url: URL, actions: AdminActions, reply: Reply): Promise<void> {
  const post = request.method === 'POST';
  if (!post && request.method !== 'GET') return reply(405, { ok: false, message: 'GET or POST only' });
  let body: unknown;
  try {
    body = post ? await readJson(request) : undefined;
  } catch (error) {
    return reply(error instanceof ConcordError && error.code === 'admin.too-large' ? 413 : 400, { ok: false, message: error instanceof Error ? error.message : String(error) });
  }
  const workspaceValue = post ? field(body, 'workspace') : url.searchParams.get('workspace');
  const workspace = typeof workspaceValue === 'string' ? workspaceValue : '';
  const verdict = await actions.verify(bearer(request), workspace, request.socket.remoteAddress ?? '');
  if (!verdict.ok) return reply(verdict.status, { ok: false, reason: verdict.reason, message: 'Only the chair’s invitation for this workspace may manage its invitations.' });
  if (verdict.invitation.role !== 'chair') return reply(403, { ok: false, reason: 'not-chair', message: 'Only the chair may manage invitations.' });
  const ofWorkspace = (): Invitation[] => actions.list().filter((invitation) => invitation.workspace === workspace);
  try {
    if (url.pathname === '/api/admin/invitations' && !post) return reply(200, ofWorkspace());
    if (url.pathname === '/api/admin/invitations' && post) {
      const org = field(body, 'org');
      const role = field(body, 'role');
      const expiresAt = field(body, 'expiresAt');
      if (typeof org !== 'string' || !isRole(role) || (expiresAt !== undefined && typeof expiresAt !== 'string')) {
        return reply(400, { ok: false, message: 'An invitation needs an organization (short name), a role (delegate, chair or observer) and optionally an expiry.' });
      }
      return reply(201, await actions.invite({ workspace, org, role, ...(expiresAt === undefined ? {} : { expiresAt }) }));
    }
    if (url.pathname === '/api/admin/revoke' && post) {
      const id = field(body, 'id');
      const target = ofWorkspace().find((invitation) => invitation.id === id);
      if (target === undefined) return reply(404, { ok: false, message: 'This workspace has no invitation with this id.' });
      return reply(200, await actions.revoke(target.id));
    }
  } catch (error) {
    if (error instanceof ConcordError) return reply(400, { ok: false, message: error.message });
    throw error;
  }
  return reply(404, { ok: false, message: 'not found' });
}
