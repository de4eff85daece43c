/**
 * Word vectors for similarity of meaning, read from the compact file scripts/word-vectors.mjs makes
 * (assets/word-vectors/en.bin: GloVe's 60,000 most frequent English words, 100 dimensions, one signed byte
 * each with a scale per word). The words come in frequency order, so a word's rank estimates how common it
 * is. Reading is total: a file that is not in this format gives a ConcordError, never a half-read table.
 */
import { ConcordError } from '../workspace/errors.ts';

export interface WordVectors {
  dimensions: number;
  /** Each word → its rank (0 = most frequent). */
  rank: ReadonlyMap<string, number>;
  /** The vector of the word of rank r: `values[r * dimensions …]`. */
  values: Float32Array;
}

const MAGIC = 'CWV1';

/** Read a word-vector file; throws a ConcordError if it is not one. */
export function readWordVectors(bytes: Uint8Array): WordVectors {
  const bad = (why: string): ConcordError => new ConcordError('compare.bad-vectors', { why });
  if (bytes.length < 16 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw bad('not a Concord word-vector file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(4, true);
  const dimensions = view.getUint32(8, true);
  const wordBytes = view.getUint32(12, true);
  const header = 16 + wordBytes;
  if (dimensions === 0 || dimensions > 1024 || bytes.length !== header + count * 4 + count * dimensions) throw bad('wrong length');
  const words = new TextDecoder().decode(bytes.subarray(16, header)).split('\n');
  if (words.length !== count) throw bad('wrong word count');
  const bytesAsSigned = new Int8Array(bytes.buffer, bytes.byteOffset + header + count * 4, count * dimensions);
  const values = new Float32Array(count * dimensions);
  for (let r = 0; r < count; r += 1) {
    const scale = view.getFloat32(header + r * 4, true);
    if (!Number.isFinite(scale)) throw bad('a scale is not a number');
    for (let i = r * dimensions; i < (r + 1) * dimensions; i += 1) values[i] = (bytesAsSigned[i] ?? 0) * scale;
  }
  return { dimensions, rank: new Map(words.map((word, r) => [word, r])), values };
}
