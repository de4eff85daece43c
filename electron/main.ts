/**
 * Electron's main process: one window on the renderer (served from app://concord/), the native menu,
 * file dialogs over validated IPC, and .concord files opened with the app. A thin shell: everything else
 * lives in the renderer and the core.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve, sep } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type IpcMainInvokeEvent, type MenuItemConstructorOptions } from 'electron';
import { openExternalAfterConfirmation } from './external-links.ts';
import type { MenuCommand, PickedFile } from '../renderer/host.ts';
import { CHANNELS, MAX_FILE_BYTES } from './ipc-channels.ts';
import { InvitationKeyRequest, InvitationPutRequest, MeetingInviteRequest, OpenFileRequest, PrintRequest, SaveFileRequest, SignRequest } from './ipc-contract.ts';
import { invitationVault } from './invitation-vault.ts';
import { inviteToMeeting, startMeeting, stopMeeting } from './meeting.ts';
import { printHtmlToPdf, printJobHtml } from './print.ts';
import {
  APP_ENTRY,
  APP_SCHEME,
  appUrlToRelativePath,
  CONTENT_SECURITY_POLICY,
  isTrustedSender,
  mimeType,
  SECURE_WEB_PREFERENCES,
} from './security.ts';
import { publicKeyBytes, signMessage } from './signing-key.ts';
import { reviewSigningRequest, type Confirm } from './signing-policy.ts';

const rendererDir = resolve(__dirname, '..', 'renderer');
let mainWindow: BrowserWindow | null = null;
/** .concord files handed to the app before its window was ready to receive them. */
const pendingFiles: string[] = [];

// Must happen before the app is ready: a standard, secure scheme keeps IndexedDB and fetch working.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

async function serveAppFile(request: Request): Promise<Response> {
  const printJob = printJobHtml(new URL(request.url).pathname);
  if (printJob !== undefined) {
    return new Response(printJob, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self' data:; script-src 'none'; style-src 'self' 'unsafe-inline'" } });
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

function trusted(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && isTrustedSender(frame.url, frame === event.sender.mainFrame);
}

async function readPickedFile(path: string): Promise<PickedFile> {
  const bytes = await readFile(path);
  if (bytes.byteLength > MAX_FILE_BYTES) throw new Error(`${basename(path)} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  return { name: basename(path), bytes: new Uint8Array(bytes) };
}

function registerIpc(): void {
  ipcMain.handle(CHANNELS.openFile, async (event, raw: unknown) => {
    if (!trusted(event)) throw new Error('Refused: IPC from an untrusted frame.');
    const { accept } = OpenFileRequest.parse(raw);
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { properties: ['openFile' as const], filters: [{ name: accept.join(', '), extensions: accept.map((e) => e.slice(1)) }] };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = result.filePaths[0];
    return result.canceled || path === undefined ? null : readPickedFile(path);
  });
  ipcMain.handle(CHANNELS.saveFile, async (event, raw: unknown) => {
    if (!trusted(event)) throw new Error('Refused: IPC from an untrusted frame.');
    const { suggestedName, bytes } = SaveFileRequest.parse(raw);
    const window = BrowserWindow.fromWebContents(event.sender);
    const extension = extname(suggestedName).slice(1);
    const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: extension ? [{ name: extension, extensions: [extension] }] : [] };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return false;
    const temp = `${result.filePath}.${process.pid}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, result.filePath);
    return true;
  });
}

/** The delegate confirms a signature in a native dialog the renderer cannot draw or click. */
const confirmInDialog: Confirm = async ({ title, detail, agree }) => {
  const result = await dialog.showMessageBox({ type: 'question', title, message: title, detail, buttons: [agree, 'Cancel'], defaultId: 1, cancelId: 1, noLink: true });
  return result.response === 0;
};

function registerKeyIpc(): void {
  ipcMain.handle(CHANNELS.publicKey, async (event) => {
    if (!trusted(event)) throw new Error('Refused: IPC from an untrusted frame.');
    return publicKeyBytes();
  });
  ipcMain.handle(CHANNELS.sign, async (event, raw: unknown) => {
    if (!trusted(event)) throw new Error('Refused: IPC from an untrusted frame.');
    const { message } = SignRequest.parse(raw);
    const refusal = await reviewSigningRequest(message, await publicKeyBytes(), confirmInDialog);
    if (refusal !== '') throw new Error(refusal);
    return signMessage(message);
  });
}

function registerPrintIpc(): void {
  ipcMain.handle(CHANNELS.printPdf, async (event, raw: unknown) => {
    if (!trusted(event)) throw new Error('Refused: IPC from an untrusted frame.');
    return printHtmlToPdf(PrintRequest.parse(raw).html);
  });
}

function registerMeetingIpc(): void {
  ipcMain.handle(CHANNELS.meetingStart, async (event) => {
    if (!trusted(event)) throw new Error('Refused: IPC from an untrusted frame.');
    return startMeeting();
  });
  ipcMain.handle(CHANNELS.meetingInvite, async (event, raw: unknown) => {
    if (!trusted(event)) throw new Error('Refused: IPC from an untrusted frame.');
    const { workspace, org, role } = MeetingInviteRequest.parse(raw);
    return inviteToMeeting(workspace, org, role);
  });
  ipcMain.handle(CHANNELS.meetingStop, async (event) => {
    if (!trusted(event)) throw new Error('Refused: IPC from an untrusted frame.');
    await stopMeeting();
  });
}

function registerInvitationIpc(): void {
  ipcMain.handle(CHANNELS.invitationGet, async (event, raw: unknown) => {
    if (!trusted(event)) throw new Error('Refused: IPC from an untrusted frame.');
    return invitationVault().get(InvitationKeyRequest.parse(raw).workspace);
  });
  ipcMain.handle(CHANNELS.invitationPut, async (event, raw: unknown) => {
    if (!trusted(event)) throw new Error('Refused: IPC from an untrusted frame.');
    const { workspace, link } = InvitationPutRequest.parse(raw);
    await invitationVault().set(workspace, link);
  });
  ipcMain.handle(CHANNELS.invitationDelete, async (event, raw: unknown) => {
    if (!trusted(event)) throw new Error('Refused: IPC from an untrusted frame.');
    await invitationVault().delete(InvitationKeyRequest.parse(raw).workspace);
  });
}

function send(command: MenuCommand): void {
  mainWindow?.webContents.send(CHANNELS.menuCommand, command);
}

function buildMenu(): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New workspace', accelerator: 'CmdOrCtrl+N', click: () => send('new-workspace') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send('open') },
        { label: 'Save a copy as…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send('save-copy') },
        { label: 'Merge a .concord file…', click: () => send('merge') },
        { label: 'Join a meeting…', accelerator: 'CmdOrCtrl+J', click: () => send('join') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: () => send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: '&View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
  ];
  return Menu.buildFromTemplate(template);
}

function concordFileIn(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((arg) => arg.toLowerCase().endsWith('.concord') && !arg.startsWith('-'));
}

async function deliverFile(path: string): Promise<void> {
  if (!mainWindow || mainWindow.webContents.isLoading()) {
    pendingFiles.push(path);
    return;
  }
  try {
    mainWindow.webContents.send(CHANNELS.fileOpened, await readPickedFile(path));
  } catch (error) {
    dialog.showErrorBox('Concord could not open the file', error instanceof Error ? error.message : String(error));
  }
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Concord',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(__dirname, 'preload.cjs') },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-finish-load', () => {
    for (const path of pendingFiles.splice(0)) void deliverFile(path);
  });
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

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const file = concordFileIn(argv);
    if (file) void deliverFile(file);
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void deliverFile(path);
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
  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, serveAppFile);
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    registerIpc();
    registerKeyIpc();
    registerMeetingIpc();
    registerInvitationIpc();
    registerPrintIpc();
    Menu.setApplicationMenu(buildMenu());
    mainWindow = createWindow();
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    const file = concordFileIn(process.argv);
    if (file) void deliverFile(file);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });
}
