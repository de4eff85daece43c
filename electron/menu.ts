/**
 * The desktop app's menu bar: File (with Open recent, the workspaces this computer knows, most recent
 * first), Edit (with Find and Replace), View and Help (with "Show log file" and "Check for updates"), in the
 * language the renderer shows (its words from the app namespace; Electron's roles get them too). A plain
 * template built from what it acts on, so tests can read and click it; main.ts turns it into Electron's Menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import type { MenuCommand } from '../renderer/host.ts';
import type { RecentWorkspace } from './ipc-contract.ts';

/** How many workspaces File › Open recent lists. */
const RECENT_IN_MENU = 10;

export interface MenuActions {
  isMac: boolean;
  /** A command for the renderer (see MenuCommand). */
  send(command: MenuCommand): void;
  recent: readonly RecentWorkspace[];
  openRecent(workspace: string): void;
  showLogFile(): void;
  checkForUpdates(): void;
  /** The words of the language the menus are in. */
  t: TFunction<'app'>;
}

function recentItems(actions: MenuActions): MenuItemConstructorOptions[] {
  const { t } = actions;
  const listed = actions.recent.slice(0, RECENT_IN_MENU);
  if (listed.length === 0) return [{ label: t('menu.noRecent'), enabled: false }];
  return listed.map((workspace) => ({ label: workspace.name.trim() || t('menu.unnamed'), click: () => actions.openRecent(workspace.id) }));
}

export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const { isMac, send, t } = actions;
  // Electron's own labels for Quit: "E&xit" on Windows, "Quit Concord" elsewhere.
  const quit = process.platform === 'win32' ? t('menu.exit') : t('menu.quit');
  return [
    // macOS names the application menu's items itself.
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: t('menu.file'),
      submenu: [
        { label: t('fileMenu.newWorkspace'), accelerator: 'CmdOrCtrl+N', click: () => send('new-workspace') },
        { label: t('fileMenu.open'), accelerator: 'CmdOrCtrl+O', click: () => send('open') },
        { label: t('menu.openRecent'), submenu: recentItems(actions) },
        { label: t('fileMenu.saveCopy'), accelerator: 'CmdOrCtrl+Shift+S', click: () => send('save-copy') },
        { label: t('fileMenu.merge'), click: () => send('merge') },
        { label: t('fileMenu.join'), accelerator: 'CmdOrCtrl+J', click: () => send('join') },
        { label: t('fileMenu.export'), accelerator: 'CmdOrCtrl+E', click: () => send('export') },
        { type: 'separator' },
        isMac ? { role: 'close', label: t('menu.closeWindow') } : { role: 'quit', label: quit },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        { label: t('menu.redo'), accelerator: 'CmdOrCtrl+Shift+Z', click: () => send('redo') },
        { type: 'separator' },
        { label: t('menu.find'), accelerator: 'CmdOrCtrl+F', click: () => send('find') },
        // Cmd+H hides the app on macOS: Replace is Cmd+Alt+F there, as in other Mac editors.
        { label: t('menu.replace'), accelerator: isMac ? 'Cmd+Alt+F' : 'Ctrl+H', click: () => send('replace') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'resetZoom', label: t('menu.actualSize') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ],
    },
    {
      label: t('menu.help'),
      submenu: [
        { label: t('menu.showLog'), click: () => actions.showLogFile() },
        { label: t('menu.checkUpdates'), click: () => actions.checkForUpdates() },
      ],
    },
  ];
}
