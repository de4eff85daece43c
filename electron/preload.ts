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

/** Listen on a channel the main process sends on, passing on only what `accept` recognises. */
function listen<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void): () => void {
  const handler = (_event: IpcRendererEvent, value: unknown): void => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, handler);
  return () => ipcRenderer.off(channel, handler);
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** concord:// links that came before the renderer listened (the main process sends one as soon as the page has loaded). */
const earlyLinks: string[] = [];
const stopEarly = listen(CHANNELS.linkOpened, isString, (link) => earlyLinks.push(link));

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
    return listen(CHANNELS.menuCommand, isMenuCommand, listener);
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
    return listen(CHANNELS.fileOpened, isPickedFile, listener);
  },
  onJoinLink(listener: (link: string) => void) {
    stopEarly();
    for (const link of earlyLinks.splice(0)) listener(link);
    return listen(CHANNELS.linkOpened, isString, listener);
  },
  showRecentWorkspaces(workspaces) {
    void ipcRenderer.invoke(CHANNELS.recentWorkspaces, { workspaces: workspaces.map(({ id, name }) => ({ id, name: name.slice(0, 200) })) });
  },
  setLanguage(language) {
    void ipcRenderer.invoke(CHANNELS.setLanguage, { language });
  },
  onOpenWorkspace(listener: (workspace: string) => void) {
    return listen(CHANNELS.openWorkspace, isString, listener);
  },
};

contextBridge.exposeInMainWorld('concordHost', host);
