/**
 * The chair's side of the server's invitation admin (server/admin.ts): list, create and revoke this
 * workspace's invitations, authenticated by the chair's own invitation token in an Authorization header.
 * Every answer is checked before use; a refusal becomes an Error with the server's message.
 */
import { httpBase, type Invitation } from '../../src/sync/join-link.ts';
import { isRole, type Role } from '../../src/sync/token-check.ts';

export interface ListedInvitation {
  id: string;
  org: string;
  role: Role;
  createdAt: string;
  expiresAt?: string;
  revokedAt?: string;
}

export interface CreatedInvitation {
  invitation: ListedInvitation;
  webLink: string;
  appLink: string;
}

function text(value: unknown, key: string): string | undefined {
  const field: unknown = typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? Reflect.get(value, key) : undefined;
  return typeof field === 'string' ? field : undefined;
}

function readListed(value: unknown): ListedInvitation | undefined {
  const id = text(value, 'id');
  const org = text(value, 'org');
  const role = text(value, 'role');
  const createdAt = text(value, 'createdAt');
  if (id === undefined || org === undefined || !isRole(role) || createdAt === undefined) return undefined;
  const expiresAt = text(value, 'expiresAt');
  const revokedAt = text(value, 'revokedAt');
  return { id, org, role, createdAt, ...(expiresAt ? { expiresAt } : {}), ...(revokedAt ? { revokedAt } : {}) };
}

async function request(chair: Invitation, path: string, body?: object): Promise<unknown> {
  const query = body === undefined ? `?workspace=${encodeURIComponent(chair.workspace)}` : '';
  let response: Response;
  try {
    response = await fetch(`${httpBase(chair.server)}${path}${query}`, {
      method: body === undefined ? 'GET' : 'POST',
      cache: 'no-store',
      headers: { authorization: `Bearer ${chair.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify({ workspace: chair.workspace, ...body }) }),
    });
  } catch {
    throw new Error('The sync server cannot be reached; try again when you are online.');
  }
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new Error(text(answer, 'message') ?? `The sync server refused (HTTP ${response.status}).`);
  return answer;
}

export async function listInvitations(chair: Invitation): Promise<ListedInvitation[]> {
  const answer = await request(chair, '/api/admin/invitations');
  return Array.isArray(answer) ? answer.map(readListed).filter((item) => item !== undefined) : [];
}

export async function createInvitation(chair: Invitation, org: string, role: Role, expiresAt?: string): Promise<CreatedInvitation> {
  const answer = await request(chair, '/api/admin/invitations', { org, role, ...(expiresAt ? { expiresAt } : {}) });
  const invitation = readListed(typeof answer === 'object' && answer !== null ? Reflect.get(answer, 'invitation') : undefined);
  const webLink = text(answer, 'webLink');
  const appLink = text(answer, 'appLink');
  if (!invitation || !webLink || !appLink) throw new Error('The sync server gave an unexpected answer.');
  return { invitation, webLink, appLink };
}

export async function revokeInvitation(chair: Invitation, id: string): Promise<void> {
  await request(chair, '/api/admin/revoke', { id });
}
