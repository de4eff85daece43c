/**
 * The workspaces kept on this computer: a small IndexedDB store (id, coalition name, last opened), so the
 * app reopens the last one used. It lives in IndexedDB like the documents themselves, because IndexedDB
 * commits each write at once while localStorage may lose its last seconds when the app is killed.
 */
import * as idb from 'lib0/indexeddb';

export interface KnownWorkspace {
  id: string;
  name: string;
  openedAt: string;
}

const DB_NAME = 'concord-registry';
const STORE = 'workspaces';

let database: Promise<IDBDatabase> | null = null;

function db(): Promise<IDBDatabase> {
  database ??= idb.openDB(DB_NAME, (d) => idb.createStores(d, [[STORE]]));
  return database;
}

function isKnownWorkspace(value: unknown): value is KnownWorkspace {
  if (typeof value !== 'object' || value === null) return false;
  const v: Partial<Record<keyof KnownWorkspace, unknown>> = value;
  return typeof v.id === 'string' && typeof v.name === 'string' && typeof v.openedAt === 'string';
}

/** Known workspaces, most recently opened first. */
export async function knownWorkspaces(): Promise<KnownWorkspace[]> {
  const [store] = idb.transact(await db(), [STORE], 'readonly');
  if (!store) return [];
  const values: unknown[] = await idb.getAll(store);
  return values
    .map((value) => {
      try {
        return typeof value === 'string' ? JSON.parse(value) : undefined;
      } catch {
        return undefined;
      }
    })
    .filter(isKnownWorkspace)
    .sort((a, b) => b.openedAt.localeCompare(a.openedAt));
}

export async function isKnownWorkspaceId(id: string): Promise<boolean> {
  return (await knownWorkspaces()).some((w) => w.id === id);
}

export async function lastWorkspaceId(): Promise<string | null> {
  return (await knownWorkspaces())[0]?.id ?? null;
}

/** Record that a workspace was opened now (it becomes the one to reopen). */
export async function rememberWorkspace(id: string, name: string): Promise<void> {
  const [store] = idb.transact(await db(), [STORE]);
  if (store) await idb.put(store, JSON.stringify({ id, name, openedAt: new Date().toISOString() }), id);
}

export async function renameKnownWorkspace(id: string, name: string): Promise<void> {
  const known = (await knownWorkspaces()).find((w) => w.id === id);
  const [store] = idb.transact(await db(), [STORE]);
  if (store && known) await idb.put(store, JSON.stringify({ ...known, name }), id);
}
