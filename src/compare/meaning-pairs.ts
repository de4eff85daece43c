/**
 * Pairs of sentence vectors (meaning.ts) from different groups (organizations) whose cosine reaches
 * `minCosine`: the semantic half of Compare's candidate search (similarity.ts). Sentence vectors are dense
 * and short (100 numbers), so every cross pair is scored, from unit copies made once; that is a fraction of
 * scoring the pairs' whole similarity, and only pairs whose words barely overlap need it.
 */
import type { SimilarPair } from './pairs.ts';

/** The dot product of the `length` numbers at `x` and at `y` in `values`, four at a time. */
function dotAt(values: Float64Array, x: number, y: number, length: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let d = 0;
  for (; d + 3 < length; d += 4) {
    s0 += (values[x + d] ?? 0) * (values[y + d] ?? 0);
    s1 += (values[x + d + 1] ?? 0) * (values[y + d + 1] ?? 0);
    s2 += (values[x + d + 2] ?? 0) * (values[y + d + 2] ?? 0);
    s3 += (values[x + d + 3] ?? 0) * (values[y + d + 3] ?? 0);
  }
  for (; d < length; d += 1) s0 += (values[x + d] ?? 0) * (values[y + d] ?? 0);
  return s0 + s1 + s2 + s3;
}

/** Every pair a < b of different groups, both with a vector, whose cosine is at least `minCosine`. */
export function meaningPairs(meanings: readonly (Float64Array | undefined)[], groupOf: ArrayLike<number>, minCosine: number): SimilarPair[] {
  const present = meanings.flatMap((v, i) => (v === undefined ? [] : [i]));
  const [first] = present;
  const dimensions = first === undefined ? 0 : (meanings[first]?.length ?? 0);
  const units = new Float64Array(present.length * dimensions);
  present.forEach((doc, k) => {
    const v = meanings[doc];
    if (v === undefined) return;
    let norm = 0;
    for (let d = 0; d < dimensions; d += 1) norm += (v[d] ?? 0) * (v[d] ?? 0);
    norm = Math.sqrt(norm);
    if (norm > 0) for (let d = 0; d < dimensions; d += 1) units[k * dimensions + d] = (v[d] ?? 0) / norm;
  });
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < present.length; i += 1) {
    const a = present[i] ?? 0;
    for (let j = i + 1; j < present.length; j += 1) {
      const b = present[j] ?? 0;
      if (groupOf[a] === groupOf[b]) continue;
      const dot = dotAt(units, i * dimensions, j * dimensions, dimensions);
      if (dot >= minCosine) pairs.push({ a, b, score: dot });
    }
  }
  return pairs;
}
