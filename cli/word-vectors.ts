/**
 * The English word vectors for the CLI (and the benchmarks), read once from assets/word-vectors/en.bin:
 * looked for from this module's folder upwards, so it is found from the sources (cli/) and from the
 * bundle (out/cli/chunks/) alike. Missing, it is undefined: similarity is then lexical only.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWordVectors, type WordVectors } from '../src/compare/word-vectors.ts';

const ASSET = join('assets', 'word-vectors', 'en.bin');

let loading: Promise<WordVectors | undefined> | undefined;

async function find(): Promise<WordVectors | undefined> {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 5; up += 1) {
    const bytes = await readFile(join(dir, ASSET)).then(
      (b) => new Uint8Array(b),
      () => undefined,
    );
    if (bytes !== undefined) return readWordVectors(bytes);
    dir = dirname(dir);
  }
  return undefined;
}

/** The word vectors Concord ships, or undefined when they are not installed beside the CLI. */
export function loadWordVectors(): Promise<WordVectors | undefined> {
  loading ??= find();
  return loading;
}
