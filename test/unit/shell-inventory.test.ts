/**
 * The inventory of the desktop shell's protections that its code alone cannot show in one place: links
 * leaving the app only after confirmation, and no secret (invitation token, private key) in the renderer's
 * storage in plain text in the Electron build. Electron is mocked (its binary cannot be downloaded here);
 * shell-main.test.ts runs the main process against a fake Electron (IPC, links, permissions, menus), and
 * shell-security.test.ts covers the CSP, the app:// protocol and electron-builder.yml.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const userData = { path: '' };
  /** A stand-in for the OS keychain: sealed text is reversed base64 behind a marker, so it is not plain. */
  const seal = (plain: string): Buffer => Buffer.from(`sealed:${Buffer.from(plain).toString('base64').split('').reverse().join('')}`);
  const unseal = (sealed: Buffer): string => Buffer.from(sealed.toString().slice('sealed:'.length).split('').reverse().join(''), 'base64').toString();
  return {
    userData,
    dialog: { showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })) },
    shell: { openExternal: vi.fn(async () => undefined) },
    app: { getPath: () => userData.path },
    safeStorage: { isEncryptionAvailable: () => true, getSelectedStorageBackend: () => 'gnome_libsecret', encryptString: vi.fn(seal), decryptString: unseal },
  };
});
vi.mock('electron', () => electron);

const { encryptedMapFile } = await import('../../electron/encrypted-map-file.ts');
const { openExternalAfterConfirmation } = await import('../../electron/external-links.ts');
const { publicKeyBytes, signMessage } = await import('../../electron/signing-key.ts');
const { keepInvitationsIn, invitationFor, rememberInvitation, forgetInvitation } = await import('../../renderer/sync/invitation-store.ts');

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('links leaving the app', () => {
  beforeEach(() => {
    electron.dialog.showMessageBox.mockClear();
    electron.shell.openExternal.mockClear();
  });

  it('open in the system browser only after the user confirms', async () => {
    const window = Object.create(null);
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await openExternalAfterConfirmation(window, 'https://www.debian.org/')).toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(await openExternalAfterConfirmation(window, 'https://www.debian.org/')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.debian.org/');
    expect(JSON.stringify(electron.dialog.showMessageBox.mock.calls.at(-1))).toContain('https://www.debian.org/');
  });

  it('never open file:, javascript: or other schemes, not even after asking', async () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'concord://join?x', 'not a url']) {
      expect(await openExternalAfterConfirmation(Object.create(null), url)).toBe(false);
    }
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('go through that one function: no other openExternal in the shell (window.open leading there: shell-main.test.ts)', () => {
    const calls = readdirSync(new URL('../../electron/', import.meta.url))
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => (read(`electron/${file}`).match(/\.openExternal\(/g) ?? []).map(() => file));
    expect(calls).toEqual(['external-links.ts']);
  });
});

describe('secrets never sit in the renderer’s storage in plain text (Electron build)', () => {
  /** AES-256-GCM with a random key: stands in for safeStorage (the OS keychain). */
  function testCipher(): { encrypt(plain: string): Buffer; decrypt(sealed: Buffer): string } {
    const key = randomBytes(32);
    return {
      encrypt(plain) {
        const iv = randomBytes(12);
        const cipher = createCipheriv('aes-256-gcm', key, iv);
        const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
        return Buffer.concat([iv, cipher.getAuthTag(), body]);
      },
      decrypt(sealed) {
        const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
        decipher.setAuthTag(sealed.subarray(12, 28));
        return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
      },
    };
  }

  it('keeps invitation links in the main process’s file, encrypted: the token is nowhere in it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'concord-vault-')), 'invitations.enc');
    const cipher = testCipher();
    const vault = encryptedMapFile(path, () => cipher);
    const token = 'tok3n-that-must-not-leak-0123456789abcdef';
    const link = `concord://join?server=wss%3A%2F%2Fconcord.example.org&workspace=w_a&token=${token}`;
    await vault.set('w_a', link);
    await vault.set('w_b', `${link}b`);
    await vault.delete('w_b');
    const onDisk = readFileSync(path);
    expect(onDisk.includes(token)).toBe(false);
    expect(onDisk.includes('concord://')).toBe(false);
    const reopened = encryptedMapFile(path, () => cipher);
    expect(await reopened.get('w_a')).toBe(link);
    expect(await reopened.get('w_b')).toBeNull();
    // Without the keychain's key the file says nothing.
    await expect(encryptedMapFile(path, testCipher).get('w_a')).rejects.toThrow();
  });

  it('routes the renderer’s invitations to the Host’s vault when the Host has one', async () => {
    const kept = new Map<string, string>();
    keepInvitationsIn({
      get: async (workspace) => kept.get(workspace) ?? null,
      put: async (workspace, link) => void kept.set(workspace, link),
      delete: async (workspace) => void kept.delete(workspace),
    });
    const invitation = { server: 'wss://concord.example.org', workspace: 'w_vault', token: 'secret-token-value' };
    await rememberInvitation(invitation);
    expect(kept.get('w_vault')).toContain('secret-token-value');
    expect(await invitationFor('w_vault')).toEqual(invitation);
    await forgetInvitation('w_vault');
    expect(kept.size).toBe(0);
  });

  it('keeps the signing key in the main process, sealed by the keychain; the renderer only gets signatures', async () => {
    electron.userData.path = mkdtempSync(join(tmpdir(), 'concord-key-'));
    const publicKey = await publicKeyBytes();
    expect(publicKey).toHaveLength(32);
    expect(await signMessage(new TextEncoder().encode('vote'))).toHaveLength(64);
    const [plain] = electron.safeStorage.encryptString.mock.calls.at(-1) ?? [''];
    const files = readdirSync(electron.userData.path);
    expect(files).toEqual(['signing-key.enc']);
    const onDisk = readFileSync(join(electron.userData.path, 'signing-key.enc'));
    expect(onDisk.toString()).toMatch(/^sealed:/);
    expect(onDisk.includes(plain)).toBe(false);
  });

  it('lets only reviewed renderer modules use browser storage, none of them for a secret in the Electron build', () => {
    /** Each module that stores something in the renderer, and what. */
    const REVIEWED: Record<string, string> = {
      'renderer/workspace-registry.ts': 'workspace ids and names',
      'renderer/sync/identity.ts': 'the display name others see',
      'renderer/identity/use-actor.ts': 'which organization a delegate working alone acts for',
      'renderer/i18n/language-choice.ts': 'the language the app speaks on this computer',
      'renderer/keys/web-signing-key.ts': 'web build only: a non-extractable WebCrypto key (the desktop app signs in the main process)',
      'renderer/sync/invitation-store.ts': 'web build only: invitation links (the desktop app keeps them in the main process, encrypted)',
      'renderer/persistence/persistence-worker.ts': 'the workspace document, through y-indexeddb in a worker (no secrets: tokens and keys are not in it)',
    };
    const storing: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(new URL(`../../${dir}`, import.meta.url), { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && /localStorage|sessionStorage|indexedDB|lib0\/indexeddb|y-indexeddb|document\.cookie/.test(read(path))) storing.push(path);
      }
    };
    walk('renderer');
    for (const path of storing) expect(Object.keys(REVIEWED), `${path} stores data in the renderer: review it and list it here`).toContain(path);
  });
});
