/** The CLI's window on the real machine: stdout/stderr and files, with atomic writes (temp file + rename). */
import { randomBytes } from 'node:crypto';
import { access, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CliIo } from './command.ts';

/** Write a file so that it is either the old one or the whole new one: a synced temp file renamed over it. */
export async function writeFileAtomically(path: string, data: Uint8Array | string, mode = 0o666): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export const nodeIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, bytes) => writeFileAtomically(path, bytes),
  exists: async (path) => access(path).then(() => true, () => false),
};
