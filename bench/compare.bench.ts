/**
 * Comparison of twelve organizations × 200 principles (light rewordings of 200 corpus paragraphs, 20 unique
 * paragraphs each; see test/fixtures/compare/aligned-orgs.ts): the whole alignment into rows, and the
 * similar-pair search alone, each against brute force — every cross pair scored by sparse cosine — on the
 * same principles in the same run. The last row holds the pair search against a faster brute force that
 * spreads one vector into a dense array and scores the others against it. Also: the same principles
 * compared by topic (every principle tagged, rows built) against the naive tagger — each of the
 * taxonomy's cues as a regular expression tested on each principle.
 */
import { compareByTopic } from '../src/compare/by-topic.ts';
import { compareOrganizations, DEFAULT_THRESHOLD } from '../src/compare/compare.ts';
import { similarPairs } from '../src/compare/pairs.ts';
import { fold, terms } from '../src/compare/tokenize.ts';
import { CUE_LANGUAGES, TOPICS } from '../src/compare/topics.ts';
import { weighDocuments, type SparseVector } from '../src/compare/vectors.ts';
import { alignedOrganizations } from '../test/fixtures/compare/aligned-orgs.ts';
import { bruteForcePairs } from '../test/fixtures/compare/brute-force.ts';
import { medianMs, type Benchmark, type BenchRow } from './bench.ts';

function denseBruteForce(vectors: readonly SparseVector[], groupOf: Int32Array, vocabulary: number, minScore: number): number {
  const dense = new Float64Array(vocabulary);
  let found = 0;
  vectors.forEach((va, a) => {
    va.terms.forEach((t, i) => (dense[t] = va.weights[i] ?? 0));
    for (let b = a + 1; b < vectors.length; b += 1) {
      const vb = vectors[b];
      if (vb === undefined || groupOf[a] === groupOf[b]) continue;
      let score = 0;
      for (let j = 0; j < vb.terms.length; j += 1) score += (dense[vb.terms[j] ?? 0] ?? 0) * (vb.weights[j] ?? 0);
      if (score >= minScore) found += 1;
    }
    va.terms.forEach((t) => (dense[t] = 0));
  });
  return found;
}

/** A cue of topics.ts as a regular expression over folded text: "wage*" is "wage" then any letters. */
function cueRegExp(cue: string): RegExp {
  const word = (pattern: string): string => {
    const core = pattern.replace(/^\*/, '').replace(/\*$/, '');
    const start = pattern.startsWith('*') ? '[\\p{L}\\p{N}]+' : '';
    const end = pattern.endsWith('*') ? '[\\p{L}\\p{N}]*' : '';
    return `${start}${core}${end}`;
  };
  const words = cue.replace(/^~/, '').split(' ').map(word);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
}

/** The naive tagger: how many (principle, topic) pairs have a cue, testing every cue on every text. */
function naiveTagging(texts: readonly string[]): number {
  const topics = TOPICS.map((topic) => CUE_LANGUAGES.flatMap((language) => topic.cues[language]).map(cueRegExp));
  let tagged = 0;
  for (const text of texts) {
    const folded = fold(text);
    for (const cues of topics) if (cues.some((cue) => cue.test(folded))) tagged += 1;
  }
  return tagged;
}

const benchmark: Benchmark = {
  name: 'compare',
  async run() {
    const { orgs } = alignedOrganizations(12, 200, 20);
    const texts = orgs.flatMap((o) => o.principles.map((p) => p.text));
    const groupOf = Int32Array.from(orgs.flatMap((o, g) => o.principles.map(() => g)));
    const t = DEFAULT_THRESHOLD;
    const n = texts.length;

    const whole = await medianMs(() => compareOrganizations(orgs));
    const wholeBrute = await medianMs(() => {
      const space = weighDocuments(texts.map(terms));
      return bruteForcePairs(space.vectors, groupOf, t);
    });

    const space = weighDocuments(texts.map(terms));
    const fast = similarPairs(space.vectors, groupOf, space.documentFrequency, t);
    const slow = bruteForcePairs(space.vectors, groupOf, t);
    if (fast.length !== slow.length) throw new Error(`the index found ${fast.length} pairs, brute force ${slow.length}`);
    const pairs = await medianMs(() => similarPairs(space.vectors, groupOf, space.documentFrequency, t));
    const pairsBrute = await medianMs(() => bruteForcePairs(space.vectors, groupOf, t));
    const pairsDense = await medianMs(() => denseBruteForce(space.vectors, groupOf, space.vocabulary.length, t));

    const byTopic = await medianMs(() => compareByTopic(orgs, []));
    const naive = await medianMs(() => naiveTagging(texts));
    const topicRows = compareByTopic(orgs, []).rows.length;

    const rows: BenchRow[] = [
      {
        figure: `compare 12 orgs × 200 principles into rows (${n} principles, threshold ${t}), median`,
        concord: whole,
        baseline: wholeBrute,
        baselineName: 'tokenize + weigh + brute-force all-pairs sparse cosine (no rows)',
        unit: 'ms',
      },
      {
        figure: `similar pairs ≥ ${t} among ${n} principles (${fast.length} found), median`,
        concord: pairs,
        baseline: pairsBrute,
        baselineName: 'brute-force all-pairs sparse cosine',
        unit: 'ms',
      },
      {
        figure: `similar pairs ≥ ${t}, against a dense-scatter brute force, median`,
        concord: pairs,
        baseline: pairsDense,
        baselineName: 'brute force, each vector spread into a dense array',
        unit: 'ms',
      },
      {
        figure: `compare 12 orgs × 200 principles by topic (${n} principles tagged, ${topicRows} topic rows), median`,
        concord: byTopic,
        baseline: naive,
        baselineName: `naive tagger: each of the taxonomy's cues as a RegExp tested on each principle (no rows)`,
        unit: 'ms',
      },
    ];
    return rows;
  },
};

export default benchmark;
