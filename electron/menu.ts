/**
 * The desktop app's menu bar: File (with Open recent, the workspaces this computer knows, most recent
 * first), Edit (with Find and Replace), View and Help (with "Show log file" and "Check for updates"). A
 * plain template built from what it acts on, so tests can read and click it; main.ts turns it into Electron's Menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
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
}

function recentItems(actions: MenuActions): MenuItemConstructorOptions[] {
  const listed = actions.recent.slice(0, RECENT_IN_MENU);
  if (listed.length === 0) return [{ label: 'No recent workspaces', enabled: false }];
  return listed.map((workspace) => ({ label: workspace.name.trim() || 'Unnamed coalition', click: () => actions.openRecent(workspace.id) }));
}

export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const { isMac, send } = actions;
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New workspace', accelerator: 'CmdOrCtrl+N', click: () => send('new-workspace') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send('open') },
        { label: 'Open recent', submenu: recentItems(actions) },
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
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => send('find') },
        // Cmd+H hides the app on macOS: Replace is Cmd+Alt+F there, as in other Mac editors.
        { label: 'Replace…', accelerator: isMac ? 'Cmd+Alt+F' : 'Ctrl+H', click: () => send('replace') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: '&View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
    {
      label: '&Help',
      submenu: [
        { label: 'Show log file', click: () => actions.showLogFile() },
        { label: 'Check for updates…', click: () => actions.checkForUpdates() },
      ],
    },
  ];
}
