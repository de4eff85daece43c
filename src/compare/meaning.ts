/**
 * Sentence vectors for similarity of meaning: smooth-inverse-frequency averages of word vectors (Arora,
 * Liang and Ma, "A simple but tough-to-beat baseline for sentence embeddings", ICLR 2017). Each word's
 * vector weighs a / (a + p(w)), p(w) its probability estimated from its frequency rank (Zipf's law), so
 * common words count little and rare ones fully; words without a vector are left out. Only texts in the
 * vectors' language get a vector (undefined otherwise: their similarity stays lexical).
 */
import type { Language } from './language.ts';
import { wordsAsWritten } from './tokenize.ts';
import type { WordVectors } from './word-vectors.ts';

/** SIF's smoothing: the word probability at which a word's weight is halved. */
const A = 3e-4;
/** Zipf's law over GloVe's 400,000-word vocabulary: p(rank r) ≈ 1 / ((r + 10) · 13). */
const wordProbability = (rank: number): number => 1 / ((rank + 10) * 13);

/** The language of the word vectors Concord ships (assets/word-vectors/en.bin). */
export const VECTORS_LANGUAGE: Language = 'en';

/** The share of a text's words that must have an English vector for it to be taken as English whatever franc says. */
const MOSTLY_KNOWN = 0.9;

/**
 * The language to analyse a text in, given its detected language and the word vectors: a short English
 * text is often taken for German or French ("A man is playing guitar"), but nearly all its words having an
 * English vector tells (on the STS benchmark: 2 Spanish, 7 French and 4 German pairs of 1,500 pass this
 * test, against 700 English ones).
 */
export function languageWithVectors(text: string, detected: Language, vectors: WordVectors | undefined): Language {
  if (vectors === undefined || detected === VECTORS_LANGUAGE) return detected;
  const words = wordsAsWritten(text);
  const known = words.filter((w) => vectors.rank.has(w)).length;
  return words.length > 0 && known >= MOSTLY_KNOWN * words.length ? VECTORS_LANGUAGE : detected;
}

/** The SIF sentence vector of `text`, or undefined when it is not in the vectors' language or has no known word. */
export function sentenceVector(text: string, language: Language, vectors: WordVectors): Float64Array | undefined {
  if (language !== VECTORS_LANGUAGE) return undefined;
  const { dimensions, rank, values } = vectors;
  const sum = new Float64Array(dimensions);
  let known = 0;
  for (const word of wordsAsWritten(text)) {
    const r = rank.get(word);
    if (r === undefined) continue;
    const weight = A / (A + wordProbability(r));
    for (let d = 0; d < dimensions; d += 1) sum[d] = (sum[d] ?? 0) + weight * (values[r * dimensions + d] ?? 0);
    known += 1;
  }
  return known === 0 ? undefined : sum;
}

/** The cosine similarity of two sentence vectors, clamped to [0, 1] (opposite meanings are simply unrelated). */
export function vectorCosine(a: Float64Array, b: Float64Array): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let d = 0; d < a.length; d += 1) {
    const x = a[d] ?? 0;
    const y = b[d] ?? 0;
    dot += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa === 0 || bb === 0 ? 0 : Math.min(1, Math.max(0, dot / Math.sqrt(aa * bb)));
}

/**
 * The first principal direction (uncentred) of a set of sentence vectors: what they all share (the
 * common discourse SIF removes). Power iteration from their sum, a fixed number of steps, the vectors
 * taken in the given order: the caller gives a canonical order so the bits never depend on input order.
 */
export function commonComponent(vectors: readonly Float64Array[], dimensions: number): Float64Array {
  let u = new Float64Array(dimensions);
  for (const v of vectors) for (let d = 0; d < dimensions; d += 1) u[d] = (u[d] ?? 0) + (v[d] ?? 0);
  for (let step = 0; step < 20; step += 1) {
    let norm = 0;
    for (let d = 0; d < dimensions; d += 1) norm += (u[d] ?? 0) * (u[d] ?? 0);
    if (norm === 0) return u;
    norm = Math.sqrt(norm);
    const unit = u.map((x) => x / norm);
    u = new Float64Array(dimensions);
    for (const v of vectors) {
      let dot = 0;
      for (let d = 0; d < dimensions; d += 1) dot += (v[d] ?? 0) * (unit[d] ?? 0);
      for (let d = 0; d < dimensions; d += 1) u[d] = (u[d] ?? 0) + dot * (v[d] ?? 0);
    }
  }
  let norm = 0;
  for (let d = 0; d < dimensions; d += 1) norm += (u[d] ?? 0) * (u[d] ?? 0);
  norm = Math.sqrt(norm);
  return norm === 0 ? u : u.map((x) => x / norm);
}

/** `v` without its projection on the unit vector `u` (a new vector). */
export function withoutComponent(v: Float64Array, u: Float64Array): Float64Array {
  let dot = 0;
  for (let d = 0; d < v.length; d += 1) dot += (v[d] ?? 0) * (u[d] ?? 0);
  return v.map((x, d) => x - dot * (u[d] ?? 0));
}

const discourse = new WeakMap<WordVectors, Float64Array>();

/**
 * The common discourse direction of the word vectors (Arora et al.'s c0): the mean of all word vectors,
 * each weighed by its probability — the direction every sentence shares through its common words. Made
 * from the vectors alone, so removing it means the same for two texts as for two thousand.
 */
export function discourseVector(vectors: WordVectors): Float64Array {
  let found = discourse.get(vectors);
  if (found === undefined) {
    const { dimensions, values } = vectors;
    const sum = new Float64Array(dimensions);
    const count = values.length / dimensions;
    for (let r = 0; r < count; r += 1) {
      const p = wordProbability(r);
      for (let d = 0; d < dimensions; d += 1) sum[d] = (sum[d] ?? 0) + p * (values[r * dimensions + d] ?? 0);
    }
    let norm = 0;
    for (let d = 0; d < dimensions; d += 1) norm += (sum[d] ?? 0) * (sum[d] ?? 0);
    norm = Math.sqrt(norm);
    found = norm === 0 ? sum : sum.map((x) => x / norm);
    discourse.set(vectors, found);
  }
  return found;
}
