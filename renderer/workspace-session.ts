/**
 * Opening a workspace on this computer: its Y.Doc, loaded from and saved to the browser's database by a
 * worker (persistence/local-copy.ts), which writes every change as it comes, so closing or crashing
 * mid-sentence loses nothing, and whose compactions never block typing. New workspaces and
 * .concord files that arrive (Open…) become local workspaces here.
 */
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { mergeWorkspaceFile, peekWorkspaceFile, type MergeResult } from '../src/file/format.ts';
import { newId } from '../src/ids.ts';
import { ConcordError } from '../src/workspace/errors.ts';
import { readMeta } from '../src/workspace/workspace.ts';
import { initWorkspace } from '../src/workspace/init.ts';
import { setCoalitionLanguage } from '../src/workspace/language.ts';
import { shownLanguage } from './i18n/language-choice.ts';
import { LocalCopy } from './persistence/local-copy.ts';
import { invitationFor } from './sync/invitation-store.ts';
import { isKnownWorkspaceId, lastWorkspaceId, rememberWorkspace } from './workspace-registry.ts';
import { newWorkspaceDoc } from '../src/workspace/doc.ts';

export interface WorkspaceSession {
  id: string;
  doc: Y.Doc;
  /** Presence (who is here, their cursors) when connected to a sync server. */
  awareness: Awareness;
  close(): Promise<void>;
  /** Store the whole document as one entry, replacing the log of changes (after dropping damaged parts). */
  compact(): Promise<void>;
  /** Close the workspace and delete this computer's copy of it. */
  forget(): Promise<void>;
}

function databaseName(id: string): string {
  return `concord-${id}`;
}

async function load(id: string): Promise<WorkspaceSession> {
  const doc = newWorkspaceDoc();
  const persistence = new LocalCopy(databaseName(id), doc);
  await persistence.whenSynced;
  const awareness = new Awareness(doc);
  return {
    id,
    doc,
    awareness,
    close: async () => {
      awareness.destroy();
      await persistence.destroy();
      doc.destroy();
    },
    compact: () => persistence.compact(),
    forget: async () => {
      awareness.destroy();
      await persistence.clearData();
      doc.destroy();
    },
  };
}

/**
 * "Re-sync from the server": delete this computer's copy of a joined workspace and open it empty; its sync
 * connection then fills it from the server. Changes not yet on the server are lost, which the app says.
 */
export async function resyncFromServer(session: WorkspaceSession): Promise<WorkspaceSession> {
  await session.forget();
  return load(session.id);
}

/**
 * "Open a backup": replace this computer's copy of the workspace with a `.concord` file of the same
 * workspace. The file is checked completely first; a bad file or another workspace's changes nothing.
 */
export async function restoreBackup(session: WorkspaceSession, bytes: Uint8Array, fileName: string): Promise<OpenedFile> {
  const meta = peekWorkspaceFile(bytes, fileName);
  if (meta.id !== session.id) {
    throw new ConcordError('file.other-workspace.copy', { fileName, name: meta.name });
  }
  await session.forget();
  return openWorkspaceFile(bytes, fileName);
}

/** Open a workspace already on this computer. */
export async function openLocalWorkspace(id: string): Promise<WorkspaceSession> {
  const session = await load(id);
  await rememberWorkspace(id, readMeta(session.doc).name);
  return session;
}

/** Create a new, empty coalition workspace on this computer; its exports speak the language its creator's app shows. */
export async function createLocalWorkspace(name: string): Promise<WorkspaceSession> {
  const id = newId('w_');
  const session = await load(id);
  session.doc.transact(() => {
    initWorkspace(session.doc, name, id);
    setCoalitionLanguage(session.doc, shownLanguage());
  });
  await rememberWorkspace(id, name);
  return session;
}

/** The workspace to show at start: the last one used, or a new one named `newName`. */
export async function openStartWorkspace(newName: string): Promise<WorkspaceSession> {
  const lastId = await lastWorkspaceId();
  if (lastId !== null) {
    const session = await openLocalWorkspace(lastId);
    // A workspace joined through an invitation is empty until its first sync: keep it.
    if (readMeta(session.doc).id !== '' || (await invitationFor(lastId)) !== null) return session;
    await session.close();
  }
  return createLocalWorkspace(newName);
}

export interface OpenedFile {
  session: WorkspaceSession;
  /** True when this computer already had the workspace and the file was merged into it. */
  merged: boolean;
  result: MergeResult;
}

/**
 * Open a .concord file: it is checked completely first (a bad file changes nothing), then merged into the
 * local copy of its workspace — created if this computer did not have it yet.
 */
export async function openWorkspaceFile(bytes: Uint8Array, fileName: string): Promise<OpenedFile> {
  const meta = peekWorkspaceFile(bytes, fileName);
  const existed = await isKnownWorkspaceId(meta.id);
  const session = await load(meta.id);
  const result = mergeWorkspaceFile(session.doc, bytes, fileName);
  await rememberWorkspace(meta.id, readMeta(session.doc).name);
  return { session, merged: existed, result };
}
