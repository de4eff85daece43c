/**
 * Invitations: who may join which workspace, as which organization and role. Kept in DIR/invitations.json
 * so that `concord invite` (another process) can add and revoke them while the server runs; the server
 * notices changes (file watch, with a poll as a fallback) and closes a revoked invitation's connections.
 *
 * Only the SHA-256 of each token is stored. A presented token is hashed and compared with every stored
 * hash in constant time, without stopping at the first match, so timing tells nothing about the tokens.
 * Writers take a lock file and replace the file atomically (temp file, fsync, rename).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../cli/node-io.ts';
import { newId } from '../src/ids.ts';
import { isRoomName } from '../src/sync/join-link.ts';
import { isRole, type RefusalReason, type Role } from '../src/sync/token-check.ts';
import { ConcordError } from '../src/workspace/errors.ts';

export interface Invitation {
  /** Public id: how logs and the host's list name an invitation (never the token). */
  id: string;
  workspace: string;
  /** Short name of the member organization the holder speaks for. */
  org: string;
  role: Role;
  createdAt: string;
  /** After this instant (ISO 8601) the invitation admits no one. */
  expiresAt?: string;
  revokedAt?: string;
}

interface StoredInvitation extends Invitation {
  /** SHA-256 of the token, hex. */
  hash: string;
}

export type Verdict = { ok: true; invitation: Invitation } | { ok: false; status: 401 | 403; reason: RefusalReason; invitation?: Invitation };

export const INVITATIONS_FILE = 'invitations.json';
const ORG_SHORT = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,15}$/u;
const LOCK_STALE_MS = 10_000;

/**
 * 256 random bits in base64url, never starting with "-": a token is typed after `--revoke` on command lines,
 * where a leading dash reads as an option (1 token in 64 did).
 */
function newToken(): string {
  for (;;) {
    const token = randomBytes(32).toString('base64url');
    if (!token.startsWith('-')) return token;
  }
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function isStored(value: unknown): value is StoredInvitation {
  if (typeof value !== 'object' || value === null) return false;
  const get = (key: string): unknown => (Object.hasOwn(value, key) ? Reflect.get(value, key) : undefined);
  const revokedAt = get('revokedAt');
  const expiresAt = get('expiresAt');
  return (
    typeof get('id') === 'string' &&
    typeof get('workspace') === 'string' &&
    typeof get('org') === 'string' &&
    isRole(get('role')) &&
    typeof get('createdAt') === 'string' &&
    (revokedAt === undefined || typeof revokedAt === 'string') &&
    (expiresAt === undefined || (typeof expiresAt === 'string' && !Number.isNaN(Date.parse(expiresAt)))) &&
    typeof get('hash') === 'string' &&
    /^[0-9a-f]{64}$/.test(String(get('hash')))
  );
}

function parseFile(text: string, path: string): StoredInvitation[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConcordError('invite.bad-file.json', { path });
  }
  const list = typeof data === 'object' && data !== null && Object.hasOwn(data, 'invitations') ? Reflect.get(data, 'invitations') : undefined;
  if (!Array.isArray(list) || !list.every(isStored)) {
    throw new ConcordError('invite.bad-file.foreign', { path });
  }
  return list;
}

function publicView(stored: StoredInvitation): Invitation {
  const { hash: _hash, ...invitation } = stored;
  return invitation;
}

async function readStored(path: string): Promise<StoredInvitation[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
  return parseFile(text, path);
}

function writeStored(path: string, list: readonly StoredInvitation[]): Promise<void> {
  return writeFileAtomically(path, `${JSON.stringify({ version: 1, invitations: list }, null, 2)}\n`, 0o600);
}

async function withLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await (await open(lock, 'wx')).close();
      break;
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > LOCK_STALE_MS) await rm(lock, { force: true });
      else if (attempt > 500) throw new ConcordError('invite.locked', { lock });
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

export interface NewInvitation {
  workspace: string;
  org: string;
  role: Role;
  /** When the invitation stops admitting (ISO 8601); none means it lasts until revoked. */
  expiresAt?: string;
}

/** True once an invitation's expiry has passed. */
export function isExpired(invitation: Invitation, now = Date.now()): boolean {
  return invitation.expiresAt !== undefined && Date.parse(invitation.expiresAt) <= now;
}

/** The invitations of one data directory, cached in memory and re-read when the file changes. */
export class InvitationStore {
  readonly path: string;
  private readonly dir: string;
  private list: StoredInvitation[] = [];
  private signature = '';

  constructor(dir: string) {
    this.dir = dir;
    this.path = join(dir, INVITATIONS_FILE);
  }

  /** Re-read the file if it changed since the last read; true when it did. */
  async refresh(): Promise<boolean> {
    const info = await stat(this.path).catch(() => undefined);
    const signature = info ? `${info.ino}:${info.mtimeMs}:${info.size}` : 'none';
    if (signature === this.signature) return false;
    this.list = await readStored(this.path);
    this.signature = signature;
    return true;
  }

  /** Every invitation, newest last. */
  all(): Invitation[] {
    return this.list.map(publicView);
  }

  /** Is `token` good for `workspace`? Answers from memory (call refresh() first when in doubt). */
  verify(token: string | undefined, workspace: string): Verdict {
    if (token === undefined || token === '') return { ok: false, status: 401, reason: 'missing-token' };
    const presented = hashToken(token);
    let found: StoredInvitation | undefined;
    for (const stored of this.list) {
      const equal = timingSafeEqual(Buffer.from(stored.hash, 'hex'), presented);
      if (equal && found === undefined) found = stored;
    }
    if (found === undefined) return { ok: false, status: 401, reason: 'unknown-token' };
    const invitation = publicView(found);
    if (found.revokedAt !== undefined) return { ok: false, status: 403, reason: 'revoked', invitation };
    if (isExpired(found)) return { ok: false, status: 403, reason: 'expired', invitation };
    if (found.workspace !== workspace) return { ok: false, status: 403, reason: 'wrong-workspace', invitation };
    return { ok: true, invitation };
  }

  /** Mint an invitation; the token is returned once and never stored. */
  async create(input: NewInvitation): Promise<{ token: string; invitation: Invitation }> {
    if (!isRoomName(input.workspace)) {
      throw new ConcordError('invite.bad-workspace', { workspace: input.workspace });
    }
    if (!ORG_SHORT.test(input.org)) {
      throw new ConcordError('invite.bad-org', { org: input.org });
    }
    if (!isRole(input.role)) throw new ConcordError('invite.bad-role', { role: String(input.role) });
    const expiry = input.expiresAt === undefined ? undefined : Date.parse(input.expiresAt);
    if (expiry !== undefined && (Number.isNaN(expiry) || expiry <= Date.now())) {
      throw new ConcordError('invite.bad-expiry', { expiresAt: String(input.expiresAt) });
    }
    const token = newToken();
    const stored: StoredInvitation = {
      id: newId('i_'),
      workspace: input.workspace,
      org: input.org,
      role: input.role,
      createdAt: new Date().toISOString(),
      ...(expiry === undefined ? {} : { expiresAt: new Date(expiry).toISOString() }),
      hash: hashToken(token).toString('hex'),
    };
    await mkdir(this.dir, { recursive: true });
    await withLock(this.path, async () => writeStored(this.path, [...(await readStored(this.path)), stored]));
    await this.refresh();
    return { token, invitation: publicView(stored) };
  }

  /** Revoke by token or by invitation id; returns the revoked invitation. Revoking twice is harmless. */
  async revoke(tokenOrId: string): Promise<Invitation> {
    await mkdir(this.dir, { recursive: true });
    const hash = hashToken(tokenOrId).toString('hex');
    const revoked = await withLock(this.path, async () => {
      const list = await readStored(this.path);
      const index = list.findIndex((stored) => stored.id === tokenOrId || stored.hash === hash);
      const target = list[index];
      if (target === undefined) throw new ConcordError('invite.unknown');
      if (target.revokedAt !== undefined) return target;
      const updated: StoredInvitation = { ...target, revokedAt: new Date().toISOString() };
      await writeStored(
        this.path,
        list.map((stored, i) => (i === index ? updated : stored)),
      );
      return updated;
    });
    await this.refresh();
    return publicView(revoked);
  }

  /** Ids of revoked or expired invitations (the server closes their connections). */
  revokedIds(): Set<string> {
    return new Set(this.list.filter((stored) => stored.revokedAt !== undefined || isExpired(stored)).map((stored) => stored.id));
  }
}
