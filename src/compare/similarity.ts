/**
 * Concord's similarity of two principles (0…1), the one Compare, `concord similarity` and the benchmark
 * use. Lexical: the cosine of BM25 vectors whose terms are the text's stems in its language (tokenize.ts)
 * and, for languages without word vectors, its meaningful words' character trigrams (which catch
 * compounds, inflections and misspellings the stems miss).
 * Semantic, when both texts are English and word vectors are given: the cosine of SIF sentence vectors
 * (meaning.ts) less the common discourse direction (and, among many texts, the direction they all share).
 * The similarity is the lexical score, or LEXICAL_WEIGHT × lexical + the rest × semantic.
 * LEXICAL_WEIGHT is the smallest lexical share at which the STS benchmark's English score is at its best
 * (0.70: 80.4, 0.75: 80.5, 0.85: 80.5, 0.90: 80.4; bench/similarity.bench.ts).
 *
 * Similar pairs (similarPairsOf) are found exactly without scoring every pair: a pair reaching `threshold`
 * either has a lexical score of at least half of it — the inverted index (pairs.ts) finds those — or else
 * a semantic score high enough to make up the rest (meaning-pairs.ts).
 */
import { detectLanguage, type Language } from './language.ts';
import { commonComponent, discourseVector, languageWithVectors, sentenceVector, VECTORS_LANGUAGE, vectorCosine, withoutComponent } from './meaning.ts';
import { terms, trigrams } from './tokenize.ts';
import { meaningPairs } from './meaning-pairs.ts';
import { similarPairs, type SimilarPair } from './pairs.ts';
import { cosine, weighDocuments, type TermSpace } from './vectors.ts';
import type { WordVectors } from './word-vectors.ts';

/** The lexical score's share of the similarity when both texts have sentence vectors. */
const LEXICAL_WEIGHT = 0.75;

/** Texts analysed once for comparison: their language, BM25 space, and sentence vectors (where they have one). */
export interface AnalysedTexts {
  languages: Language[];
  space: TermSpace;
  meanings: (Float64Array | undefined)[];
  /** The similarity of texts a and b (indices into the input). */
  similarity: (a: number, b: number) => number;
}

/**
 * What a text weighs as in the lexical score: its stems in `language`, and, in a language the word vectors
 * do not cover, its meaningful words' character trigrams (subwords stand in for meaning there).
 */
function lexicalTerms(text: string, language: Language): string[] {
  return language === VECTORS_LANGUAGE ? terms(text, language) : [...terms(text, language), ...trigrams(text, language)];
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Enough sentence vectors for the direction they share to be theirs, not just the meaning of the few. */
const ENOUGH_FOR_COMMON = 50;

/**
 * SIF's last step: the sentence vectors less the discourse direction of the word vectors (meaning.ts) and,
 * when there are enough of them, less the direction they all share besides (summed in the texts'
 * code-unit order, so the bits never depend on input order).
 */
function withoutCommonComponents(texts: readonly string[], raw: readonly (Float64Array | undefined)[], vectors: WordVectors | undefined): (Float64Array | undefined)[] {
  if (vectors === undefined) return [...raw];
  const discourse = discourseVector(vectors);
  const less = raw.map((v) => (v === undefined ? undefined : withoutComponent(v, discourse)));
  const order = texts.map((_, i) => i).sort((x, y) => byCodeUnits(texts[x] ?? '', texts[y] ?? '') || x - y);
  const present = order.flatMap((i) => less[i] ?? []);
  if (present.length < ENOUGH_FOR_COMMON) return less;
  const common = commonComponent(present, vectors.dimensions);
  return less.map((v) => (v === undefined ? undefined : withoutComponent(v, common)));
}

/**
 * Analyse texts for comparison. `context(i)` gives the language the surroundings of text i suggest (its
 * organization's, the other text of its pair), which decides for texts too short to tell on their own.
 */
export function analyseTexts(texts: readonly string[], vectors?: WordVectors, context?: (index: number) => Language | undefined): AnalysedTexts {
  const languages = texts.map((text, i) => detectLanguage(text, context?.(i)));
  const space = weighDocuments(texts.map((text, i) => lexicalTerms(text, languages[i] ?? 'other')));
  const raw = texts.map((text, i) => (vectors === undefined ? undefined : sentenceVector(text, languages[i] ?? 'other', vectors)));
  const meanings = withoutCommonComponents(texts, raw, vectors);
  const similarity = (a: number, b: number): number => {
    const va = space.vectors[a];
    const vb = space.vectors[b];
    const lexical = va === undefined || vb === undefined ? 0 : cosine(va, vb);
    const ma = meanings[a];
    const mb = meanings[b];
    return ma === undefined || mb === undefined ? lexical : LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * vectorCosine(ma, mb);
  };
  return { languages, space, meanings, similarity };
}

/** The language of a text's surroundings (an organization's principles together, a pair's two texts). */
export function contextLanguage(text: string, vectors?: WordVectors): Language {
  return languageWithVectors(text, detectLanguage(text), vectors);
}

/** Keeps the candidate bounds safe from rounding. */
const SAFETY = 1 - 1e-9;

/**
 * Every pair a < b of texts from different groups whose similarity reaches `threshold` (> 0), with it,
 * ordered by a then b. A pair below the lexical floor L = threshold / 2 can only reach the threshold if
 * its semantic score is at least (threshold − LEXICAL_WEIGHT × L) / (1 − LEXICAL_WEIGHT); a pair of
 * which one text has no sentence vector is scored by words alone, so it is among the lexical candidates.
 */
export function similarPairsOf(analysed: AnalysedTexts, groupOf: ArrayLike<number>, threshold: number): SimilarPair[] {
  const { space, meanings, similarity } = analysed;
  if (!meanings.some((m) => m !== undefined)) return similarPairs(space.vectors, groupOf, space.documentFrequency, threshold);
  const floor = threshold / 2;
  const candidates = [
    ...similarPairs(space.vectors, groupOf, space.documentFrequency, floor),
    ...meaningPairs(meanings, groupOf, ((threshold - LEXICAL_WEIGHT * floor) / (1 - LEXICAL_WEIGHT)) * SAFETY),
  ];
  const seen = new Set<number>();
  const pairs: SimilarPair[] = [];
  for (const { a, b } of candidates) {
    const key = a * meanings.length + b;
    if (seen.has(key)) continue;
    seen.add(key);
    const score = similarity(a, b);
    if (score >= threshold) pairs.push({ a, b, score });
  }
  return pairs.sort((p, q) => p.a - q.a || p.b - q.b);
}

/** The similarity of each pair of texts, all the pairs' texts weighed together (their words' rarity counted across all of them). */
export function pairSimilarities(pairs: readonly (readonly [string, string])[], vectors?: WordVectors): number[] {
  const texts = pairs.flat();
  const pairLanguage = pairs.map(([a, b]) => contextLanguage(`${a}\n${b}`, vectors));
  const analysed = analyseTexts(texts, vectors, (i) => pairLanguage[Math.floor(i / 2)]);
  return pairs.map((_, i) => Math.min(1, Math.max(0, analysed.similarity(2 * i, 2 * i + 1))));
}
