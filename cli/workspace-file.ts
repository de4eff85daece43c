/**
 * Opening and saving `.concord` files for the CLI: read, check, and write back atomically. What a file
 * holds of the wrong shape is reported on stderr and skipped by every reader; a command that would write
 * such a file back refuses (the file stays byte-identical) until `concord repair` drops the damage.
 */
import { createHash } from 'node:crypto';
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { describeFileDamage, encodeWorkspaceFile, readWorkspace, type Sha256 } from '../src/file/format.ts';
import { describeAllSkipped } from '../src/workspace/doc-shape.ts';
import { ConcordError } from '../src/workspace/errors.ts';
import { droppableDamage } from '../src/workspace/repair.ts';
import type { CliIo } from './command.ts';

/** The files' digest by Node's own SHA-256: native, where hashing a large file in JavaScript takes a while. */
export const nodeSha256: Sha256 = (bytes) => createHash('sha256').update(bytes).digest();

/** The `core` words in the reader's language: i18next is loaded only when there is damage to describe. */
export async function coreWords(io: CliIo): Promise<TFunction<'core'>> {
  const { i18n } = await import('../src/i18n/i18n.ts');
  return i18n.getFixedT(io.language, 'core');
}

export async function openWorkspace(io: CliIo, path: string): Promise<Y.Doc> {
  if (!(await io.exists(path))) throw new ConcordError('file.missing', { path });
  const { doc, damage } = readWorkspace(await io.readFile(path), path, nodeSha256);
  if (damage.missingHistory || damage.skipped.length > 0) io.err(`concord: warning: ${describeFileDamage(damage, path, await coreWords(io))}\n`);
  return doc;
}

/** Write `doc` to `path`; refused while it holds damaged parts (see `concord repair`). */
export async function saveWorkspace(io: CliIo, path: string, doc: Y.Doc): Promise<void> {
  const damaged = droppableDamage(doc);
  if (damaged.length > 0) {
    throw new ConcordError('file.damaged-parts.save', { path, parts: describeAllSkipped(damaged, await coreWords(io)) });
  }
  await io.writeFile(path, encodeWorkspaceFile(doc, nodeSha256));
}

/** Write `doc` to `path` whatever it holds (for `concord repair`, after dropping the damage). */
export async function saveRepairedWorkspace(io: CliIo, path: string, doc: Y.Doc): Promise<void> {
  await io.writeFile(path, encodeWorkspaceFile(doc, nodeSha256));
}
