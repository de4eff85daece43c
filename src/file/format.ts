/**
 * The `.concord` file: a workspace travelling as one file (e-mail, USB stick, backup).
 *
 *   offset  size  field
 *   0       8     magic "CONCORD\0"
 *   8       2     format version, big-endian (this code writes 1 and reads up to 1)
 *   10      2     flags, 0
 *   12      4     payload length in bytes, big-endian
 *   16      32    SHA-256 of the payload
 *   48      n     payload: the Yjs state update (v1 encoding) of the whole workspace
 *
 * Reading checks every field and the digest before anything touches a document, so a damaged, truncated,
 * foreign or future-version file is refused with a clear message and changes nothing. A well-formed file
 * can still hold hostile content: changes whose history is missing are left out and reported, parts of the
 * wrong shape are reported (and readers skip them), and a merge refuses a file that would bring such parts.
 */
import type { TFunction } from 'i18next';
import { sha256 } from '@noble/hashes/sha2.js';
import * as Y from 'yjs';
import { ConcordError } from '../workspace/errors.ts';
import { describeAllSkipped, inspectWorkspace, type Skipped } from '../workspace/doc-shape.ts';
import { dropPending } from '../workspace/pending-structs.ts';
import { readMeta, type WorkspaceMeta } from '../workspace/workspace.ts';
import { newWorkspaceDoc } from '../workspace/doc.ts';
import { englishCore } from '../i18n/core-english.ts';

export const FILE_EXTENSION = '.concord';
export const FILE_VERSION = 1;
const MAGIC = new TextEncoder().encode('CONCORD\0');
const HEADER_SIZE = 48;

/**
 * SHA-256, the digest a file's header holds. @noble/hashes's by default, on every platform; one that has a
 * native SHA-256 may pass it in (the CLI passes Node's: many times faster on a large file than hashing in
 * JavaScript). Whichever computes it, the bytes are the same and so is the check.
 */
export type Sha256 = (bytes: Uint8Array) => Uint8Array;

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Encode the whole workspace as a `.concord` file. */
export function encodeWorkspaceFile(doc: Y.Doc, digest: Sha256 = sha256): Uint8Array {
  const payload = Y.encodeStateAsUpdate(doc);
  const out = new Uint8Array(HEADER_SIZE + payload.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint16(8, FILE_VERSION);
  view.setUint16(10, 0);
  view.setUint32(12, payload.length);
  out.set(digest(payload), 16);
  out.set(payload, HEADER_SIZE);
  return out;
}

/** Check a file's header and digest and return its Yjs update; throws a ConcordError saying what is wrong. */
export function decodeWorkspaceFile(bytes: Uint8Array, fileName = 'This file', digest: Sha256 = sha256): Uint8Array {
  if (bytes.length === 0) throw new ConcordError('file.empty', { fileName });
  if (bytes.length < MAGIC.length || !equalBytes(bytes.subarray(0, MAGIC.length), MAGIC)) {
    throw new ConcordError('file.foreign', { fileName });
  }
  if (bytes.length < HEADER_SIZE) {
    throw new ConcordError('file.truncated.header', { fileName });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(8);
  if (version > FILE_VERSION) {
    throw new ConcordError('file.future-version', { fileName, version, newest: FILE_VERSION });
  }
  if (version < 1) throw new ConcordError('file.damaged.version', { fileName });
  const length = view.getUint32(12);
  const available = bytes.length - HEADER_SIZE;
  if (available < length) {
    throw new ConcordError('file.truncated.size', { fileName, length, available });
  }
  if (available > length) {
    throw new ConcordError('file.damaged.trailing', { fileName, extra: available - length });
  }
  const payload = bytes.subarray(HEADER_SIZE);
  if (!equalBytes(digest(payload), bytes.subarray(16, HEADER_SIZE))) {
    throw new ConcordError('file.damaged.checksum', { fileName });
  }
  return payload;
}

/** What reading a file found wrong and left out. */
export interface FileDamage {
  /** Changes whose earlier history is in no file or replica we have: left out, since nothing can place them. */
  missingHistory: boolean;
  /** Parts that do not fit the workspace's schema (see workspace/doc-shape.ts): kept, but never read. */
  skipped: Skipped[];
}

export interface FileReading {
  doc: Y.Doc;
  damage: FileDamage;
}

/** Apply an update to a fresh document, refusing one that is malformed; changes missing their history are left out. */
function docFromUpdate(update: Uint8Array, fileName: string): FileReading {
  const doc = newWorkspaceDoc();
  try {
    Y.applyUpdate(doc, update);
  } catch {
    throw new ConcordError('file.damaged.unreadable', { fileName });
  }
  const missingHistory = dropPending(doc);
  if (readMeta(doc).id === '') {
    throw new ConcordError('file.not-workspace', { fileName });
  }
  return { doc, damage: { missingHistory, skipped: inspectWorkspace(doc) } };
}

/** Read a `.concord` file into a new Y.Doc, with what it found damaged. */
export function readWorkspace(bytes: Uint8Array, fileName = 'This file', digest: Sha256 = sha256): FileReading {
  return docFromUpdate(decodeWorkspaceFile(bytes, fileName, digest), fileName);
}

/** Read a `.concord` file into a new Y.Doc. */
export function readWorkspaceFile(bytes: Uint8Array, fileName = 'This file'): Y.Doc {
  return readWorkspace(bytes, fileName).doc;
}

/** Read only the workspace's identity from a file (to decide where it belongs before merging). */
export function peekWorkspaceFile(bytes: Uint8Array, fileName = 'This file'): WorkspaceMeta {
  const doc = readWorkspaceFile(bytes, fileName);
  const meta = readMeta(doc);
  doc.destroy();
  return meta;
}

/** The damage in words, in t's language, one sentence per finding, naming the file. */
export function describeFileDamage(damage: FileDamage, fileName: string, t: TFunction<'core'>): string {
  const lines: string[] = [];
  if (damage.missingHistory) lines.push(t('damaged.fileHistory', { file: fileName }));
  if (damage.skipped.length > 0) lines.push(t('damaged.fileParts', { file: fileName, parts: describeAllSkipped(damage.skipped, t) }));
  return lines.join('\n');
}

/** What `incoming` holds of the wrong shape that `ours` does not already hold. */
function newDamage(incoming: Y.Doc, ours: Y.Doc): Skipped[] {
  const theirs = inspectWorkspace(incoming);
  if (theirs.length === 0) return theirs;
  const key = (s: Skipped): string => `${s.root}\u0000${s.key}\u0000${s.problem}`;
  const known = new Set(inspectWorkspace(ours).map(key));
  return theirs.filter((s) => !known.has(key(s)));
}

export interface MergeResult {
  /** Whether the file brought anything the workspace did not already have. */
  changed: boolean;
  /** Whether changes whose history is missing were left out of the merge. */
  missingHistory: boolean;
  meta: WorkspaceMeta;
}

/**
 * Merge a `.concord` file into a workspace: a CRDT merge, so edits made on both sides are all kept and
 * merging the same file twice changes nothing. A file of another coalition's workspace is refused.
 */
export function mergeWorkspaceFile(doc: Y.Doc, bytes: Uint8Array, fileName = 'This file', origin: unknown = 'file'): MergeResult {
  const { doc: incoming, damage } = docFromUpdate(decodeWorkspaceFile(bytes, fileName), fileName);
  const theirs = readMeta(incoming);
  // The same checks the sync server applies to a peer's update: nothing of the wrong shape gets in.
  const fresh = newDamage(incoming, doc);
  if (fresh.length > 0) {
    incoming.destroy();
    // The parts are named in English: an error's parameters are filled in before anyone knows who will read it.
    throw new ConcordError('file.damaged-parts.merge', { fileName, parts: describeAllSkipped(fresh, englishCore) });
  }
  const update = Y.encodeStateAsUpdate(incoming);
  incoming.destroy();
  const ours = readMeta(doc);
  if (ours.id !== '' && ours.id !== theirs.id) {
    throw new ConcordError('file.other-workspace.merge', { fileName, theirs: theirs.name, ours: ours.name });
  }
  const before = Y.snapshot(doc);
  Y.applyUpdate(doc, update, origin);
  return { changed: !Y.equalSnapshots(before, Y.snapshot(doc)), missingHistory: damage.missingHistory, meta: readMeta(doc) };
}
