/**
 * The desktop app's secrets on Linux without a secret store: Electron's safeStorage then reports the
 * `basic_text` backend (a password built into every copy of Electron). Against a fake of Electron's API,
 * neither the signing key nor an invitation is written, and the delegate is told plainly why and what to do.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  userData: { path: '' },
  backend: { name: 'basic_text' },
}));
vi.mock('electron', () => ({
  app: { getPath: () => electron.userData.path },
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => electron.backend.name,
    encryptString: (plain: string) => Buffer.from(plain),
    decryptString: (sealed: Buffer) => sealed.toString(),
  },
}));

const { keychainCipher } = await import('../../electron/keychain.ts');

describe.runIf(process.platform === 'linux')('the basic_text keychain on Linux', () => {
  it('is refused for the signing key and for invitations, with words, and nothing is written', async () => {
    electron.userData.path = mkdtempSync(join(tmpdir(), 'concord-keychain-'));
    electron.backend.name = 'basic_text';
    const { signMessage } = await import('../../electron/signing-key.ts');
    const { invitationVault } = await import('../../electron/invitation-vault.ts');
    await expect(signMessage(new Uint8Array([1]))).rejects.toThrow(/No secret store .* is running.*signing key/);
    await expect(invitationVault().set('w_a', 'concord://join?…')).rejects.toThrow(/No secret store .* is running.*start your desktop's secret store/);
    expect(readdirSync(electron.userData.path)).toEqual([]);
  });

  it('is used when a real secret store is selected', () => {
    electron.backend.name = 'gnome_libsecret';
    expect(keychainCipher('a test secret').decrypt(keychainCipher('a test secret').encrypt('x'))).toBe('x');
  });
});
