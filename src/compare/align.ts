/**
 * Rows from similar pairs: average-linkage agglomerative clustering with one rule — a group holds at most
 * one principle of each organization. Starting from single principles, the two groups whose average
 * similarity (exact, over all their cross pairs) is highest are merged, as long as it reaches the threshold
 * and their organizations differ. Average linkage keeps chains from drifting: a principle joins a row only
 * if it is close to the row as a whole, not just to one member. Only groups joined by a pair at or above the
 * threshold are ever compared (an average cannot reach the threshold without one), so the similar pairs are
 * all the input needs, plus a way to score any other pair. Ties go to the groups whose smallest tie-break
 * rank is lowest, so the result never depends on input order.
 */
import type { SimilarPair } from './pairs.ts';

export interface AlignInput {
  /** How many documents (principles) there are. */
  count: number;
  /** The organization (0…30) of each document. */
  groupOf: ArrayLike<number>;
  /** A distinct rank per document for breaking ties (derived from ids, not from positions). */
  tieRank: ArrayLike<number>;
  /** Every pair of documents of different organizations at or above the threshold. */
  pairs: readonly SimilarPair[];
  /** The similarity of any two documents (used for the pairs below the threshold inside a candidate merge). */
  similarity(a: number, b: number): number;
  threshold: number;
}

interface Entry {
  link: number;
  /** Representatives (the member of lowest tie rank) of the two groups and their versions when pushed. */
  p: number;
  q: number;
  pv: number;
  qv: number;
  /** Lower and higher tie ranks of the two groups, for ordering ties. */
  lo: number;
  hi: number;
}

/** True when `x` should be merged before `y`. */
function before(x: Entry, y: Entry): boolean {
  if (x.link !== y.link) return x.link > y.link;
  if (x.lo !== y.lo) return x.lo < y.lo;
  return x.hi < y.hi;
}

class EntryHeap {
  private readonly items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  push(entry: Entry): void {
    const items = this.items;
    let i = items.push(entry) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = items[parent];
      if (up === undefined || !before(entry, up)) break;
      items[i] = up;
      i = parent;
    }
    items[i] = entry;
  }
  pop(): Entry | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= items.length) break;
      const left = items[l];
      const right = items[l + 1];
      let c = l;
      let child = left;
      if (right !== undefined && left !== undefined && before(right, left)) {
        c = l + 1;
        child = right;
      }
      if (child === undefined || !before(child, last)) break;
      items[i] = child;
      i = c;
    }
    items[i] = last;
    return top;
  }
}

interface Group {
  members: number[];
  /** Bit set of the organizations present. */
  orgs: number;
  version: number;
  /** Groups (by representative) joined to this one by a similar pair → the exact sum of similarities of all the pairs between them. */
  links: Map<number, number>;
}

/** The groups (each a list of document indices in tie-rank order), singletons included, in no particular order. */
export function alignGroups(input: AlignInput): number[][] {
  const { count, groupOf, tieRank, threshold } = input;
  const rank = (doc: number): number => tieRank[doc] ?? doc;
  const groups: (Group | undefined)[] = Array.from({ length: count }, (_, doc) => ({
    members: [doc],
    orgs: 1 << (groupOf[doc] ?? 0),
    version: 0,
    links: new Map<number, number>(),
  }));
  /** The sum of the similarities of every pair across two groups (members are in tie-rank order). */
  const crossSum = (xs: readonly number[], ys: readonly number[]): number => {
    let sum = 0;
    for (const x of xs) for (const y of ys) sum += input.similarity(x, y);
    return sum;
  };
  const heap = new EntryHeap();
  const push = (p: number, q: number, link: number): void => {
    const gp = groups[p];
    const gq = groups[q];
    if (gp === undefined || gq === undefined || link < threshold) return;
    const rp = rank(p);
    const rq = rank(q);
    heap.push({ link, p, q, pv: gp.version, qv: gq.version, lo: Math.min(rp, rq), hi: Math.max(rp, rq) });
  };
  for (const { a, b, score } of input.pairs) {
    const ga = groups[a];
    const gb = groups[b];
    if (ga === undefined || gb === undefined || (ga.orgs & gb.orgs) !== 0) continue;
    ga.links.set(b, score);
    gb.links.set(a, score);
    push(a, b, score);
  }

  while (heap.size > 0) {
    const entry = heap.pop();
    if (entry === undefined || entry.link < threshold) break;
    const gp = groups[entry.p];
    const gq = groups[entry.q];
    if (gp === undefined || gq === undefined || gp.version !== entry.pv || gq.version !== entry.qv || (gp.orgs & gq.orgs) !== 0) continue;
    // The merged group keeps the representative of lower tie rank.
    const [keep, gone] = rank(entry.p) < rank(entry.q) ? [entry.p, entry.q] : [entry.q, entry.p];
    const gk = groups[keep];
    const gg = groups[gone];
    if (gk === undefined || gg === undefined) continue;
    const keptMembers = gk.members;
    gk.members = [...keptMembers, ...gg.members].sort((x, y) => rank(x) - rank(y));
    gk.orgs |= gg.orgs;
    gk.version += 1;
    groups[gone] = undefined;
    const neighbours = [...new Set([...gk.links.keys(), ...gg.links.keys()])].sort((x, y) => rank(x) - rank(y));
    const keptLinks = gk.links;
    const goneLinks = gg.links;
    gk.links = new Map();
    for (const r of neighbours) {
      const gr = groups[r];
      if (gr === undefined || r === keep || r === gone) continue;
      gr.links.delete(gone);
      gr.links.delete(keep);
      if ((gr.orgs & gk.orgs) !== 0) continue; // Never mergeable again: forget the link.
      const sum = (keptLinks.get(r) ?? crossSum(keptMembers, gr.members)) + (goneLinks.get(r) ?? crossSum(gg.members, gr.members));
      gk.links.set(r, sum);
      gr.links.set(keep, sum);
      push(keep, r, sum / (gk.members.length * gr.members.length));
    }
  }
  return groups.filter((g): g is Group => g !== undefined).map((g) => g.members);
}
