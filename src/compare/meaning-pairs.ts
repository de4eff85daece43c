/**
 * Pairs of sentence vectors (meaning.ts) from different groups (organizations) whose cosine reaches
 * `minCosine`: the semantic half of Compare's candidate search (similarity.ts). Sentence vectors are dense
 * and short (100 numbers), so every cross pair is scored, from unit copies made once; that is a fraction of
 * scoring the pairs' whole similarity, and only pairs whose words barely overlap need it.
 */
import type { SimilarPair } from './pairs.ts';

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
      let dot = 0;
      for (let d = 0, x = i * dimensions, y = j * dimensions; d < dimensions; d += 1) dot += (units[x + d] ?? 0) * (units[y + d] ?? 0);
      if (dot >= minCosine) pairs.push({ a, b, score: dot });
    }
  }
  return pairs;
}
