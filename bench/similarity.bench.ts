/**
 * How well Concord's similarity (src/compare/similarity.ts, with the shipped English word vectors) follows
 * meaning, beside Compare's similarity before issue 19 (bench/lexical-baseline.ts) measured in the same run.
 * - STS benchmark, dev split in English, Spanish, French and German (bench/data/sts-b: 1,500 sentence pairs
 *   each with human scores 0–5): Spearman's rank correlation ×100 with the human scores, each file's texts
 *   weighed together. Higher is better.
 * - The labelled alignment set (test/fixtures/alignment: 47 provisions of the Articles of Confederation ↔
 *   the US Constitution and the UDHR ↔ the Bill of Rights that correspond in different words, among every
 *   other paragraph of those documents): precision and recall of Compare's default rows, each at its own
 *   default threshold, and the threshold that measurement chooses (best F1 over the slider's positions);
 *   the recall each reaches at precision 100 (the bar is recall at equal precision), and the F1 of
 *   a threshold chosen on half of the labelled pairs and scored on the other half. The rows the default
 *   gets wrong (false matches, missed pairs) are listed on stderr with their scores, for reading.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { type CompareOrganization, compareOrganizations, DEFAULT_THRESHOLD } from '../src/compare/compare.ts';
import { analyseTexts, contextLanguage, pairSimilarities } from '../src/compare/similarity.ts';
import type { WordVectors } from '../src/compare/word-vectors.ts';
import { loadWordVectors } from '../cli/word-vectors.ts';
import { ALIGNMENT_ORGANIZATIONS, type AlignmentScore, chooseThreshold, heldOut, recallAtPrecision, rowErrors, scoreRows } from '../test/fixtures/alignment/measure.ts';
import { ALIGNMENT_SETS } from '../test/fixtures/alignment/pairs.ts';
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

/** The similarity of two principles (by id) of one alignment set, analysed together as Compare analyses them. */
function setSimilarity(orgs: readonly CompareOrganization[], vectors: WordVectors): (a: string, b: string) => number {
  const docs = orgs.flatMap((org, o) => org.principles.map((p) => ({ org: o, ...p })));
  const index = new Map(docs.map((d, i) => [d.id, i]));
  const orgLanguages = orgs.map((org) => contextLanguage(org.principles.map((p) => p.text).join('\n'), vectors));
  const { similarity } = analyseTexts(
    docs.map((d) => d.text),
    vectors,
    (i) => orgLanguages[docs[i]?.org ?? 0],
  );
  return (a, b) => similarity(index.get(a) ?? 0, index.get(b) ?? 0);
}

/** The default rows' false matches and missed pairs, with their similarity and a beginning of each text, on stderr. */
function listErrors(vectors: WordVectors): void {
  const { falseRows, missed } = rowErrors((orgs) => compareOrganizations(orgs, { vectors }).rows.map((r) => r.principleIds));
  const texts = new Map(ALIGNMENT_ORGANIZATIONS.flatMap((orgs, set) => orgs.flatMap((o) => o.principles.map((p) => [`${set}:${p.id}`, p.text] as const))));
  const scores = ALIGNMENT_ORGANIZATIONS.map((orgs) => setSimilarity(orgs, vectors));
  const clip = (set: number, id: string): string => (texts.get(`${set}:${id}`) ?? '').slice(0, 90);
  const line = (set: number, a: string, b: string): string =>
    `  ${ALIGNMENT_SETS[set]?.name ?? set}: ${a} ~ ${b}, similarity ${(scores[set]?.(a, b) ?? 0).toFixed(3)}\n    A: ${clip(set, a)}\n    B: ${clip(set, b)}\n`;
  process.stderr.write(`alignment set at the default ${DEFAULT_THRESHOLD}: ${falseRows.length} false matches\n`);
  for (const { set, a, b } of falseRows) process.stderr.write(line(set, a, b));
  process.stderr.write(`${missed.length} labelled pairs missed\n`);
  for (const { set, index } of missed) process.stderr.write(line(set, `a${index}`, `b${index}`));
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
    const concordRows = (orgs: readonly CompareOrganization[], threshold: number): string[][] => compareOrganizations(orgs, { threshold, vectors }).rows.map((r) => r.principleIds);
    const exact = (rowsOf: typeof concordRows): AlignmentScore | undefined => recallAtPrecision(rowsOf, 1);
    const [exactNow, exactBefore] = [exact(concordRows), exact(baselineRows)];
    const [heldNow, heldBefore] = [heldOut(concordRows), heldOut(baselineRows)];
    const at = (s: AlignmentScore | undefined): string => (s === undefined ? 'none' : `${s.threshold}: ${s.hits} of ${s.labelled}`);
    listErrors(vectors);
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
        figure: `alignment set: recall ×100 at precision 100, best slider position (now ${at(exactNow)}; before ${at(exactBefore)})`,
        concord: 100 * (exactNow?.recall ?? 0),
        baseline: 100 * (exactBefore?.recall ?? 0),
        baselineName: 'Compare before issue 19 at its best position with precision 100',
        unit: '',
      },
      {
        figure: `alignment set: F1 ×100 held out, threshold chosen on half the labelled pairs, scored on the other (now ${heldNow.thresholds.join(' / ')}: ${counts(heldNow.score)})`,
        concord: 100 * heldNow.score.f1,
        baseline: 100 * heldBefore.score.f1,
        baselineName: `Compare before issue 19, chosen the same way (${heldBefore.thresholds.join(' / ')})`,
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
