/**
 * The desktop shell's main process, run for real against a fake of Electron's API (test/unit/fake-electron.ts):
 * what the operating system hands it (concord:// links, second launches), the IPC channels as a hostile page
 * or a well-behaved one would call them, the permission handler's decisions, meeting certificates pinned
 * by the join links held, the context menu, the native File › Open recent, window state, Help › Show log
 * file, windows that cannot open or navigate away, and menus in the language the renderer shows.
 */
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, PUSHED_CHANNELS } from '../../electron/ipc-channels.ts';
import { SECURE_WEB_PREFERENCES } from '../../electron/security.ts';
import { en } from '../../src/i18n/catalogs/en/index.ts';
import { es } from '../../src/i18n/catalogs/es/index.ts';
import { toHex } from '../../src/ratify/signing.ts';
import { canonicalJson, statementBytes } from '../../src/ratify/statement.ts';

const fake = await vi.hoisted(async () => (await import('./fake-electron.ts')).createFakeElectron());
const logFile = '/var/log/concord-test/main.log';
const log = vi.hoisted(() => ({ initialize: vi.fn(), error: vi.fn(), warn: vi.fn(), info: vi.fn() }));
vi.mock('electron', () => fake.electron);
vi.mock('electron-log/main', () => ({ default: { ...log, transports: { file: { getFile: () => ({ path: logFile }) } } } }));
vi.mock('electron-updater', () => ({ default: { autoUpdater: { setFeedURL: vi.fn(), checkForUpdatesAndNotify: vi.fn(async () => null) } } }));

const LINK = 'concord://join?server=wss%3A%2F%2Fconcord.example.org&workspace=w_abc&token=t0k3n';
const argv = process.argv;
const startup = { locked: 0, protocolClients: [] as string[] };

beforeAll(async () => {
  process.argv = ['/opt/Concord/concord', '--no-sandbox', LINK];
  await import('../../electron/main.ts');
  fake.ready();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  // Mocks' calls are cleared before each test: keep what start-up did.
  startup.locked = fake.electron.app.requestSingleInstanceLock.mock.calls.length;
  startup.protocolClients = fake.electron.app.setAsDefaultProtocolClient.mock.calls.map(([scheme]) => scheme);
});
afterAll(() => {
  process.argv = argv;
});

const window = () => {
  const only = fake.windows[0];
  if (!only) throw new Error('no window');
  return only;
};
const trusted = () => fake.eventFrom(window());
const sent = (channel: string) =>
  window()
    .webContents.sent.filter((s) => s.channel === channel)
    .map((s) => s.value);

function item(template: readonly MenuItemConstructorOptions[], ...labels: string[]): MenuItemConstructorOptions {
  const [label, ...rest] = labels;
  const found = template.find((entry) => entry.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  if (rest.length === 0) return found;
  return item(Array.isArray(found.submenu) ? found.submenu : [], ...rest);
}
function click(entry: MenuItemConstructorOptions): void {
  const { click: onClick } = entry;
  if (!onClick) throw new Error(`${entry.label} does nothing`);
  Reflect.apply(onClick, entry, []);
}
const applicationMenu = () => fake.menus.application?.template ?? [];

describe('the app at start', () => {
  it('holds the single-instance lock and registers as the concord:// handler', () => {
    expect(startup.locked).toBe(1);
    expect(startup.protocolClients).toEqual(['concord']);
  });

  it('opens one window with the secure settings and the preload', () => {
    expect(window().options.webPreferences).toMatchObject({ ...SECURE_WEB_PREFERENCES, preload: expect.stringMatching(/preload\.cjs$/) });
  });

  it('hands the link it was launched with to the renderer only once the page has loaded', () => {
    expect(sent(CHANNELS.linkOpened)).toEqual([]);
    window().webContents.finishLoading();
    expect(sent(CHANNELS.linkOpened)).toEqual([LINK]);
  });
});

describe('concord:// links', () => {
  it('from a second launch (Windows, Linux) reach the first window, which comes to the front', () => {
    const other = `${LINK}-2`;
    fake.electron.app.emit('second-instance', {}, ['/opt/Concord/concord', other], '/home/ana');
    expect(sent(CHANNELS.linkOpened).at(-1)).toBe(other);
    expect(window().focus).toHaveBeenCalled();
  });

  it('from open-url (macOS) reach the renderer; other schemes do not', () => {
    const prevent = vi.fn();
    fake.electron.app.emit('open-url', { preventDefault: prevent }, `${LINK}-3`);
    fake.electron.app.emit('open-url', { preventDefault: prevent }, 'https://evil.example/');
    fake.electron.app.emit('open-url', { preventDefault: prevent }, `concord://join?${'x'.repeat(5000)}`);
    expect(prevent).toHaveBeenCalledTimes(3);
    expect(sent(CHANNELS.linkOpened).at(-1)).toBe(`${LINK}-3`);
    expect(sent(CHANNELS.linkOpened).filter((l) => l !== LINK && !String(l).startsWith(LINK))).toEqual([]);
  });

  it('wait while the page reloads, and arrive after it', () => {
    const contents = window().webContents;
    contents.emit('did-start-loading');
    const before = sent(CHANNELS.linkOpened).length;
    fake.electron.app.emit('open-url', { preventDefault: vi.fn() }, `${LINK}-4`);
    expect(sent(CHANNELS.linkOpened)).toHaveLength(before);
    contents.emit('did-finish-load');
    expect(sent(CHANNELS.linkOpened).at(-1)).toBe(`${LINK}-4`);
  });
});

describe('IPC', () => {
  const invokable = Object.values(CHANNELS).filter((channel) => !PUSHED_CHANNELS.includes(channel));

  it('answers every channel the renderer may invoke, and no other', () => {
    expect([...fake.handlers.keys()].sort()).toEqual([...invokable].sort());
  });

  it('refuses every channel to a subframe, a foreign page and a missing frame, before looking at the input', async () => {
    const foreign = fake.eventFrom(window(), { url: 'https://evil.example/' });
    const subframe = fake.eventFrom(window(), { url: 'app://concord/index.html' });
    const gone = fake.eventFrom(window(), null);
    for (const channel of invokable) {
      for (const event of [foreign, subframe, gone]) await expect(fake.invoke(channel, event), channel).rejects.toThrow(/untrusted frame/);
    }
    expect(fake.electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(fake.electron.safeStorage.encryptString).not.toHaveBeenCalled();
  });

  it('refuses input a channel does not accept: wrong shapes, extra fields, extra arguments, input where none is taken', async () => {
    const bad: Record<string, unknown[]> = {
      [CHANNELS.openFile]: [{ accept: ['concord'] }, { accept: ['.concord'], extra: 1 }],
      [CHANNELS.saveFile]: [
        { suggestedName: '../../.bashrc', bytes: new Uint8Array(3) },
        { suggestedName: 'c.concord', bytes: 'text' },
      ],
      [CHANNELS.sign]: [{ message: new Uint8Array(0) }, { message: 'vote' }],
      [CHANNELS.printPdf]: [{ html: '' }],
      [CHANNELS.meetingInvite]: [
        { workspace: '../etc', org: 'PSL', role: 'delegate' },
        { workspace: 'w_a', org: 'PSL', role: 'king' },
      ],
      [CHANNELS.invitationGet]: [{ workspace: '../../etc' }],
      [CHANNELS.invitationPut]: [
        { workspace: 'w_a', link: 'https://evil.example/' },
        { workspace: 'w_a', link: 'concord://join?'.padEnd(5000, 'x') },
      ],
      [CHANNELS.invitationDelete]: [{}],
      [CHANNELS.recentWorkspaces]: [{ workspaces: [{ id: '../x', name: 'X' }] }, { workspaces: Array.from({ length: 51 }, (_, i) => ({ id: `w${i}`, name: 'X' })) }],
      [CHANNELS.setLanguage]: [{ language: 'fr' }, { language: 'es', also: 'en' }, { language: ['es'] }],
      [CHANNELS.publicKey]: [{ anything: true }],
      [CHANNELS.meetingStart]: ['go'],
      [CHANNELS.meetingStop]: [1],
    };
    for (const channel of invokable) {
      const inputs = bad[channel];
      expect(inputs, `bad inputs for ${channel}`).toBeDefined();
      for (const input of inputs ?? []) await expect(fake.invoke(channel, trusted(), input), `${channel} ${JSON.stringify(input)}`).rejects.toThrow(/does not accept/);
    }
    await expect(fake.invoke(CHANNELS.invitationGet, trusted(), { workspace: 'w_a' }, 'second')).rejects.toThrow(/at most one argument/);
    expect(existsSync(join(fake.userData, 'invitations.enc'))).toBe(false);
  });

  it('saves a file where the user chose, whole', async () => {
    const target = join(fake.userData, 'coalition.concord');
    fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await fake.invoke(CHANNELS.saveFile, trusted(), { suggestedName: 'coalition.concord', bytes: new Uint8Array([1, 2, 3]) })).toBe(true);
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(await fake.invoke(CHANNELS.saveFile, trusted(), { suggestedName: 'other.concord', bytes: new Uint8Array([4]) })).toBe(false);
  });

  it('opens the file the user picked', async () => {
    const path = join(fake.userData, 'coalition.concord');
    fake.electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    expect(await fake.invoke(CHANNELS.openFile, trusted(), { accept: ['.concord'] })).toEqual({ name: 'coalition.concord', bytes: new Uint8Array([1, 2, 3]) });
  });

  it('signs with a key the renderer never sees, and keeps invitations sealed by the keychain', async () => {
    const publicKey = await fake.invoke(CHANNELS.publicKey, trusted());
    expect(publicKey).toBeInstanceOf(Uint8Array);
    if (!(publicKey instanceof Uint8Array)) throw new Error('no key');
    await expect(fake.invoke(CHANNELS.sign, trusted(), { message: new Uint8Array([1]) })).rejects.toThrow(/not a Concord statement/);
    const withdrawal = statementBytes(
      canonicalJson({ kind: 'withdraw', coalition: 'w_abc', by: toHex(publicKey), at: '2026-12-02T10:00:00.000Z', founding: 'a'.repeat(64), seat: 'a'.repeat(64), org: 'o_1' }),
    );
    expect(await fake.invoke(CHANNELS.sign, trusted(), { message: withdrawal })).toHaveLength(64);
    const vote = statementBytes(
      canonicalJson({
        kind: 'vote',
        coalition: 'w_abc',
        by: toHex(publicKey),
        at: '2026-12-02T10:00:00.000Z',
        motion: 'a'.repeat(64),
        seat: 'a'.repeat(64),
        org: 'o_1',
        digest: 'sha256:x',
        choice: 'yes',
        replaces: '',
      }),
    );
    await expect(fake.invoke(CHANNELS.sign, trusted(), { message: vote })).rejects.toThrow(/did not confirm/);
    fake.electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(await fake.invoke(CHANNELS.sign, trusted(), { message: vote })).toHaveLength(64);
    await fake.invoke(CHANNELS.invitationPut, trusted(), { workspace: 'w_abc', link: LINK });
    expect(await fake.invoke(CHANNELS.invitationGet, trusted(), { workspace: 'w_abc' })).toBe(LINK);
    expect(readFileSync(join(fake.userData, 'invitations.enc')).includes('t0k3n')).toBe(false);
    await fake.invoke(CHANNELS.invitationDelete, trusted(), { workspace: 'w_abc' });
    expect(await fake.invoke(CHANNELS.invitationGet, trusted(), { workspace: 'w_abc' })).toBeNull();
  });

  it('invites to a meeting only once one is hosted', async () => {
    await expect(fake.invoke(CHANNELS.meetingInvite, trusted(), { workspace: 'w_abc', org: 'PSL', role: 'delegate' })).rejects.toThrow(/No meeting is being hosted/);
    await expect(fake.invoke(CHANNELS.meetingStop, trusted())).resolves.toBeUndefined();
  });
});

describe('File › Open recent', () => {
  it('lists the renderer’s recent workspaces and opens the one chosen', async () => {
    expect(item(applicationMenu(), '&File', 'Open recent', 'No recent workspaces').enabled).toBe(false);
    await fake.invoke(CHANNELS.recentWorkspaces, trusted(), {
      workspaces: [
        { id: 'w_left', name: 'Coalition of the Left' },
        { id: 'w_old', name: '' },
      ],
    });
    const recent = item(applicationMenu(), '&File', 'Open recent');
    expect(Array.isArray(recent.submenu) ? recent.submenu.map((entry) => entry.label) : []).toEqual(['Coalition of the Left', 'Unnamed coalition']);
    click(item(applicationMenu(), '&File', 'Open recent', 'Coalition of the Left'));
    expect(sent(CHANNELS.openWorkspace)).toEqual(['w_left']);
  });
});

describe('permissions', () => {
  const request = (permission: string, requestingUrl: string): boolean => {
    let granted: boolean | undefined;
    fake.permissions.request?.(window().webContents, permission, (answer: boolean) => (granted = answer), { requestingUrl });
    if (granted === undefined) throw new Error('the permission request was not answered');
    return granted;
  };

  it('grant clipboard writes ("Copy link") to the app’s page only', () => {
    expect(request('clipboard-sanitized-write', 'app://concord/index.html')).toBe(true);
    expect(fake.permissions.check?.(window().webContents, 'clipboard-sanitized-write', 'app://concord')).toBe(true);
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(fake.permissions.check?.(null, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });

  it('deny everything else, to the app’s page too', () => {
    for (const permission of ['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'midi', 'pointerLock']) {
      expect(request(permission, 'app://concord/index.html'), permission).toBe(false);
      expect(fake.permissions.check?.(window().webContents, permission, 'app://concord'), permission).toBe(false);
    }
  });

  it('accept a self-signed certificate only for the host and fingerprint of a join link held in the vault', async () => {
    const pem = (await generate([{ name: 'commonName', value: 'Concord meeting' }], { keyType: 'ec' })).cert;
    const impostor = (await generate([{ name: 'commonName', value: 'impostor' }], { keyType: 'ec' })).cert;
    const verify = (hostname: string, data: string) =>
      new Promise<unknown>((resolve) => fake.permissions.verifyCertificate?.({ hostname, certificate: { data }, errorCode: -202 }, resolve));
    expect(await verify('192.168.1.20', pem)).toBe(-3);
    const link = `concord://join?server=${encodeURIComponent('wss://192.168.1.20:4321')}&workspace=w_pin&token=tok_abcdefghijklmnop&fingerprint=${new X509Certificate(pem).fingerprint256}`;
    await fake.invoke(CHANNELS.invitationPut, trusted(), { workspace: 'w_pin', link });
    expect(await verify('192.168.1.20', pem)).toBe(0);
    expect(await verify('192.168.1.20', impostor)).toBe(-3);
    expect(await verify('192.168.1.21', pem)).toBe(-3);
  });
});

describe('the context menu', () => {
  it('offers spelling suggestions that replace the word, and Add to dictionary', () => {
    const contents = window().webContents;
    contents.emit(
      'context-menu',
      {},
      {
        misspelledWord: 'constitusion',
        dictionarySuggestions: ['constitution', 'constitutions'],
        isEditable: true,
        selectionText: '',
        editFlags: { canCut: false, canCopy: false, canPaste: true },
      },
    );
    const menu = fake.menus.popups.at(-1) ?? [];
    expect(menu.map((entry) => entry.label ?? entry.type)).toEqual(['constitution', 'constitutions', 'separator', 'Add to dictionary', 'separator', 'Cut', 'Copy', 'Paste']);
    click(item(menu, 'constitution'));
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('constitution');
    click(item(menu, 'Add to dictionary'));
    expect(contents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('constitusion');
    expect(item(menu, 'Cut').enabled).toBe(false);
    expect(item(menu, 'Paste').enabled).toBe(true);
  });

  it('shows nothing where there is nothing to do', () => {
    const before = fake.menus.popups.length;
    window().webContents.emit(
      'context-menu',
      {},
      { misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: '', editFlags: { canCut: false, canCopy: false, canPaste: false } },
    );
    expect(fake.menus.popups).toHaveLength(before);
  });
});

describe('windows and links', () => {
  it('never opens a new window; a web link is offered to the system browser after asking', async () => {
    const answer = window().webContents.windowOpenHandler?.({ url: 'https://www.debian.org/' });
    expect(answer).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fake.electron.dialog.showMessageBox).toHaveBeenCalled());
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('never navigates away from the app', () => {
    const prevent = vi.fn();
    window().webContents.emit('will-navigate', { preventDefault: prevent }, 'https://evil.example/');
    expect(prevent).toHaveBeenCalled();
  });

  it('remembers the window’s size and position when it closes', async () => {
    window().bounds = { x: 100, y: 80, width: 1000, height: 700 };
    window().emit('close');
    const path = join(fake.userData, 'window-state.json');
    await vi.waitFor(() => expect(existsSync(path)).toBe(true));
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ x: 100, y: 80, width: 1000, height: 700, maximized: false });
  });
});

describe('Edit › Find and Replace', () => {
  it('send the renderer the find and replace commands, with the usual keys', () => {
    const before = sent(CHANNELS.menuCommand).length;
    const find = item(applicationMenu(), '&Edit', 'Find…');
    const replace = item(applicationMenu(), '&Edit', 'Replace…');
    expect([find.accelerator, replace.accelerator]).toEqual(['CmdOrCtrl+F', process.platform === 'darwin' ? 'Cmd+Alt+F' : 'Ctrl+H']);
    click(find);
    click(replace);
    expect(sent(CHANNELS.menuCommand).slice(before)).toEqual(['find', 'replace']);
  });
});

describe('Help', () => {
  it('Show log file opens the log electron-log writes', () => {
    click(item(applicationMenu(), '&Help', 'Show log file'));
    expect(fake.electron.shell.openPath).toHaveBeenCalledWith(logFile);
  });
});

/** Every label of a menu, nested as the menu is (separators as "-"). */
type Labels = (string | [string, Labels])[];
function labels(template: readonly MenuItemConstructorOptions[]): Labels {
  return template.map((entry) => {
    const label = entry.type === 'separator' ? '-' : (entry.label ?? `(${entry.role ?? ''})`);
    return Array.isArray(entry.submenu) ? [label, labels(entry.submenu)] : label;
  });
}
const misspelled = {
  misspelledWord: 'constitusion',
  dictionarySuggestions: [],
  isEditable: true,
  selectionText: '',
  editFlags: { canCut: true, canCopy: true, canPaste: true },
};
function contextMenu(): MenuItemConstructorOptions[] {
  window().webContents.emit('context-menu', {}, misspelled);
  return fake.menus.popups.at(-1) ?? [];
}

describe('the menus in the renderer’s language', () => {
  it('follow the language the renderer says it shows, every item translated and still doing what it did', async () => {
    // A workspace with no name yet: its entry under Open recent is in the menus' words too.
    await fake.invoke(CHANNELS.recentWorkspaces, trusted(), { workspaces: [{ id: 'w_new', name: '' }] });
    const english = labels(applicationMenu());
    const englishContext = labels(contextMenu());
    expect(english.map((entry) => (Array.isArray(entry) ? entry[0] : entry))).toEqual([en.app.menu.file, en.app.menu.edit, en.app.menu.view, en.app.menu.help]);

    await fake.invoke(CHANNELS.setLanguage, trusted(), { language: 'es' });
    const spanish = applicationMenu();
    expect(labels(spanish).map((entry) => (Array.isArray(entry) ? entry[0] : entry))).toEqual([es.app.menu.file, es.app.menu.edit, es.app.menu.view, es.app.menu.help]);
    // Every item is in Spanish (none left in English), and the menus keep their shape.
    const flat = (tree: Labels): string[] => tree.flatMap((entry) => (Array.isArray(entry) ? [entry[0], ...flat(entry[1])] : [entry]));
    const spanishWords = flat(labels(spanish)).filter((label) => label !== '-');
    expect(spanishWords.filter((label) => flat(english).includes(label))).toEqual([]);
    expect(flat(labels(spanish)).map((label) => label === '-')).toEqual(flat(english).map((label) => label === '-'));
    expect(labels(contextMenu())).toEqual([es.app.menu.noSuggestions, '-', es.app.menu.addToDictionary, '-', es.app.menu.cut, es.app.menu.copy, es.app.menu.paste]);

    // The items still do what they did.
    const before = sent(CHANNELS.menuCommand).length;
    click(item(spanish, es.app.menu.file, es.app.fileMenu.newWorkspace));
    click(item(spanish, es.app.menu.edit, es.app.menu.find));
    expect(sent(CHANNELS.menuCommand).slice(before)).toEqual(['new-workspace', 'find']);
    expect(item(spanish, es.app.menu.file, es.app.menu.openRecent).submenu).toBeDefined();

    await fake.invoke(CHANNELS.setLanguage, trusted(), { language: 'en' });
    expect(labels(applicationMenu())).toEqual(english);
    expect(labels(contextMenu())).toEqual(englishContext);
  });

  it('stay as they are when a language Concord does not speak is asked for', async () => {
    const shown = labels(applicationMenu());
    await expect(fake.invoke(CHANNELS.setLanguage, trusted(), { language: 'fr' })).rejects.toThrow(/does not accept/);
    await expect(fake.invoke(CHANNELS.setLanguage, fake.eventFrom(window(), { url: 'https://evil.example/' }), { language: 'es' })).rejects.toThrow(/untrusted frame/);
    expect(labels(applicationMenu())).toEqual(shown);
  });
});
