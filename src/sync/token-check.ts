/**
 * Asking the sync server whether an invitation still admits us, before connecting — a refused WebSocket
 * upgrade looks like any network error to a browser, so without this the app could only retry forever.
 *
 * The server's contract (GET {http base}/api/check?workspace=…&token=…):
 *   200 {"ok":true,"workspace":"w_…","org":"SHORT","role":"delegate"|"chair"|"observer"}
 *   401 {"ok":false,"reason":"missing-token"|"unknown-token","message":"…"}
 *   403 {"ok":false,"reason":"revoked"|"expired"|"wrong-workspace","message":"…"}
 * and, once connected, closes a revoked invitation's sockets with code 4403, which y-websocket (≥ 3.1)
 * treats as final (it emits `closed` and stops reconnecting).
 */
import { checkAddress, type Invitation } from './join-link.ts';

export type Role = 'delegate' | 'chair' | 'observer';
export type RefusalReason = 'missing-token' | 'unknown-token' | 'revoked' | 'expired' | 'wrong-workspace';

export type TokenCheck =
  | { kind: 'admitted'; org: string; role: Role }
  /** The server said no: tell the user, and do not connect or retry. */
  | { kind: 'refused'; reason: RefusalReason; message: string }
  /** No answer we understand (offline, server down, not a Concord server): work offline, try again later. */
  | { kind: 'unreachable'; message: string };

/** The one thing the check needs from the platform: GET a URL, give back the status and parsed JSON body. */
export type GetJson = (url: string) => Promise<{ status: number; body: unknown }>;

/** Close codes the Concord server uses on an open sync connection. */
export const CLOSE_REVOKED = 4403;
export const CLOSE_EXPIRED = 4410;
export const CLOSE_RATE_LIMITED = 4529;

const ROLES: readonly string[] = ['delegate', 'chair', 'observer'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && ROLES.includes(value);
}

const MESSAGES: Record<RefusalReason, string> = {
  'missing-token': 'This invitation has no token. Ask the host for a new invitation.',
  'unknown-token': 'This invitation is not valid on this server. Ask the host for a new invitation.',
  revoked: 'This invitation has been revoked by the host. Ask the host for a new invitation.',
  expired: 'This invitation has expired. Ask the host for a new invitation.',
  'wrong-workspace': 'This invitation is for a different workspace. Ask the host for an invitation to this one.',
};

function field(body: unknown, key: string): unknown {
  if (typeof body !== 'object' || body === null || !Object.hasOwn(body, key)) return undefined;
  const value: unknown = Reflect.get(body, key);
  return value;
}

function isReason(value: unknown): value is RefusalReason {
  return typeof value === 'string' && Object.hasOwn(MESSAGES, value);
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
    return { kind: 'refused', reason: known, message: MESSAGES[known] };
  }
  return { kind: 'unreachable', message: `The sync server gave an unexpected answer (HTTP ${status}); working offline for now.` };
}

/** Check an invitation against its server. Never throws: a network failure is `unreachable`. */
export async function checkInvitation(invitation: Invitation, getJson: GetJson): Promise<TokenCheck> {
  try {
    const { status, body } = await getJson(checkAddress(invitation));
    return interpretCheck(status, body);
  } catch {
    return { kind: 'unreachable', message: 'The sync server cannot be reached; working offline, your changes are kept.' };
  }
}

/** What a final close of the sync connection means to the user, or undefined for a transient close. */
export function closeMessage(code: number): string | undefined {
  if (code === CLOSE_REVOKED) return MESSAGES.revoked;
  if (code === CLOSE_EXPIRED) return MESSAGES.expired;
  if (code >= 4400 && code < 4500) return 'The sync server refused this connection. Ask the host for a new invitation.';
  return undefined;
}
