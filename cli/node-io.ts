/** The CLI's window on the real machine: stdout/stderr and files, with atomic writes (temp file + rename, or link for new files). */
import { randomBytes } from 'node:crypto';
import { access, link, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ConcordError } from '../src/workspace/errors.ts';
import type { CliIo } from './command.ts';
import { shellLanguage } from './words.ts';

/** Write `data` to a synced temp file beside `path`, hand it to `place`, and remove the temp file if it is still there. */
async function viaTempFile(path: string, data: Uint8Array | string, mode: number, place: (temp: string) => Promise<void>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await place(temp);
  } finally {
    await rm(temp, { force: true });
  }
}

/** Write a file so that it is either the old one or the whole new one: a synced temp file renamed over it. */
export async function writeFileAtomically(path: string, data: Uint8Array | string, mode = 0o666): Promise<void> {
  await viaTempFile(path, data, mode, (temp) => rename(temp, path));
}

/** Create a new owner-only file, whole or not at all: a synced temp file linked to its name, which fails if the name is taken. */
async function createPrivateFile(path: string, data: Uint8Array): Promise<void> {
  await viaTempFile(path, data, 0o600, async (temp) => {
    try {
      await link(temp, path);
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'EEXIST') throw new ConcordError('file.exists', { path });
      throw error;
    }
  });
}

export const nodeIo: CliIo = {
  language: shellLanguage(process.env),
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, bytes) => writeFileAtomically(path, bytes),
  createPrivateFile,
  exists: async (path) =>
    access(path).then(
      () => true,
      () => false,
    ),
};
