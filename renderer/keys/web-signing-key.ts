/**
 * The browser's signing key: an ed25519 WebCrypto key pair created once, its private half non-extractable,
 * kept in IndexedDB (which stores CryptoKey objects as they are, so script can use the key but never read it).
 */
import * as idb from 'lib0/indexeddb';
import type { SigningKey } from '../host.ts';

const DB_NAME = 'concord-keys';
const STORE = 'keys';
const KEY_ID = 'signing';

function isKeyPair(value: unknown): value is CryptoKeyPair {
  if (typeof value !== 'object' || value === null) return false;
  const pair: { privateKey?: unknown; publicKey?: unknown } = value;
  return pair.privateKey instanceof CryptoKey && pair.publicKey instanceof CryptoKey;
}

async function storedPair(db: IDBDatabase): Promise<CryptoKeyPair | null> {
  const [store] = idb.transact(db, [STORE], 'readonly');
  if (!store) return null;
  const value: unknown = await idb.rtop(store.get(KEY_ID));
  return isKeyPair(value) ? value : null;
}

/** Create and store a key pair; if another window stored one first, that one is kept and used. */
async function createPair(db: IDBDatabase): Promise<CryptoKeyPair> {
  const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
  const [store] = idb.transact(db, [STORE]);
  if (!store) throw new Error('The key store could not be opened.');
  try {
    await idb.rtop(store.add(pair, KEY_ID));
    return pair;
  } catch {
    const existing = await storedPair(db);
    if (!existing) throw new Error('The signing key could not be stored.');
    return existing;
  }
}

let cached: Promise<SigningKey> | null = null;

export function webSigningKey(): Promise<SigningKey> {
  cached ??= (async () => {
    const db = await idb.openDB(DB_NAME, (d) => idb.createStores(d, [[STORE]]));
    const pair = (await storedPair(db)) ?? (await createPair(db));
    const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    return {
      publicKey,
      sign: async (message) => new Uint8Array(await crypto.subtle.sign('Ed25519', pair.privateKey, new Uint8Array(message))),
    };
  })();
  return cached;
}
