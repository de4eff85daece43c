/**
 * Asking the sync server whether an invitation still admits us, before connecting — a refused WebSocket
 * upgrade looks like any network error to a browser, so without this the app could only retry forever.
 *
 * The server's contract (POST {http base}/api/check with the JSON body {"workspace":"w_…","token":"…"},
 * so that the token is in no URL):
 *   200 {"ok":true,"workspace":"w_…","org":"SHORT","role":"delegate"|"chair"|"observer"}
 *   401 {"ok":false,"reason":"missing-token"|"unknown-token","message":"…"}
 *   403 {"ok":false,"reason":"revoked"|"expired"|"wrong-workspace","message":"…"}
 *   429 {"ok":false,"reason":"too-many-failures","message":"…"} (this address guessed: wait)
 * and, once connected, closes a revoked invitation's sockets with code 4403, which y-websocket (≥ 3.1)
 * treats as final (it emits `closed` and stops reconnecting).
 */
import { checkRequest, type Invitation } from './join-link.ts';

export type Role = 'delegate' | 'chair' | 'observer';
const REFUSAL_REASONS = ['missing-token', 'unknown-token', 'revoked', 'expired', 'wrong-workspace'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];
/**
 * Why the app stops syncing for good: the check's refusal, or the server's reason for closing an open
 * connection. The app words each in its language (the `app` catalog's `sync.refusals`).
 */
export type SyncRefusal = RefusalReason | 'presence-spoofed' | 'presence-too-large' | 'workspace-full' | 'room-damaged' | 'refused';

export type TokenCheck =
  | { kind: 'admitted'; org: string; role: Role }
  /** The server said no: tell the user, and do not connect or retry. */
  | { kind: 'refused'; reason: RefusalReason }
  /** No answer we understand (offline, server down, not a Concord server): work offline, try again later. */
  | { kind: 'unreachable' };

/** The one thing the check needs from the platform: POST JSON to a URL, give back the status and parsed JSON body. */
export type PostJson = (url: string, body: unknown) => Promise<{ status: number; body: unknown }>;

/**
 * Close codes the Concord server uses on an open sync connection. Codes 4400–4499 are final (y-websocket
 * stops reconnecting and the app says why); 4500–4599 and the standard ones are retried.
 */
export const CLOSE_REVOKED = 4403;
/** The connection set presence (awareness) for a participant it does not speak for. */
export const CLOSE_PRESENCE_SPOOFED = 4409;
/** The connection's presence state is over the server's size cap. */
export const CLOSE_PRESENCE_TOO_LARGE = 4413;
/** The workspace reached the server's size quota; the change was not stored. */
export const CLOSE_WORKSPACE_FULL = 4414;
/** The server's stored copy of the workspace failed its check at load and is not served. */
export const CLOSE_ROOM_DAMAGED = 4422;
/** The invitation expired; its connections are closed. */
export const CLOSE_EXPIRED = 4410;
export const CLOSE_RATE_LIMITED = 4529;

/** The reasons for the final close codes other than an invitation's own (revoked, expired). */
const CLOSE_REFUSALS: Readonly<Record<number, SyncRefusal>> = {
  [CLOSE_PRESENCE_SPOOFED]: 'presence-spoofed',
  [CLOSE_PRESENCE_TOO_LARGE]: 'presence-too-large',
  [CLOSE_WORKSPACE_FULL]: 'workspace-full',
  [CLOSE_ROOM_DAMAGED]: 'room-damaged',
};

const ROLES: readonly string[] = ['delegate', 'chair', 'observer'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && ROLES.includes(value);
}

function field(body: unknown, key: string): unknown {
  if (typeof body !== 'object' || body === null || !Object.hasOwn(body, key)) return undefined;
  const value: unknown = Reflect.get(body, key);
  return value;
}

function isReason(value: unknown): value is RefusalReason {
  return REFUSAL_REASONS.some((reason) => reason === value);
}

/** Read the server's answer to a check (any status and body, trusted for nothing). */
export function interpretCheck(status: number, body: unknown): TokenCheck {
  if (status === 200 && field(body, 'ok') === true) {
    const org = field(body, 'org');
    const role = field(body, 'role');
    if (typeof org === 'string' && isRole(role)) return { kind: 'admitted', org, role };
  }
  if (status === 401 || status === 403) {
    const reason = field(body, 'reason');
    const known: RefusalReason = isReason(reason) ? reason : status === 401 ? 'unknown-token' : 'revoked';
    return { kind: 'refused', reason: known };
  }
  // 429 (this network guessed too many invitations: wait), a server down, or not a Concord server at all.
  return { kind: 'unreachable' };
}

/** Check an invitation against its server. Never throws: a network failure is `unreachable`. */
export async function checkInvitation(invitation: Invitation, postJson: PostJson): Promise<TokenCheck> {
  try {
    const request = checkRequest(invitation);
    const { status, body } = await postJson(request.url, request.body);
    return interpretCheck(status, body);
  } catch {
    return { kind: 'unreachable' };
  }
}

/** Why a final close of the sync connection stops syncing, or undefined for a transient close. */
export function closeRefusal(code: number): SyncRefusal | undefined {
  if (code === CLOSE_REVOKED) return 'revoked';
  if (code === CLOSE_EXPIRED) return 'expired';
  const known = CLOSE_REFUSALS[code];
  if (known !== undefined) return known;
  if (code >= 4400 && code < 4500) return 'refused';
  return undefined;
}
