/**
 * Similar pairs through an inverted index, exactly: every pair of documents from different groups
 * (organizations) whose cosine similarity reaches `minScore`, without scoring all pairs — prefix filtering
 * for cosine (Bayardo et al., "Scaling up all pairs similarity search"), with L2 bounds as in L2AP.
 *
 * Terms are put in one global order, rarest first. Each unit vector is cut into a prefix and a suffix, the
 * suffix being its most frequent terms for as long as their weights' norm stays below `minScore`. If two
 * vectors share no prefix term, every term they share lies in the suffix of the one whose suffix starts
 * earlier, so by Cauchy–Schwarz their cosine is below that suffix's norm, below `minScore`. Hence only
 * the prefixes are indexed and only the prefixes query the index: rare terms, short posting lists.
 * A document first met at some term shares no rarer one, so it is dropped at once when the two norms from
 * that term on multiply to less than `minScore`. Dot products over shared prefix terms are summed along
 * the posting lists; what the suffixes can add is bounded by the earlier suffix's norm times the other
 * vector's norm from there on; candidates that cannot reach `minScore` are dropped, the others are scored
 * exactly.
 */
import type { SparseVector } from './vectors.ts';

/** Two documents (a < b, indices into the input) and their cosine similarity. */
export interface SimilarPair {
  a: number;
  b: number;
  score: number;
}

/** Keeps the bounds safe from rounding. */
const SAFETY = 1 - 1e-9;

/** A vector seen in the global term order. */
interface Cut {
  /** Positions (into the vector's terms) of the prefix terms, rarest first. */
  prefix: Int32Array;
  /** Global ranks of all its terms, ascending. */
  ranks: Int32Array;
  /** tail[k]: the norm of its weights from the k-th term (in rank order) on; tail[length] = 0. */
  tail: Float64Array;
  /** Global rank of its first suffix term (past every rank when the suffix is empty). */
  suffixStart: number;
  suffixNorm: number;
}

function cutVector(v: SparseVector, rankOf: Int32Array, budget: number): Cut {
  // Positions in rank order (insertion sort: texts have tens of terms, and ranks are distinct).
  const length = v.terms.length;
  const order = new Int32Array(length);
  const ranks = new Int32Array(length);
  for (let i = 0; i < length; i += 1) {
    const rank = rankOf[v.terms[i] ?? 0] ?? 0;
    let j = i;
    while (j > 0 && (ranks[j - 1] ?? 0) > rank) {
      ranks[j] = ranks[j - 1] ?? 0;
      order[j] = order[j - 1] ?? 0;
      j -= 1;
    }
    ranks[j] = rank;
    order[j] = i;
  }
  const tail = new Float64Array(order.length + 1);
  let squares = 0;
  let end = order.length;
  for (let k = order.length - 1; k >= 0; k -= 1) {
    const w = v.weights[order[k] ?? 0] ?? 0;
    squares += w * w;
    tail[k] = Math.sqrt(squares);
    if (end === k + 1 && squares < budget) end = k;
  }
  return {
    prefix: order.subarray(0, end),
    ranks,
    tail,
    suffixStart: end < order.length ? (ranks[end] ?? 0) : rankOf.length,
    suffixNorm: tail[end] ?? 0,
  };
}

/** The norm of a vector's weights at global ranks ≥ `rank`. */
function tailFrom(cut: Cut, rank: number): number {
  let lo = 0;
  let hi = cut.ranks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cut.ranks[mid] ?? 0) < rank) lo = mid + 1;
    else hi = mid;
  }
  return cut.tail[lo] ?? 0;
}

export function similarPairs(vectors: readonly SparseVector[], groupOf: ArrayLike<number>, documentFrequency: Int32Array, minScore: number): SimilarPair[] {
  if (!(minScore > 0)) throw new RangeError(`similarPairs needs a positive minimum score, not ${minScore}`);
  const n = vectors.length;
  const terms = documentFrequency.length;
  const byRarity = Array.from(documentFrequency.keys()).sort((x, y) => (documentFrequency[x] ?? 0) - (documentFrequency[y] ?? 0) || x - y);
  const rankOf = new Int32Array(terms);
  byRarity.forEach((term, rank) => (rankOf[term] = rank));
  const cuts = vectors.map((v) => cutVector(v, rankOf, minScore * minScore * SAFETY));

  // Posting lists of prefix terms (documents ascending, with their weights), laid out one after the other.
  const starts = new Int32Array(terms + 1);
  cuts.forEach((cut, doc) => {
    for (const i of cut.prefix) {
      const term = vectors[doc]?.terms[i] ?? 0;
      starts[term + 1] = (starts[term + 1] ?? 0) + 1;
    }
  });
  for (let t = 1; t <= terms; t += 1) starts[t] = (starts[t] ?? 0) + (starts[t - 1] ?? 0);
  const fill = starts.slice();
  const postingDoc = new Int32Array(starts[terms] ?? 0);
  const postingWeight = new Float64Array(postingDoc.length);
  const postingTail = new Float64Array(postingDoc.length);
  cuts.forEach((cut, doc) => {
    const v = vectors[doc];
    cut.prefix.forEach((i, k) => {
      const term = v?.terms[i] ?? 0;
      const at = fill[term] ?? 0;
      postingDoc[at] = doc;
      postingWeight[at] = v?.weights[i] ?? 0;
      postingTail[at] = cut.tail[k] ?? 0;
      fill[term] = at + 1;
    });
  });

  const pairs: SimilarPair[] = [];
  const partial = new Float64Array(n);
  // metBy[y] === x: y was met while finding x's pairs; isCandidate[y]: and could still reach minScore.
  const metBy = new Int32Array(n).fill(-1);
  const isCandidate = new Uint8Array(n);
  const candidates: number[] = [];
  // x's weights by term, to score a candidate by walking its terms only (the same sum, term by term, as cosine()).
  const dense = new Float64Array(terms);
  const floor = minScore * SAFETY;
  for (let x = 0; x < n; x += 1) {
    const vx = vectors[x];
    const cx = cuts[x];
    if (vx === undefined || cx === undefined) continue;
    const gx = groupOf[x];
    candidates.length = 0;
    // x's prefix terms, rarest first. A document first met at rank r shares no rarer term with x (it would
    // have been met there), so their cosine is at most the product of their norms from rank r on.
    cx.prefix.forEach((i, k) => {
      const term = vx.terms[i] ?? 0;
      const wx = vx.weights[i] ?? 0;
      const tailX = cx.tail[k] ?? 0;
      const first = starts[term] ?? 0;
      // Postings are in document order: walk back from the end while they come after x.
      for (let p = (starts[term + 1] ?? 0) - 1; p >= first; p -= 1) {
        const y = postingDoc[p] ?? 0;
        if (y <= x) break;
        if (metBy[y] !== x) {
          metBy[y] = x;
          if (groupOf[y] === gx || tailX * (postingTail[p] ?? 0) < floor) continue;
          isCandidate[y] = 1;
          candidates.push(y);
        } else if (isCandidate[y] === 0) continue;
        partial[y] = (partial[y] ?? 0) + wx * (postingWeight[p] ?? 0);
      }
    });
    let scattered = false;
    for (const y of candidates) {
      const cy = cuts[y];
      const vy = vectors[y];
      const shared = partial[y] ?? 0;
      partial[y] = 0;
      isCandidate[y] = 0;
      if (cy === undefined || vy === undefined) continue;
      // Terms shared outside both prefixes lie in the suffix that starts first: at most its norm times the
      // other vector's norm from there on.
      const xFirst = cx.suffixStart <= cy.suffixStart;
      if (shared + (xFirst ? cx.suffixNorm : cy.suffixNorm) < floor) continue;
      if (shared + (xFirst ? cx.suffixNorm * tailFrom(cy, cx.suffixStart) : cy.suffixNorm * tailFrom(cx, cy.suffixStart)) < floor) continue;
      if (!scattered) {
        for (let i = 0; i < vx.terms.length; i += 1) dense[vx.terms[i] ?? 0] = vx.weights[i] ?? 0;
        scattered = true;
      }
      let score = 0;
      for (let j = 0; j < vy.terms.length; j += 1) score += (dense[vy.terms[j] ?? 0] ?? 0) * (vy.weights[j] ?? 0);
      if (score >= minScore) pairs.push({ a: x, b: y, score });
    }
    if (scattered) for (let i = 0; i < vx.terms.length; i += 1) dense[vx.terms[i] ?? 0] = 0;
  }
  return pairs.sort((p, q) => p.a - q.a || p.b - q.b);
}
