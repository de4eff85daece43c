/**
 * The invitation each workspace on this computer uses to reach its sync server, kept in IndexedDB, with a
 * way to hear when one is added or removed (joining a meeting connects the open workspace at once).
 */
import * as idb from 'lib0/indexeddb';
import { parseJoinLink, appJoinLink, type Invitation } from '../../src/sync/join-link.ts';

const DB_NAME = 'concord-invitations';
const STORE = 'invitations';
const listeners = new Set<(workspace: string) => void>();
let database: Promise<IDBDatabase> | null = null;

function db(): Promise<IDBDatabase> {
  database ??= idb.openDB(DB_NAME, (d) => idb.createStores(d, [[STORE]]));
  return database;
}

export async function invitationFor(workspace: string): Promise<Invitation | null> {
  const [store] = idb.transact(await db(), [STORE], 'readonly');
  if (!store) return null;
  const link: unknown = await idb.get(store, workspace);
  if (typeof link !== 'string') return null;
  try {
    return parseJoinLink(link);
  } catch {
    return null;
  }
}

export async function rememberInvitation(invitation: Invitation): Promise<void> {
  const [store] = idb.transact(await db(), [STORE]);
  if (store) await idb.put(store, appJoinLink(invitation), invitation.workspace);
  for (const listener of listeners) listener(invitation.workspace);
}

export async function forgetInvitation(workspace: string): Promise<void> {
  const [store] = idb.transact(await db(), [STORE]);
  if (store) await idb.del(store, workspace);
  for (const listener of listeners) listener(workspace);
}

/** Be told when the invitation of a workspace changes; returns a function that stops it. */
export function onInvitationChange(listener: (workspace: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
