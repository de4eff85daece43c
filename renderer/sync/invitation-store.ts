/**
 * The invitation each workspace on this computer uses to reach its sync server, with a way to hear when
 * one is added or removed (joining a meeting connects the open workspace at once). In the desktop app
 * the links (which carry tokens) are kept by the main process, encrypted (Host.invitations); in a
 * browser, in IndexedDB. `keepInvitationsIn` picks the desktop vault at start-up and moves any link an
 * earlier version left in IndexedDB into it.
 */
import * as idb from 'lib0/indexeddb';
import { parseJoinLink, appJoinLink, type Invitation } from '../../src/sync/join-link.ts';
import type { InvitationVault } from '../host.ts';

const DB_NAME = 'concord-invitations';
const STORE = 'invitations';
const listeners = new Set<(workspace: string) => void>();
let database: ReturnType<typeof idb.openDB> | null = null;

function db(): ReturnType<typeof idb.openDB> {
  database ??= idb.openDB(DB_NAME, (d) => idb.createStores(d, [[STORE]]));
  return database;
}

/** The browser's keeping: IndexedDB, in plain text (a browser has no keychain to seal it with). */
const indexedDbVault: InvitationVault = {
  async get(workspace) {
    const [store] = idb.transact(await db(), [STORE], 'readonly');
    const link: unknown = store ? await idb.get(store, workspace) : undefined;
    return typeof link === 'string' ? link : null;
  },
  async put(workspace, link) {
    const [store] = idb.transact(await db(), [STORE]);
    if (store) await idb.put(store, link, workspace);
  },
  async delete(workspace) {
    const [store] = idb.transact(await db(), [STORE]);
    if (store) await idb.del(store, workspace);
  },
};

let vault: Promise<InvitationVault> = Promise.resolve(indexedDbVault);

/** Keep invitations in `desktop` (the Host's vault) from now on, moving any left in IndexedDB into it. */
export function keepInvitationsIn(desktop: InvitationVault): void {
  vault = (async () => {
    const [store] = idb.transact(await db(), [STORE]);
    const left = store ? await idb.getAllKeysValues(store) : [];
    for (const { k, v } of left) if (typeof k === 'string' && typeof v === 'string') await desktop.put(k, v);
    const [clearing] = idb.transact(await db(), [STORE]);
    if (clearing) await idb.rtop(clearing.clear());
    return desktop;
  })().catch(() => desktop);
}

export async function invitationFor(workspace: string): Promise<Invitation | null> {
  const link = await (await vault).get(workspace);
  if (link === null) return null;
  try {
    return parseJoinLink(link);
  } catch {
    return null;
  }
}

export async function rememberInvitation(invitation: Invitation): Promise<void> {
  await (await vault).put(invitation.workspace, appJoinLink(invitation));
  for (const listener of listeners) listener(invitation.workspace);
}

export async function forgetInvitation(workspace: string): Promise<void> {
  await (await vault).delete(workspace);
  for (const listener of listeners) listener(workspace);
}

/** Be told when the invitation of a workspace changes; returns a function that stops it. */
export function onInvitationChange(listener: (workspace: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
