/**
 * Compare as it was before issue 19, kept as the similarity benchmark's baseline: English-only terms
 * (`stopword`'s English list plus charter modals, Porter stems from `stemmer`) for every text, BM25
 * cosine alone, and the same pair search and row alignment as Compare (pairs.ts, align.ts).
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import type { CompareOrganization } from '../src/compare/compare.ts';
import { alignGroups } from '../src/compare/align.ts';
import { similarPairs } from '../src/compare/pairs.ts';
import { words } from '../src/compare/tokenize.ts';
import { cosine, weighDocuments } from '../src/compare/vectors.ts';

const STOP_WORDS: ReadonlySet<string> = new Set([...eng, 'shall', 'will', 'may', 'can', 'could', 'would', 'should', 'might', 'must', 'also', 'upon', 'thereof', 'whereas']);

/** The terms of a text as Compare found them before issue 19. */
export function baselineTerms(text: string): string[] {
  return words(text).flatMap((word) => (STOP_WORDS.has(word) || (word.length < 2 && !/\p{N}/u.test(word)) ? [] : [stemmer(word)]));
}

/** The BM25 cosine of each pair of texts, all the pairs' texts weighed together. */
export function baselinePairSimilarities(pairs: readonly (readonly [string, string])[]): number[] {
  const space = weighDocuments(pairs.flatMap(([a, b]) => [baselineTerms(a), baselineTerms(b)]));
  return pairs.map((_, i) => {
    const a = space.vectors[2 * i];
    const b = space.vectors[2 * i + 1];
    return a === undefined || b === undefined ? 0 : cosine(a, b);
  });
}

/** The shared rows (their principle ids) of the comparison before issue 19 at `threshold`. */
export function baselineRows(orgs: readonly CompareOrganization[], threshold: number): string[][] {
  const docs = orgs.flatMap((org, o) => org.principles.map((p) => ({ org: o, id: p.id, text: p.text })));
  const groupOf = Int32Array.from(docs, (d) => d.org);
  const byId = docs.map((_, i) => i).sort((x, y) => ((docs[x]?.id ?? '') < (docs[y]?.id ?? '') ? -1 : 1));
  const tieRank = new Int32Array(docs.length);
  byId.forEach((doc, rank) => (tieRank[doc] = rank));
  const space = weighDocuments(docs.map((d) => baselineTerms(d.text)));
  const similarity = (a: number, b: number): number => {
    const va = space.vectors[a];
    const vb = space.vectors[b];
    return va === undefined || vb === undefined ? 0 : cosine(va, vb);
  };
  const pairs = similarPairs(space.vectors, groupOf, space.documentFrequency, threshold);
  return alignGroups({ count: docs.length, groupOf, tieRank, pairs, similarity, threshold })
    .filter((group) => group.length > 1)
    .map((group) => group.map((m) => docs[m]?.id ?? ''));
}
