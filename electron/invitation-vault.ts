/**
 * The desktop app's invitation links (each carries its token), kept by the main process in
 * userData/invitations.enc, encrypted by the operating system's keychain (Electron safeStorage): the
 * renderer asks for a workspace's link over IPC when it connects and never stores it itself.
 */
import { join } from 'node:path';
import { app, safeStorage } from 'electron';
import { encryptedMapFile, type Cipher, type SecretMap } from './encrypted-map-file.ts';

function keychainCipher(): Cipher {
  if (!safeStorage.isEncryptionAvailable()) {
    throw new Error('This computer offers no secure storage (no keychain is available), so Concord cannot keep your invitation here.');
  }
  return { encrypt: (plain) => safeStorage.encryptString(plain), decrypt: (sealed) => safeStorage.decryptString(sealed) };
}

let vault: SecretMap | null = null;

export function invitationVault(): SecretMap {
  vault ??= encryptedMapFile(join(app.getPath('userData'), 'invitations.enc'), keychainCipher);
  return vault;
}
