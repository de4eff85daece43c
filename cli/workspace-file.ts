/**
 * Opening and saving `.concord` files for the CLI: read, check, and write back atomically. What a file
 * holds of the wrong shape is reported on stderr and skipped by every reader; a command that would write
 * such a file back refuses (the file stays byte-identical) until `concord repair` drops the damage.
 */
import type * as Y from 'yjs';
import { describeFileDamage, encodeWorkspaceFile, readWorkspace } from '../src/file/format.ts';
import { describeAllSkipped } from '../src/workspace/doc-shape.ts';
import { ConcordError } from '../src/workspace/errors.ts';
import { i18n } from '../src/i18n/i18n.ts';
import { droppableDamage } from '../src/workspace/repair.ts';
import type { CliIo } from './command.ts';

export async function openWorkspace(io: CliIo, path: string): Promise<Y.Doc> {
  if (!(await io.exists(path))) throw new ConcordError('file.missing', { path });
  const { doc, damage } = readWorkspace(await io.readFile(path), path);
  const report = describeFileDamage(damage, path, i18n.getFixedT(io.language, 'core'));
  if (report !== '') io.err(`concord: warning: ${report}\n`);
  return doc;
}

/** Write `doc` to `path`; refused while it holds damaged parts (see `concord repair`). */
export async function saveWorkspace(io: CliIo, path: string, doc: Y.Doc): Promise<void> {
  const damaged = droppableDamage(doc);
  if (damaged.length > 0) {
    throw new ConcordError('file.damaged-parts.save', { path, parts: describeAllSkipped(damaged, i18n.getFixedT(io.language, 'core')) });
  }
  await io.writeFile(path, encodeWorkspaceFile(doc));
}

/** Write `doc` to `path` whatever it holds (for `concord repair`, after dropping the damage). */
export async function saveRepairedWorkspace(io: CliIo, path: string, doc: Y.Doc): Promise<void> {
  await io.writeFile(path, encodeWorkspaceFile(doc));
}
