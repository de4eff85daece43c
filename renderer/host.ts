/**
 * The Host interface: everything the renderer needs from the platform it runs on. Electron's preload bridge
 * provides it in the desktop app (see electron/preload.ts); host-web.ts provides it in a plain browser.
 * The renderer reaches files, menus and printing only through this.
 */
import type { Language } from '../src/i18n/languages.ts';

/** A file the user picked or the platform handed over (e.g. a double-clicked .concord file). */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** Commands the platform's menu (or the web build's own menu) can send. */
export const MENU_COMMANDS = ['new-workspace', 'open', 'save-copy', 'merge', 'join', 'export', 'undo', 'redo', 'find', 'replace'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/**
 * This delegate's signing key (ed25519). The private key never leaves the platform's keeping: Electron's
 * main process holds it encrypted with the OS keychain (safeStorage); a browser holds it as a
 * non-extractable WebCrypto key. The renderer can only ask for signatures.
 */
export interface SigningKey {
  /** The raw 32-byte public key, as it goes on the coalition's roster. */
  publicKey: Uint8Array;
  sign(message: Uint8Array): Promise<Uint8Array>;
}

export type InviteRole = 'delegate' | 'chair' | 'observer';

/** Hosting a meeting from this computer: the sync server runs inside the desktop app and serves the LAN. */
export interface MeetingHost {
  /** Start the server (or return the running one): the address delegates on this network connect to. */
  start(): Promise<{ url: string }>;
  /** A new invitation for one organization's delegate (or an observer), as links to send them. */
  invite(workspace: string, org: string, role: InviteRole): Promise<{ appLink: string; webLink: string }>;
  stop(): Promise<void>;
}

/**
 * Where the desktop app keeps each workspace's invitation link (it carries the token): in the main
 * process, encrypted by the OS keychain, so no token sits in the renderer's storage. A browser has none
 * and keeps links in IndexedDB (renderer/sync/invitation-store.ts).
 */
export interface InvitationVault {
  get(workspace: string): Promise<string | null>;
  put(workspace: string, link: string): Promise<void>;
  delete(workspace: string): Promise<void>;
}

export interface Host {
  readonly kind: 'electron' | 'web';
  /** Whether the platform shows its own File menu (Electron); the web build then draws one itself. */
  readonly hasNativeMenu: boolean;
  /** Ask the user for a file; resolves to null when they cancel. `accept` lists extensions like ".concord". */
  openFile(accept: readonly string[]): Promise<PickedFile | null>;
  /** Save bytes under a name the user confirms; resolves to false when they cancel. */
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<boolean>;
  /** Listen to menu commands; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Listen to files the platform opens with the app (file association, second instance). */
  onOpenFile(listener: (file: PickedFile) => void): () => void;
  /** Desktop app only: the workspaces to list under the native File › Open recent, most recent first. */
  showRecentWorkspaces?(workspaces: readonly { id: string; name: string }[]): void;
  /** Desktop app only: the language the renderer shows, for the native menus to speak it too. */
  setLanguage?(language: Language): void;
  /** Desktop app only: listen to File › Open recent choices (the workspace's id). */
  onOpenWorkspace?(listener: (workspace: string) => void): () => void;
  /**
   * Listen to invitation links the platform opens the app with; each opens the Join dialog filled in.
   * In a browser: the page's own address when the app was opened at a server's /join link. In the
   * desktop app: `concord://join?…` links (open-url on macOS, argv and second-instance elsewhere), which
   * the shell hands over as they come — including one that arrived before this listener was added.
   */
  onJoinLink?(listener: (link: string) => void): () => void;
  /** This computer's signing key for votes, created on first use. */
  signingKey(): Promise<SigningKey>;
  /** Present in the desktop app only: invitation links kept encrypted outside the renderer. */
  readonly invitations?: InvitationVault;
  /** Present in the desktop app only: a browser cannot run a server. */
  readonly meeting?: MeetingHost;
  /**
   * Print a whole HTML document to PDF (page size and margins from its CSS), tagged and with an outline.
   * Desktop app only; in a browser the app opens the print view and the browser's own print dialog.
   */
  printToPdf?(html: string): Promise<Uint8Array>;
}
