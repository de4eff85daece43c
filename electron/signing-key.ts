/**
 * The delegate's signing key in the desktop app: an ed25519 key created on first use in the main process,
 * stored only encrypted by the operating system's keychain (Electron safeStorage) in the user's data
 * folder. The renderer never sees the private key; it asks the main process for signatures over IPC.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app } from 'electron';
import { writeFileAtomically } from '../cli/node-io.ts';
import { keychainCipher } from './keychain.ts';

const FILE_NAME = 'signing-key.enc';

async function loadOrCreate(): Promise<KeyObject> {
  const keychain = keychainCipher('your signing key (so Concord cannot sign votes here)');
  const path = join(app.getPath('userData'), FILE_NAME);
  try {
    const der = Buffer.from(keychain.decrypt(await readFile(path)), 'base64');
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  await writeFileAtomically(path, keychain.encrypt(der), 0o600);
  return privateKey;
}

let key: Promise<KeyObject> | null = null;

function privateKey(): Promise<KeyObject> {
  key ??= loadOrCreate().catch((error: unknown) => {
    key = null; // the keychain may be there next time (a secret store started)
    throw error;
  });
  return key;
}

/** The raw 32-byte ed25519 public key. */
export async function publicKeyBytes(): Promise<Uint8Array> {
  const jwk = createPublicKey(await privateKey()).export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('The signing key has no public part.');
  return new Uint8Array(Buffer.from(jwk.x, 'base64url'));
}

export async function signMessage(message: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(sign(null, message, await privateKey()));
}
