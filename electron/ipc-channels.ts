/** The names of the IPC channels between the preload bridge and the main process (no dependencies, so the preload stays small). */
export const CHANNELS = {
  openFile: 'concord:open-file',
  saveFile: 'concord:save-file',
  menuCommand: 'concord:menu',
  fileOpened: 'concord:file-opened',
  publicKey: 'concord:public-key',
  sign: 'concord:sign',
  meetingStart: 'concord:meeting-start',
  meetingInvite: 'concord:meeting-invite',
  meetingStop: 'concord:meeting-stop',
  printPdf: 'concord:print-pdf',
  invitationGet: 'concord:invitation-get',
  invitationPut: 'concord:invitation-put',
  invitationDelete: 'concord:invitation-delete',
  /** Renderer → main: the workspaces to list under File › Open recent, most recent first. */
  recentWorkspaces: 'concord:recent-workspaces',
  /** Renderer → main: the language the renderer shows; the native menus are rebuilt in it. */
  setLanguage: 'concord:set-language',
  /** Main → renderer: the user chose a workspace under File › Open recent (its id). */
  openWorkspace: 'concord:open-workspace',
  /**
   * Main → renderer: a concord:// link the operating system handed to the app (a clicked invitation:
   * open-url on macOS, the command line or a second launch elsewhere). The renderer gets it through
   * Host.onJoinLink, only after its page has loaded; links that came earlier wait for it.
   */
  linkOpened: 'concord:link-opened',
} as const;

/** Channels only the main process sends on (the renderer never invokes them). */
export const PUSHED_CHANNELS: readonly string[] = [CHANNELS.menuCommand, CHANNELS.fileOpened, CHANNELS.openWorkspace, CHANNELS.linkOpened];

/** Largest file the app reads or writes through a dialog (a workspace of a big coalition is a few MB). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Largest message the main process signs (a vote's canonical encoding is a few hundred bytes). */
export const MAX_SIGNED_BYTES = 64 * 1024;
