/**
 * The preload bridge (sandboxed, CommonJS): exposes the Host interface to the renderer as
 * `window.concordHost`, over the few IPC channels in ipc-channels.ts. The renderer gets functions, never
 * ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isMenuCommand, type Host, type MenuCommand, type PickedFile } from '../renderer/host.ts';
import { CHANNELS } from './ipc-channels.ts';

function isPickedFile(value: unknown): value is PickedFile {
  if (typeof value !== 'object' || value === null) return false;
  const file: { name?: unknown; bytes?: unknown } = value;
  return typeof file.name === 'string' && file.bytes instanceof Uint8Array;
}

const host: Host = {
  kind: 'electron',
  hasNativeMenu: true,
  async openFile(accept) {
    const result: unknown = await ipcRenderer.invoke(CHANNELS.openFile, { accept: [...accept] });
    return isPickedFile(result) ? result : null;
  },
  async saveFile(suggestedName, bytes) {
    return (await ipcRenderer.invoke(CHANNELS.saveFile, { suggestedName, bytes })) === true;
  },
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(CHANNELS.menuCommand, handler);
    return () => ipcRenderer.off(CHANNELS.menuCommand, handler);
  },
  async signingKey() {
    const publicKey: unknown = await ipcRenderer.invoke(CHANNELS.publicKey);
    if (!(publicKey instanceof Uint8Array)) throw new Error('No signing key is available.');
    return {
      publicKey,
      async sign(message: Uint8Array) {
        const signature: unknown = await ipcRenderer.invoke(CHANNELS.sign, { message });
        if (!(signature instanceof Uint8Array)) throw new Error('The vote could not be signed.');
        return signature;
      },
    };
  },
  async printToPdf(html: string) {
    const pdf: unknown = await ipcRenderer.invoke(CHANNELS.printPdf, { html });
    if (!(pdf instanceof Uint8Array)) throw new Error('The PDF could not be printed.');
    return pdf;
  },
  meeting: {
    async start() {
      const result: unknown = await ipcRenderer.invoke(CHANNELS.meetingStart);
      if (typeof result !== 'object' || result === null || typeof Reflect.get(result, 'url') !== 'string') throw new Error('The meeting could not be started.');
      return { url: String(Reflect.get(result, 'url')) };
    },
    async invite(workspace, org, role) {
      const result: unknown = await ipcRenderer.invoke(CHANNELS.meetingInvite, { workspace, org, role });
      const appLink: unknown = typeof result === 'object' && result !== null ? Reflect.get(result, 'appLink') : undefined;
      const webLink: unknown = typeof result === 'object' && result !== null ? Reflect.get(result, 'webLink') : undefined;
      if (typeof appLink !== 'string' || typeof webLink !== 'string') throw new Error('The invitation could not be made.');
      return { appLink, webLink };
    },
    async stop() {
      await ipcRenderer.invoke(CHANNELS.meetingStop);
    },
  },
  invitations: {
    async get(workspace) {
      const link: unknown = await ipcRenderer.invoke(CHANNELS.invitationGet, { workspace });
      return typeof link === 'string' ? link : null;
    },
    async put(workspace, link) {
      await ipcRenderer.invoke(CHANNELS.invitationPut, { workspace, link });
    },
    async delete(workspace) {
      await ipcRenderer.invoke(CHANNELS.invitationDelete, { workspace });
    },
  },
  onOpenFile(listener: (file: PickedFile) => void) {
    const handler = (_event: IpcRendererEvent, file: unknown): void => {
      if (isPickedFile(file)) listener(file);
    };
    ipcRenderer.on(CHANNELS.fileOpened, handler);
    return () => ipcRenderer.off(CHANNELS.fileOpened, handler);
  },
};

contextBridge.exposeInMainWorld('concordHost', host);
