/**
 * How well Concord's similarity (src/compare/similarity.ts, with the shipped English word vectors) follows
 * meaning, beside Compare's similarity before issue 19 (bench/lexical-baseline.ts) measured in the same run.
 * - STS benchmark, dev split in English, Spanish, French and German (bench/data/sts-b: 1,500 sentence pairs
 *   each with human scores 0–5): Spearman's rank correlation ×100 with the human scores, each file's texts
 *   weighed together. Higher is better.
 * - The labelled alignment set (test/fixtures/alignment: 47 provisions of the Articles of Confederation ↔
 *   the US Constitution and the UDHR ↔ the Bill of Rights that correspond in different words, among every
 *   other paragraph of those documents): precision and recall of Compare's default rows, each at its own
 *   default threshold, and the threshold that measurement chooses (best F1 over the slider's positions).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { compareOrganizations, DEFAULT_THRESHOLD } from '../src/compare/compare.ts';
import { pairSimilarities } from '../src/compare/similarity.ts';
import { loadWordVectors } from '../cli/word-vectors.ts';
import { chooseThreshold, scoreRows } from '../test/fixtures/alignment/measure.ts';
import type { Benchmark, BenchRow } from './bench.ts';
import { baselinePairSimilarities, baselineRows } from './lexical-baseline.ts';

/** Compare's default threshold before issue 19. */
const BASELINE_THRESHOLD = 0.35;
const LANGUAGES = ['en', 'es', 'fr', 'de'] as const;

/** Ranks from 1, ties sharing their mean rank. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  const out = new Array<number>(values.length).fill(0);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1] ?? 0] === values[order[i] ?? 0]) j += 1;
    for (let k = i; k <= j; k += 1) out[order[k] ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation of two equally long lists. */
function spearman(x: readonly number[], y: readonly number[]): number {
  const [rx, ry] = [ranks(x), ranks(y)];
  const mean = (r: readonly number[]): number => r.reduce((s, v) => s + v, 0) / r.length;
  const [mx, my] = [mean(rx), mean(ry)];
  let xy = 0;
  let xx = 0;
  let yy = 0;
  rx.forEach((a, i) => {
    const b = ry[i] ?? 0;
    xy += (a - mx) * (b - my);
    xx += (a - mx) ** 2;
    yy += (b - my) ** 2;
  });
  return xy / Math.sqrt(xx * yy);
}

function stsPairs(language: string): { pairs: [string, string][]; scores: number[] } {
  const rows: unknown = Papa.parse(readFileSync(new URL(`data/sts-b/stsb-${language}-dev.csv`, import.meta.url), 'utf8'), { skipEmptyLines: true }).data;
  const pairs: [string, string][] = [];
  const scores: number[] = [];
  if (!Array.isArray(rows)) throw new Error(`stsb-${language}-dev.csv: no rows`);
  for (const row of rows) {
    if (!Array.isArray(row) || row.length !== 3) throw new Error(`stsb-${language}-dev.csv: a row without three fields`);
    const [a, b, score] = row.map(String);
    pairs.push([a ?? '', b ?? '']);
    scores.push(Number(score));
  }
  return { pairs, scores };
}

const benchmark: Benchmark = {
  name: 'similarity',
  async run() {
    const vectors = await loadWordVectors();
    if (vectors === undefined) throw new Error('assets/word-vectors/en.bin is missing (node scripts/word-vectors.mjs makes it)');
    const rows: BenchRow[] = [];
    for (const language of LANGUAGES) {
      const { pairs, scores } = stsPairs(language);
      rows.push({
        figure: `STS-B dev ${language} (${pairs.length} pairs): Spearman ×100 with human scores, higher is better`,
        concord: 100 * spearman(pairSimilarities(pairs, vectors), scores),
        baseline: 100 * spearman(baselinePairSimilarities(pairs), scores),
        baselineName: 'lexical before issue 19 (English stems, BM25 cosine)',
        unit: '',
      });
    }
    const now = scoreRows(DEFAULT_THRESHOLD, (orgs) => compareOrganizations(orgs, { threshold: DEFAULT_THRESHOLD, vectors }).rows.map((r) => r.principleIds));
    const before = scoreRows(BASELINE_THRESHOLD, (orgs) => baselineRows(orgs, BASELINE_THRESHOLD));
    const chosen = chooseThreshold((orgs, threshold) => compareOrganizations(orgs, { threshold, vectors }).rows.map((r) => r.principleIds)).best;
    const counts = (s: typeof now): string => `${s.hits} of ${s.labelled} labelled pairs, ${s.falseMatches} false`;
    rows.push(
      {
        figure: `alignment set: recall ×100 of default rows (now ${DEFAULT_THRESHOLD}: ${counts(now)}; before ${BASELINE_THRESHOLD}: ${counts(before)})`,
        concord: 100 * now.recall,
        baseline: 100 * before.recall,
        baselineName: `Compare before issue 19 at its default ${BASELINE_THRESHOLD}`,
        unit: '',
      },
      {
        figure: 'alignment set: precision ×100 of default rows, higher is better',
        concord: 100 * now.precision,
        baseline: 100 * before.precision,
        baselineName: `Compare before issue 19 at its default ${BASELINE_THRESHOLD}`,
        unit: '',
      },
      {
        figure: `alignment set: threshold with the best F1 (${chosen.f1.toFixed(3)}; DEFAULT_THRESHOLD is ${DEFAULT_THRESHOLD})`,
        concord: chosen.threshold,
        baseline: BASELINE_THRESHOLD,
        baselineName: 'the default before issue 19 (set by hand)',
        unit: '',
      },
    );
    return rows;
  },
};

export default benchmark;
