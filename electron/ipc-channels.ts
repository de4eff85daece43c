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
} as const;

/** Largest file the app reads or writes through a dialog (a workspace of a big coalition is a few MB). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Largest message the main process signs (a vote's canonical encoding is a few hundred bytes). */
export const MAX_SIGNED_BYTES = 64 * 1024;
