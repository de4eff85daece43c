/**
 * The server's check of a presence (awareness) update from one connection, before it is applied: every
 * state must fit the size cap, and a connection may set only the client ids it owns — those it set first,
 * up to a few per connection, or those of another connection of its own invitation (a reconnect). An entry
 * for an id another invitation owns is dropped when it changes nothing (stock clients echo the states they
 * receive) and refused when it would change that participant's presence ("Chair (spoofed)").
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CLOSE_PRESENCE_SPOOFED, CLOSE_PRESENCE_TOO_LARGE } from '../src/sync/token-check.ts';
import type { Limits } from './limits.ts';
import { Refused, type Peer } from './peer.ts';

export interface PresenceContext {
  /** Each connection with the ids it owns. */
  peers: ReadonlyMap<Peer, ReadonlySet<number>>;
  /** The clock the room holds for an id (undefined: never seen). */
  clocks(id: number): number | undefined;
  /** The server's own awareness id, which nobody may set. */
  serverId: number;
  limits: Pick<Limits, 'maxPresenceBytes' | 'presenceIdsPerConnection'>;
}

/** One client's presence as the awareness protocol carries it (state: JSON text, "null" when removed). */
export interface PresenceEntry {
  id: number;
  clock: number;
  state: string;
}

function readEntries(update: Uint8Array): PresenceEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: PresenceEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    entries.push({ id: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: decoding.readVarString(decoder) });
  }
  return entries;
}

/** An awareness update holding `entries`. */
export function encodePresence(entries: readonly PresenceEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { id, clock, state } of entries) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

/** The part of `update` that `peer` may apply (null: nothing), or throws Refused. Malformed input throws. */
export function checkPresence(update: Uint8Array, peer: Peer, context: PresenceContext): Uint8Array | null {
  const { maxPresenceBytes, presenceIdsPerConnection } = context.limits;
  const entries = readEntries(update);
  const kept: PresenceEntry[] = [];
  let owned = context.peers.get(peer)?.size ?? 0;
  for (const entry of entries) {
    if (entry.state.length > maxPresenceBytes) {
      throw new Refused(CLOSE_PRESENCE_TOO_LARGE, 'presence-too-large', `a presence state of ${entry.state.length} characters (cap ${maxPresenceBytes})`);
    }
    if (entry.id === context.serverId) continue;
    let owner: Peer | undefined;
    for (const [other, ids] of context.peers) if (ids.has(entry.id)) owner = other;
    if (owner === peer || (owner !== undefined && owner.owner === peer.owner)) {
      kept.push(entry);
      continue;
    }
    if (owner !== undefined) {
      const clock = context.clocks(entry.id) ?? 0;
      if (entry.clock > clock) throw new Refused(CLOSE_PRESENCE_SPOOFED, 'presence-spoofed', `set presence for client ${entry.id}, which another invitation owns`);
      continue; // an echo of what the server sent
    }
    if (entry.state === 'null') continue; // removing a state nobody owns changes nothing
    if (owned >= presenceIdsPerConnection) {
      throw new Refused(CLOSE_PRESENCE_SPOOFED, 'presence-spoofed', `set presence for more than ${presenceIdsPerConnection} client ids`);
    }
    owned += 1;
    kept.push(entry);
  }
  if (kept.length === 0) return null;
  return kept.length === entries.length ? update : encodePresence(kept);
}
