/**
 * Every request the renderer can make of the main process, each registered through handleIpc (sender
 * check, then schema, then the handler): file dialogs, the signing key, printing, hosting a meeting, the
 * invitation vault, the list for File › Open recent, and the language the menus speak.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import type { PickedFile } from '../renderer/host.ts';
import type { Language } from '../src/i18n/languages.ts';
import { writeFileAtomically } from '../cli/node-io.ts';
import { handleIpc, NoInput } from './ipc.ts';
import { CHANNELS, MAX_FILE_BYTES } from './ipc-channels.ts';
import {
  InvitationKeyRequest,
  InvitationPutRequest,
  MeetingInviteRequest,
  OpenFileRequest,
  PrintRequest,
  RecentWorkspacesRequest,
  SaveFileRequest,
  SetLanguageRequest,
  SignRequest,
  type RecentWorkspace,
} from './ipc-contract.ts';
import { invitationVault } from './invitation-vault.ts';
import { inviteToMeeting, startMeeting, stopMeeting } from './meeting.ts';
import { printHtmlToPdf } from './print.ts';
import { publicKeyBytes, signMessage } from './signing-key.ts';
import { shellWords } from './shell-language.ts';
import { reviewSigningRequest, type Confirm } from './signing-policy.ts';

/** The delegate confirms a signature in a native dialog the renderer cannot draw or click. */
const confirmInDialog: Confirm = async ({ title, detail, agree }) => {
  const result = await dialog.showMessageBox({
    type: 'question',
    title,
    message: title,
    detail,
    buttons: [agree, shellWords()('common:cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return result.response === 0;
};

/** A file from disk as the renderer receives it, refused when it is over the size limit. */
export async function readPickedFile(path: string): Promise<PickedFile> {
  const bytes = await readFile(path);
  if (bytes.byteLength > MAX_FILE_BYTES) throw new Error(`${basename(path)} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  return { name: basename(path), bytes: new Uint8Array(bytes) };
}

export interface ShellEvents {
  /** The renderer's list of recent workspaces changed (File › Open recent is rebuilt from it). */
  recentWorkspaces(workspaces: readonly RecentWorkspace[]): void;
  /** The renderer now shows `language` (the menus are rebuilt in it). */
  language(language: Language): void;
}

export function registerIpcHandlers(events: ShellEvents): void {
  handleIpc(ipcMain, CHANNELS.openFile, OpenFileRequest, async ({ accept }, event) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { properties: ['openFile' as const], filters: [{ name: accept.join(', '), extensions: accept.map((e) => e.slice(1)) }] };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = result.filePaths[0];
    return result.canceled || path === undefined ? null : readPickedFile(path);
  });
  handleIpc(ipcMain, CHANNELS.saveFile, SaveFileRequest, async ({ suggestedName, bytes }, event) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    const extension = extname(suggestedName).slice(1);
    const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: extension ? [{ name: extension, extensions: [extension] }] : [] };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return false;
    await writeFileAtomically(result.filePath, bytes);
    return true;
  });
  handleIpc(ipcMain, CHANNELS.publicKey, NoInput, () => publicKeyBytes());
  handleIpc(ipcMain, CHANNELS.sign, SignRequest, async ({ message }) => {
    const refusal = await reviewSigningRequest(message, await publicKeyBytes(), confirmInDialog, shellWords());
    if (refusal !== '') throw new Error(refusal);
    return signMessage(message);
  });
  handleIpc(ipcMain, CHANNELS.printPdf, PrintRequest, ({ html }) => printHtmlToPdf(html));
  handleIpc(ipcMain, CHANNELS.meetingStart, NoInput, () => startMeeting());
  handleIpc(ipcMain, CHANNELS.meetingInvite, MeetingInviteRequest, ({ workspace, org, role }) => inviteToMeeting(workspace, org, role));
  handleIpc(ipcMain, CHANNELS.meetingStop, NoInput, () => stopMeeting());
  handleIpc(ipcMain, CHANNELS.invitationGet, InvitationKeyRequest, ({ workspace }) => invitationVault().get(workspace));
  handleIpc(ipcMain, CHANNELS.invitationPut, InvitationPutRequest, ({ workspace, link }) => invitationVault().set(workspace, link));
  handleIpc(ipcMain, CHANNELS.invitationDelete, InvitationKeyRequest, ({ workspace }) => invitationVault().delete(workspace));
  handleIpc(ipcMain, CHANNELS.recentWorkspaces, RecentWorkspacesRequest, ({ workspaces }) => events.recentWorkspaces(workspaces));
  handleIpc(ipcMain, CHANNELS.setLanguage, SetLanguageRequest, ({ language }) => events.language(language));
}
