/**
 * A small map of secrets (string → string) kept in one file encrypted as a whole, for the main process:
 * the desktop app keeps its invitation links (which carry tokens) here, encrypted with the operating
 * system's keychain (safeStorage), instead of in the renderer's storage. The cipher and the file are
 * passed in, so this holds no Electron import and tests can run it. Writes replace the file atomically.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomically } from '../cli/node-io.ts';

export interface Cipher {
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

export interface SecretMap {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every value held (the pinning of meeting certificates reads the join links). */
  values(): Promise<string[]>;
}

function parseEntries(text: string): Map<string, string> {
  const data: unknown = JSON.parse(text);
  const entries = new Map<string, string>();
  if (typeof data !== 'object' || data === null) return entries;
  for (const [key, value] of Object.entries(data)) if (typeof value === 'string') entries.set(key, value);
  return entries;
}

/** The map in `path`, sealed with `cipher` (an unreadable or missing file starts empty). */
export function encryptedMapFile(path: string, cipher: () => Cipher): SecretMap {
  let loaded: Promise<Map<string, string>> | null = null;
  let writing: Promise<void> = Promise.resolve();

  const load = (): Promise<Map<string, string>> => {
    loaded ??= readFile(path).then(
      (sealed) => parseEntries(cipher().decrypt(sealed)),
      (error: unknown) => {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return new Map<string, string>();
        throw error;
      },
    );
    return loaded;
  };

  const save = (entries: Map<string, string>): Promise<void> => {
    writing = writing.then(() => writeFileAtomically(path, cipher().encrypt(JSON.stringify(Object.fromEntries(entries))), 0o600));
    return writing;
  };

  return {
    async get(key) {
      return (await load()).get(key) ?? null;
    },
    async set(key, value) {
      const entries = await load();
      entries.set(key, value);
      await save(entries);
    },
    async delete(key) {
      const entries = await load();
      if (entries.delete(key)) await save(entries);
    },
    async values() {
      return [...(await load()).values()];
    },
  };
}
