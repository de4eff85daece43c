/**
 * A fake of the parts of Electron's main-process API the shell uses, for tests that run the shell's real
 * code without Electron (its binary cannot be downloaded here, and `import 'electron'` would try):
 * `vi.mock('electron', () => fake.electron)`. It records what the shell registers (IPC handlers, permission
 * handlers, menus, windows) and lets a test play the operating system and the renderer: fire app events,
 * load the page, invoke an IPC channel from a chosen frame.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** A frame as IPC events carry it. */
export interface FakeFrame {
  url: string;
}

class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeFrame = { url: 'app://concord/index.html' };
  readonly sent: { channel: string; value: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  url = '';
  readonly session = { addWordToSpellCheckerDictionary: vi.fn() };
  replaceMisspelling = vi.fn();
  send(channel: string, value: unknown): void {
    this.sent.push({ channel, value });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  /** Play Chromium loading the page: the events the shell listens to, in order. */
  finishLoading(): void {
    this.emit('did-start-loading');
    this.url = 'app://concord/index.html';
    this.emit('did-finish-load');
  }
}

interface WindowOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  webPreferences: Record<string, unknown>;
}

class FakeBrowserWindow extends EventEmitter {
  static readonly all: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  bounds: { x: number; y: number; width: number; height: number };
  maximized = false;
  readonly options: WindowOptions;
  constructor(options: WindowOptions) {
    super();
    this.options = options;
    this.bounds = { x: options.x, y: options.y, width: options.width, height: options.height };
    FakeBrowserWindow.all.push(this);
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.all.find((w) => w.webContents === contents) ?? null;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all;
  }
  loadURL = vi.fn(async () => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  destroy = vi.fn();
  isMinimized(): boolean {
    return false;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return this.bounds;
  }
}

export function createFakeElectron() {
  const userData = mkdtempSync(join(tmpdir(), 'concord-fake-electron-'));
  const handlers = new Map<string, Listener>();
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => true),
    setAsDefaultProtocolClient: vi.fn((_scheme: string) => true),
    quit: vi.fn(),
    whenReady: () => whenReady,
    getPath: (name: string) => (name === 'userData' ? userData : join(userData, name)),
    getPreferredSystemLanguages: () => ['en-GB', 'es-ES'],
  });
  const permissions: { request?: Listener; check?: Listener; verifyCertificate?: Listener } = {};
  const menus: { application: { template: MenuItemConstructorOptions[] } | null; popups: MenuItemConstructorOptions[][] } = { application: null, popups: [] };
  const seal = (plain: string): Buffer => Buffer.from(`sealed:${Buffer.from(plain).toString('base64').split('').reverse().join('')}`);
  const unseal = (sealed: Buffer): string => Buffer.from(sealed.toString().slice('sealed:'.length).split('').reverse().join(''), 'base64').toString();

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, listener: Listener) => {
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        handlers.set(channel, listener);
      },
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => void (permissions.request = handler),
        setPermissionCheckHandler: (handler: Listener) => void (permissions.check = handler),
        setCertificateVerifyProc: (handler: Listener) => void (permissions.verifyCertificate = handler),
      },
    },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template, popup: () => menus.popups.push(template) }),
      setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] }) => void (menus.application = menu),
    },
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })),
      showErrorBox: vi.fn(),
    },
    shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
    safeStorage: { isEncryptionAvailable: () => true, getSelectedStorageBackend: () => 'gnome_libsecret', encryptString: vi.fn(seal), decryptString: unseal },
  };

  return {
    electron,
    userData,
    handlers,
    permissions,
    menus,
    windows: FakeBrowserWindow.all,
    /** Play the app becoming ready (app.whenReady resolves). */
    ready: () => ready(),
    /** The event IPC carries when `frame` of `window`'s page sends. */
    eventFrom(window: FakeBrowserWindow, frame: FakeFrame | null = window.webContents.mainFrame) {
      return { sender: window.webContents, senderFrame: frame };
    },
    /** Invoke a channel as ipcRenderer.invoke would, with the event of the sending frame. */
    async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler for '${channel}'`);
      return handler(event, ...args);
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
