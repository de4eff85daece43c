/**
 * Principles as sparse vectors: BM25 term weights (Robertson's saturation of repeated words, long texts
 * damped, rare words weighing more), scaled to unit length so a dot product is the cosine similarity. Term
 * ids are the ranks of the terms in code-unit order and every vector lists its terms in that order, so each
 * sum is taken in the same order whatever the order of the input: the same input gives the same bits.
 */
import { exactLog } from './exact-log.ts';

/** A unit-length sparse vector: term ids ascending, with their weights (both empty for a text with no terms). */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

export interface TermSpace {
  /** One vector per input document, in input order. */
  vectors: SparseVector[];
  /** How many documents contain each term (by term id). */
  documentFrequency: Int32Array;
  /** The terms, by id (in code-unit order). */
  vocabulary: string[];
}

const K1 = 1.2;
const B = 0.75;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** BM25-weighted unit vectors of documents given as their terms (see tokenize.ts). */
export function weighDocuments(documents: readonly (readonly string[])[]): TermSpace {
  // Terms get provisional ids as met, then their ids for good: their ranks in code-unit order.
  const provisional = new Map<string, number>();
  const coded = documents.map((document) => {
    const ids = new Int32Array(document.length);
    document.forEach((term, i) => {
      let id = provisional.get(term);
      if (id === undefined) {
        id = provisional.size;
        provisional.set(term, id);
      }
      ids[i] = id;
    });
    return ids;
  });
  const vocabulary = [...provisional.keys()].sort(byCodeUnits);
  const final = new Int32Array(vocabulary.length);
  vocabulary.forEach((term, rank) => (final[provisional.get(term) ?? 0] = rank));

  // Term frequencies per document, counted in one scratch array.
  const tf = new Int32Array(vocabulary.length);
  const documentFrequency = new Int32Array(vocabulary.length);
  const counted = coded.map((ids) => {
    const distinct: number[] = [];
    for (const id of ids) {
      const term = final[id] ?? 0;
      if (tf[term] === 0) distinct.push(term);
      tf[term] = (tf[term] ?? 0) + 1;
    }
    const terms = Int32Array.from(distinct).sort();
    const counts = Int32Array.from(terms, (term) => tf[term] ?? 0);
    for (const term of terms) {
      tf[term] = 0;
      documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
    }
    return { terms, counts, length: ids.length };
  });

  const n = documents.length;
  const total = coded.reduce((sum, ids) => sum + ids.length, 0);
  const averageLength = n === 0 || total === 0 ? 1 : total / n;
  const idf = Float64Array.from(documentFrequency, (df) => exactLog(1 + (n - df + 0.5) / (df + 0.5)));
  const vectors = counted.map(({ terms, counts, length }) => {
    const damping = K1 * (1 - B + (B * length) / averageLength);
    const weights = new Float64Array(terms.length);
    let squares = 0;
    for (let i = 0; i < terms.length; i += 1) {
      const f = counts[i] ?? 0;
      const w = ((idf[terms[i] ?? 0] ?? 0) * f * (K1 + 1)) / (f + damping);
      weights[i] = w;
      squares += w * w;
    }
    const norm = Math.sqrt(squares);
    if (norm > 0) for (let i = 0; i < weights.length; i += 1) weights[i] = (weights[i] ?? 0) / norm;
    return { terms, weights };
  });
  return { vectors, documentFrequency, vocabulary };
}

/** The cosine similarity of two unit vectors: their dot product, summed in term order. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i] ?? 0;
    const y = bt[j] ?? 0;
    if (x === y) {
      sum += (a.weights[i] ?? 0) * (b.weights[j] ?? 0);
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return sum;
}
