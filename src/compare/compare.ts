/**
 * Side-by-side comparison of organizations' principles: which say similar things (rows, one cell per
 * organization), and which are unique to one organization. Text → language (language.ts, each
 * organization's principles together deciding for short ones) → terms (tokenize.ts) → BM25 unit vectors
 * (vectors.ts) and, given word vectors, sentence vectors (meaning.ts) → the pairs whose similarity reaches
 * the threshold, found exactly through an inverted index and the sentence vectors (similarity.ts) → rows by
 * constrained average-linkage clustering (align.ts). Pure and deterministic: the same principles give the same rows on every machine,
 * whatever the order the organizations are given in (only the column order follows it).
 */
import { ConcordError } from '../workspace/errors.ts';
import { alignGroups } from './align.ts';
import { analyseTexts, contextLanguage, similarPairsOf } from './similarity.ts';
import type { WordVectors } from './word-vectors.ts';

export interface ComparePrinciple {
  id: string;
  text: string;
}

export interface CompareOrganization {
  id: string;
  /** Its short name: the key of its cells in rows and in JSON. */
  short: string;
  name: string;
  principles: readonly ComparePrinciple[];
}

export interface CompareOptions {
  /** How similar (similarity.ts, 0…1] principles must be to share a row. */
  threshold?: number;
  /** English word vectors (word-vectors.ts): with them, similarity of meaning counts too; without, words alone. */
  vectors?: WordVectors;
}

export const MIN_ORGANIZATIONS = 2;
export const MAX_ORGANIZATIONS = 12;
/** Chosen by bench/similarity.bench.ts on the labelled alignment set (test/fixtures/alignment). */
export const DEFAULT_THRESHOLD = 0.2;
export const MIN_THRESHOLD = 0.05;
export const MAX_THRESHOLD = 1;

export interface ComparisonRow {
  /** Stable name of the row: its principle ids in code-unit order, joined by "+". */
  key: string;
  /** Mean cosine similarity of the row's principles, pair by pair (0 for a principle alone). */
  score: number;
  /** How many organizations have a principle in this row. */
  orgCount: number;
  /** One cell per organization, in the order of `Comparison.orgs`: its principles in this row (at most one). */
  cells: ComparePrinciple[][];
  /** Every principle id of the row, in column order: what "Start a clause from this row" starts from. */
  principleIds: string[];
}

export interface ComparedOrganization {
  id: string;
  short: string;
  name: string;
  principleCount: number;
}

export interface Comparison {
  threshold: number;
  orgs: ComparedOrganization[];
  /** Rows shared by two organizations or more: most organizations first, then most similar. */
  rows: ComparisonRow[];
  /** Principles no other organization shares, one per row: column by column, in each organization's order. */
  unique: ComparisonRow[];
}

/** Check how many organizations are to be compared (2 to 12); throws a ConcordError if that cannot be. */
export function checkOrganizationCount(count: number): void {
  if (count < MIN_ORGANIZATIONS) {
    throw new ConcordError('compare.too-few-orgs', { min: MIN_ORGANIZATIONS, count });
  }
  if (count > MAX_ORGANIZATIONS) {
    throw new ConcordError('compare.too-many-orgs', { max: MAX_ORGANIZATIONS, count });
  }
}

/** Check the choice of organizations and the threshold; throws a ConcordError saying what is wrong. */
export function checkComparison(orgs: readonly CompareOrganization[], threshold: number): void {
  checkOrganizationCount(orgs.length);
  const seen = new Set<string>();
  for (const org of orgs) {
    for (const name of new Set([`id:${org.id}`, `short:${org.short.toLowerCase()}`])) {
      if (seen.has(name)) throw new ConcordError('compare.duplicate-org', { short: org.short });
      seen.add(name);
    }
  }
  if (!Number.isFinite(threshold) || threshold < MIN_THRESHOLD || threshold > MAX_THRESHOLD) {
    throw new ConcordError('compare.bad-threshold', { min: MIN_THRESHOLD, max: MAX_THRESHOLD, threshold: String(threshold) });
  }
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Doc {
  org: number;
  position: number;
  principle: ComparePrinciple;
}

/** Compare 2 to 12 organizations' principles: aligned rows of similar principles, and unique ones. */
export function compareOrganizations(orgs: readonly CompareOrganization[], options: CompareOptions = {}): Comparison {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  checkComparison(orgs, threshold);
  const docs: Doc[] = orgs.flatMap((org, o) => org.principles.map((principle, position) => ({ org: o, position, principle })));
  const groupOf = Int32Array.from(docs, (d) => d.org);
  // Ties are broken by principle id (then organization), never by position, so input order cannot matter.
  const tieOrder = docs
    .map((_, i) => i)
    .sort((x, y) => {
      const dx = docs[x];
      const dy = docs[y];
      if (dx === undefined || dy === undefined) return 0;
      const ox = orgs[dx.org];
      const oy = orgs[dy.org];
      return byCodeUnits(dx.principle.id, dy.principle.id) || byCodeUnits(ox?.id ?? '', oy?.id ?? '') || dx.position - dy.position;
    });
  const tieRank = new Int32Array(docs.length);
  tieOrder.forEach((doc, r) => (tieRank[doc] = r));

  const orgLanguages = orgs.map((org) => contextLanguage(org.principles.map((p) => p.text).join('\n'), options.vectors));
  const analysed = analyseTexts(
    docs.map((d) => d.principle.text),
    options.vectors,
    (i) => orgLanguages[docs[i]?.org ?? 0],
  );
  const { similarity } = analysed;
  const pairs = similarPairsOf(analysed, groupOf, threshold);
  const groups = alignGroups({ count: docs.length, groupOf, tieRank, pairs, similarity, threshold });

  const toRow = (members: readonly number[]): ComparisonRow => {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        sum += similarity(members[i] ?? 0, members[j] ?? 0);
        count += 1;
      }
    }
    const cells: ComparePrinciple[][] = orgs.map(() => []);
    for (const m of members) {
      const doc = docs[m];
      if (doc !== undefined) cells[doc.org]?.push(doc.principle);
    }
    const principleIds = cells.flat().map((p) => p.id);
    return {
      key: [...principleIds].sort(byCodeUnits).join('+'),
      score: count === 0 ? 0 : sum / count,
      orgCount: cells.filter((c) => c.length > 0).length,
      cells,
      principleIds,
    };
  };

  const shared = groups.filter((g) => g.length > 1);
  const lowestRank = (g: readonly number[]): number => Math.min(...g.map((m) => tieRank[m] ?? 0));
  const rows = shared
    .map((g) => ({ row: toRow(g), rank: lowestRank(g) }))
    .sort((x, y) => y.row.orgCount - x.row.orgCount || y.row.score - x.row.score || x.rank - y.rank)
    .map((x) => x.row);
  const alone = groups.filter((g) => g.length === 1).flat();
  alone.sort((x, y) => (docs[x]?.org ?? 0) - (docs[y]?.org ?? 0) || (docs[x]?.position ?? 0) - (docs[y]?.position ?? 0));
  return {
    threshold,
    orgs: orgs.map((org) => ({ id: org.id, short: org.short, name: org.name, principleCount: org.principles.length })),
    rows,
    unique: alone.map((m) => toRow([m])),
  };
}
