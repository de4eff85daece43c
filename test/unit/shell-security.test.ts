/**
 * The desktop shell's protections, checked without running Electron (its binary cannot be downloaded on
 * CI machines): the window settings, the Content-Security-Policy, the app:// file mapping, the sender
 * check, and that electron-builder.yml is a valid configuration with the fuses set. The main process
 * itself runs against a fake Electron in shell-main.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appUrlToRelativePath, CONTENT_SECURITY_POLICY, isExternalLink, isTrustedSender, SECURE_WEB_PREFERENCES } from '../../electron/security.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('window settings', () => {
  it('isolates and sandboxes the renderer, without Node', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name ?? '', values];
    }),
  );

  it('runs only the app’s own scripts: no eval, no inline script, nothing remote', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('is also in the page itself, as strict for scripts', () => {
    const meta = /Content-Security-Policy"\s+content="([^"]+)"/.exec(read('renderer/index.html'))?.[1] ?? '';
    expect(meta).toContain("script-src 'self';");
    expect(meta).not.toContain('unsafe-eval');
  });
});

describe('app:// protocol', () => {
  it('maps app URLs to files inside the renderer folder only', () => {
    expect(appUrlToRelativePath('app://concord/')).toBe('index.html');
    expect(appUrlToRelativePath('app://concord/assets/index-x.js')).toBe('assets/index-x.js');
    // Dot segments are resolved by the URL parser and can never climb above the folder.
    expect(appUrlToRelativePath('app://concord/../../secret')).toBe('secret');
    expect(appUrlToRelativePath('app://concord/assets/%2e%2e/%2e%2e/etc/passwd')).toBe('etc/passwd');
    for (const bad of [
      'app://concord/..%2f..%2fetc',
      'app://concord/..%5c..%5cwindows',
      'app://other/index.html',
      'file:///etc/passwd',
      'app://concord/%00',
      'app://concord/%E0%A4%A',
      'not a url',
    ]) {
      expect(appUrlToRelativePath(bad), bad).toBeNull();
    }
  });
});

describe('IPC', () => {
  it('trusts only our own main frame', () => {
    expect(isTrustedSender('app://concord/index.html', true)).toBe(true);
    expect(isTrustedSender('app://concord/index.html', false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });

  it('opens only web and mail links outside the app', () => {
    expect(isExternalLink('https://www.debian.org/')).toBe(true);
    expect(isExternalLink('file:///etc/passwd')).toBe(false);
    expect(isExternalLink('javascript:alert(1)')).toBe(false);
  });
});

describe('electron-builder.yml', () => {
  it('is a valid configuration with the security fuses and the .concord file association', async () => {
    // Read and checked by electron-builder's own loader and schema, as `npm run dist` would.
    const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util/out/DebugLogger.js');
    const root = new URL('../..', import.meta.url).pathname;
    const config = await getConfig(root, `${root}electron-builder.yml`, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config).toMatchObject({
      asar: true,
      fileAssociations: [{ ext: 'concord' }],
      electronFuses: {
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        grantFileProtocolExtraPrivileges: false,
        onlyLoadAppFromAsar: true,
      },
      linux: { target: ['AppImage', 'deb'] },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
    });
    // The same check refuses a broken configuration.
    const broken = join(mkdtempSync(join(tmpdir(), 'concord-eb-')), 'electron-builder.yml');
    writeFileSync(broken, `${read('electron-builder.yml')}\nnotAnOption: true\n`);
    const brokenConfig = await getConfig(root, broken, null);
    await expect(validateConfiguration(brokenConfig, new DebugLogger(false))).rejects.toThrow(/notAnOption/);
  });
});
