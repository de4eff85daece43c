/**
 * Electron's main process: one window on the renderer (served from app://concord/), the native menu,
 * requests from the renderer over validated IPC (ipc-handlers.ts), and what the operating system hands the
 * app — .concord files and concord:// links — passed to the renderer once its page is ready. A thin shell:
 * everything else lives in the renderer and the core.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, screen, session, shell, type WebContents } from 'electron';
import log from 'electron-log/main';
import electronUpdater from 'electron-updater';
import type { MenuCommand } from '../renderer/host.ts';
import { setShellLanguage, shellWords } from './shell-language.ts';
import { pickLanguage } from '../src/i18n/languages.ts';
import { hostOfServer, installCertificatePinning, pinsFromLinks, type Pin } from './certificate-pinning.ts';
import { contextMenuTemplate } from './context-menu.ts';
import { logCrashes } from './crash-log.ts';
import { openExternalAfterConfirmation } from './external-links.ts';
import { createInbox } from './inbox.ts';
import { CHANNELS } from './ipc-channels.ts';
import type { RecentWorkspace } from './ipc-contract.ts';
import { invitationVault } from './invitation-vault.ts';
import { readPickedFile, registerIpcHandlers } from './ipc-handlers.ts';
import { concordFileIn, concordLinkIn, isConcordLink } from './launch-args.ts';
import { meetingPin, stopMeeting } from './meeting.ts';
import { menuTemplate } from './menu.ts';
import { installPermissionHandlers } from './permissions.ts';
import { printJobHtml } from './print.ts';
import { APP_ENTRY, APP_SCHEME, appUrlToRelativePath, CONTENT_SECURITY_POLICY, mimeType, SECURE_WEB_PREFERENCES } from './security.ts';
import { checkForUpdates } from './updates.ts';
import { MIN_HEIGHT, MIN_WIDTH, placeWindow, trackWindowState, windowStateFile } from './window-state.ts';

log.initialize();
logCrashes(process, log);

const rendererDir = resolve(__dirname, '..', 'renderer');
let mainWindow: BrowserWindow | null = null;
let recent: readonly RecentWorkspace[] = [];

// Must happen before the app is ready: a standard, secure scheme keeps IndexedDB and fetch working.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

/** The certificates the app accepts beyond Chromium's: those of the join links held, and of the meeting hosted here. */
async function heldPins(): Promise<Pin[]> {
  const pins = pinsFromLinks(await invitationVault().values());
  const own = await meetingPin();
  return own === null ? pins : [...pins, { host: hostOfServer(own.server), fingerprint: own.fingerprint }];
}

async function serveAppFile(request: Request): Promise<Response> {
  const printJob = printJobHtml(new URL(request.url).pathname);
  if (printJob !== undefined) {
    return new Response(printJob, {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self' data:; script-src 'none'; style-src 'self' 'unsafe-inline'" },
    });
  }
  const relative = appUrlToRelativePath(request.url);
  const file = relative === null ? null : resolve(rendererDir, relative);
  if (file === null || !(file === rendererDir || file.startsWith(rendererDir + sep))) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, { headers: { 'content-type': mimeType(file), 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** Files and links wait in the inbox until the page has loaded. */
type Delivery = { file: string } | { link: string };
const inbox = createInbox<Delivery>((item) => void deliver(item));

async function deliver(item: Delivery): Promise<void> {
  const contents = mainWindow?.webContents;
  if (!contents) return;
  if ('link' in item) {
    contents.send(CHANNELS.linkOpened, item.link);
    return;
  }
  try {
    contents.send(CHANNELS.fileOpened, await readPickedFile(item.file));
  } catch (error) {
    dialog.showErrorBox(shellWords()('dialogs.couldNotOpenFile'), error instanceof Error ? error.message : String(error));
  }
}

/** What a launch's command line asks for: a file to open or a link to follow. */
function takeLaunchArgs(argv: readonly string[]): void {
  const file = concordFileIn(argv);
  if (file) inbox.push({ file });
  const link = concordLinkIn(argv);
  if (link) inbox.push({ link });
}

function send(command: MenuCommand): void {
  mainWindow?.webContents.send(CHANNELS.menuCommand, command);
}

function settingsPath(): string {
  return join(app.getPath('userData'), 'settings.json');
}

async function readSettings(): Promise<unknown> {
  try {
    return JSON.parse(await readFile(settingsPath(), 'utf8'));
  } catch {
    return undefined;
  }
}

async function updateNow(): Promise<void> {
  try {
    electronUpdater.autoUpdater.logger = log;
    const checked = await checkForUpdates(electronUpdater.autoUpdater, await readSettings());
    if (!checked) log.info(`No update address is set (updateUrl in ${settingsPath()}).`);
  } catch (error) {
    log.error('Update check failed:', error);
  }
}

function buildMenu(): Menu {
  return Menu.buildFromTemplate(
    menuTemplate({
      isMac: process.platform === 'darwin',
      send,
      recent,
      openRecent: (workspace) => mainWindow?.webContents.send(CHANNELS.openWorkspace, workspace),
      showLogFile: () => void shell.openPath(log.transports.file.getFile().path),
      checkForUpdates: () => void updateNow(),
      t: shellWords(),
    }),
  );
}

function showContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(
      params,
      {
        replaceMisspelling: (word) => contents.replaceMisspelling(word),
        addWordToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
      },
      shellWords(),
    );
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}

async function createWindow(): Promise<BrowserWindow> {
  const stateFile = windowStateFile(join(app.getPath('userData'), 'window-state.json'));
  const place = placeWindow(
    await stateFile.load(),
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    x: place.x,
    y: place.y,
    width: place.width,
    height: place.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Concord',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(__dirname, 'preload.cjs') },
  });
  if (place.maximized) window.maximize();
  trackWindowState(window, (state) => void stateFile.save(state).catch((error: unknown) => log.warn('Window state not saved:', error)));
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-start-loading', () => inbox.close());
  window.webContents.on('did-finish-load', () => inbox.open());
  showContextMenu(window.webContents);
  // No new windows and no navigating away: a web or mail link is offered to the system browser instead.
  window.webContents.setWindowOpenHandler(({ url }) => {
    void openExternalAfterConfirmation(window, url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (url === window.webContents.getURL()) return;
    event.preventDefault();
    void openExternalAfterConfirmation(window, url);
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  void window.loadURL(APP_ENTRY);
  return window;
}

async function openMainWindow(): Promise<void> {
  mainWindow = await createWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
    inbox.close();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setAsDefaultProtocolClient('concord');
  app.on('second-instance', (_event, argv) => {
    takeLaunchArgs(argv);
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    inbox.push({ file: path });
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    if (isConcordLink(url)) inbox.push({ link: url });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (url !== contents.getURL()) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('before-quit', () => void stopMeeting());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, serveAppFile);
    installPermissionHandlers(session.defaultSession);
    installCertificatePinning(session.defaultSession, heldPins);
    registerIpcHandlers({
      recentWorkspaces(workspaces) {
        recent = workspaces;
        Menu.setApplicationMenu(buildMenu());
      },
      language(shown) {
        setShellLanguage(shown);
        Menu.setApplicationMenu(buildMenu());
      },
    });
    setShellLanguage(pickLanguage(app.getPreferredSystemLanguages()));
    Menu.setApplicationMenu(buildMenu());
    await openMainWindow();
    takeLaunchArgs(process.argv);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openMainWindow();
    });
    void updateNow();
  });
}
