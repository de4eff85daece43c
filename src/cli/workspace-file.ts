/** Opening and saving `.concord` files for the CLI: read, check, and write back atomically. */
import type * as Y from 'yjs';
import { encodeWorkspaceFile, readWorkspaceFile } from '../file/format.ts';
import { ConcordError } from '../workspace/errors.ts';
import type { CliIo } from './command.ts';

export async function openWorkspace(io: CliIo, path: string): Promise<Y.Doc> {
  if (!(await io.exists(path))) throw new ConcordError(`${path}: no such file.`, 'file.missing');
  return readWorkspaceFile(await io.readFile(path), path);
}

export async function saveWorkspace(io: CliIo, path: string, doc: Y.Doc): Promise<void> {
  await io.writeFile(path, encodeWorkspaceFile(doc));
}
