/**
 * Presence in a meeting: what each participant announces over y-websocket's awareness (name, the colour
 * and short name of their organization, their role), read defensively — any peer, hostile ones included,
 * can put anything there — and the roll of a meeting: everyone seen since joining, online or not.
 */
import { isRole, type Role } from './token-check.ts';

/** What a participant announces (awareness field `user`); also what labels their cursor. */
export interface PresenceUser {
  name: string;
  /** Their organization's colour, #rrggbb. */
  colour: string;
  /** Their organization's short name ('' until the server has said). */
  org: string;
  role?: Role;
}

export interface Participant extends PresenceUser {
  online: boolean;
}

/** The awareness field presence lives in (the cursor overlay reads it too). */
export const PRESENCE_FIELD = 'user';
export const UNKNOWN_COLOUR = '#888888';
const MAX_NAME = 80;
const MAX_ORG = 16;
const COLOUR = /^#[0-9a-fA-F]{6}$/;

function field(value: object, key: string): unknown {
  return Object.hasOwn(value, key) ? Reflect.get(value, key) : undefined;
}

/** A peer's announced presence, or undefined when it is not one; over-long names are cut, odd colours greyed. */
export function readPresenceUser(value: unknown): PresenceUser | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const name = field(value, 'name');
  const colour = field(value, 'colour');
  const org = field(value, 'org');
  const role = field(value, 'role');
  if (typeof name !== 'string' || name.trim() === '') return undefined;
  return {
    name: name.trim().slice(0, MAX_NAME),
    colour: typeof colour === 'string' && COLOUR.test(colour) ? colour : UNKNOWN_COLOUR,
    org: typeof org === 'string' ? org.slice(0, MAX_ORG) : '',
    ...(isRole(role) ? { role } : {}),
  };
}

/** The short names of the organizations with a delegate connected now (observers do not count). */
export function shortNamesPresent(users: readonly (PresenceUser & { online?: boolean })[]): string[] {
  return [...new Set(users.filter((u) => u.online !== false && u.role !== 'observer' && u.org !== '').map((u) => u.org.toLowerCase()))].sort();
}

/**
 * The organizations among `orgs` (the parliament's, as signed) with a delegate connected, by id. Peers'
 * announcements cannot be proved, so this is what an app shows and records as seen; the roll call, signed
 * by each delegate, is the proof.
 */
export function organizationsPresent(shorts: readonly string[], orgs: Iterable<{ org: string; short: string }>): string[] {
  const seen = new Set(shorts.map((s) => s.toLowerCase()));
  return [...orgs].filter((o) => seen.has(o.short.toLowerCase())).map((o) => o.org);
}

/** Up to two initials: "Ana Pérez" → "AP", "ben" → "B". */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  const first = [...(words[0] ?? '?')][0] ?? '?';
  const last = words.length > 1 ? ([...(words[words.length - 1] ?? '')][0] ?? '') : '';
  return `${first}${last}`.toLocaleUpperCase();
}

function key(user: PresenceUser): string {
  return JSON.stringify([user.name, user.org, user.role ?? '']);
}

const ROLE_ORDER: Record<Role, number> = { chair: 0, delegate: 1, observer: 2 };

/**
 * Everyone seen in a meeting since this app joined it. A participant who leaves (or whose connection
 * drops) stays on the roll as offline; one who comes back — even with a new client id after a reload —
 * is the same entry, online again.
 */
export class PresenceRoll {
  private readonly seen = new Map<string, PresenceUser>();

  /** The roll for the awareness states now (`self` is this app's client id, left out). */
  update(states: ReadonlyMap<number, Record<string, unknown>>, self: number): Participant[] {
    const online = new Set<string>();
    for (const [clientId, state] of states) {
      if (clientId === self) continue;
      const user = readPresenceUser(state[PRESENCE_FIELD]);
      if (!user) continue;
      const id = key(user);
      online.add(id);
      this.seen.set(id, user);
    }
    return [...this.seen.entries()]
      .map(([id, user]) => ({ ...user, online: online.has(id) }))
      .sort(
        (a, b) =>
          Number(b.online) - Number(a.online) || ROLE_ORDER[a.role ?? 'delegate'] - ROLE_ORDER[b.role ?? 'delegate'] || a.org.localeCompare(b.org) || a.name.localeCompare(b.name),
      );
  }
}

/** Black or white, whichever reads better on `background` (#rrggbb), by WCAG contrast. */
export function textColourOn(background: string): '#000000' | '#ffffff' {
  const channel = (i: number): number => {
    const value = parseInt(background.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = COLOUR.test(background) ? 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2) : 0;
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}
