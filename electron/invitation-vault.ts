/**
 * The desktop app's invitation links (each carries its token), kept by the main process in
 * userData/invitations.enc, encrypted by the operating system's keychain (Electron safeStorage): the
 * renderer asks for a workspace's link over IPC when it connects and never stores it itself.
 */
import { join } from 'node:path';
import { app } from 'electron';
import { encryptedMapFile, type SecretMap } from './encrypted-map-file.ts';
import { keychainCipher } from './keychain.ts';

let vault: SecretMap | null = null;

export function invitationVault(): SecretMap {
  vault ??= encryptedMapFile(join(app.getPath('userData'), 'invitations.enc'), () => keychainCipher('your invitation'));
  return vault;
}
