/**
 * The one door to the operating system's keychain (Electron safeStorage) for the main process's secrets —
 * the signing key and the invitation links. It refuses, with words a delegate can act on, when there is no
 * keychain, and on Linux when Electron would fall back to its `basic_text` backend (no secret store is
 * running: everything would be "encrypted" with a password built into every copy of Electron).
 */
import { safeStorage } from 'electron';
import type { Cipher } from './encrypted-map-file.ts';

/** A cipher sealing with the keychain; throws a plain message when it cannot protect `what`. */
export function keychainCipher(what: string): Cipher {
  if (!safeStorage.isEncryptionAvailable()) {
    throw new Error(`This computer offers no secure storage (no keychain is available), so Concord cannot keep ${what} here.`);
  }
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    throw new Error(
      `No secret store (such as GNOME Keyring or KWallet) is running, so ${what} could only be protected by a password built into every copy of the app. Concord will not keep it that way: start your desktop's secret store (or install gnome-keyring), then try again.`,
    );
  }
  return { encrypt: (plain) => safeStorage.encryptString(plain), decrypt: (sealed) => safeStorage.decryptString(sealed) };
}
